/**
 * The API's own expected failures (limits, bad query values) and the mapping of every error, the
 * libraries' included, to an RFC 9457 problem document. Pure: the error plugin only sends it.
 */
import type { ActlabErrorCode } from '@actlab/core';
import { isActlabError } from '@actlab/core';
import type { TrainErrorCode } from '@actlab/train';
import { isTrainError } from '@actlab/train';
import type { ProblemDocument } from './schemas/common.js';

/**
 * Extension members a problem may carry besides field: where in a formula the fault is
 * (`position`, `end`: offsets in the string the client sent), what was expected there, and the
 * closest names.
 */
export interface ProblemExtensions {
  /** 0-based offset of the first offending character in the failing string field. */
  readonly position?: number;
  /** Offset just past the offending text, when it has a length. */
  readonly end?: number;
  /** What would have been valid at `position`, in words. */
  readonly expected?: string;
  /** The closest valid names. */
  readonly suggestions?: readonly string[];
}

/** An expected failure raised by the API itself, with its status and the field at fault. */
export class ApiError extends Error {
  /** HTTP status, 4xx. */
  readonly statusCode: number;
  /** Machine-readable code, e.g. `TOO_MANY_VALUES`. */
  readonly code: string;
  /** The failing field, e.g. `x`. */
  readonly field: string | undefined;
  /** Extension members of the problem document (a formula's position, suggestions). */
  readonly extensions: ProblemExtensions;
  /** Seconds for the Retry-After header of a 429 or 503, when the thrower knows them. */
  retryAfterSeconds: number | undefined;

  constructor(
    statusCode: number,
    code: string,
    message: string,
    field?: string,
    extensions: ProblemExtensions = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.statusCode = statusCode;
    this.code = code;
    this.field = field;
    this.extensions = extensions;
    this.retryAfterSeconds = undefined;
  }
}

/** Titles by status, as in the HTTP specification. */
const TITLES: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** The detail of every 5xx: the cause goes to the log, never to the client. */
export const INTERNAL_DETAIL = 'An internal error occurred; it has been logged.';

/**
 * The HTTP status of every code core's `ActlabError` and train's `TrainError` can carry. Typed
 * so that a code added to either library and missing here fails to compile (and an unknown one
 * too), rather than falling through to a default.
 */
export const LIBRARY_STATUS = {
  UNKNOWN_ACTIVATION: 404,
  INVALID_PARAMS: 422,
  SHAPE_MISMATCH: 422,
  INVALID_ARGUMENT: 422,
  // A typed formula that does not parse is well-formed JSON with an invalid value, like a bad param.
  INVALID_FORMULA: 422,
  // Experiments are only named in request bodies (POST /v1/train), never in a path.
  UNKNOWN_EXPERIMENT: 422,
  INVALID_MODEL: 422,
  INVALID_CONFIG: 422,
  // A body without a required field (and no preset to supply it) is malformed, like a schema miss.
  MISSING_FIELD: 400,
  INVALID_DATASET: 422,
  WORK_LIMIT: 422,
  // Only a stream's `error` event carries it: the client that cancelled has gone.
  CANCELLED: 503,
} as const satisfies Readonly<Record<ActlabErrorCode | TrainErrorCode, number>>;

/** One entry of Fastify's validation errors (Ajv's shape). */
interface ValidationIssue {
  readonly instancePath: string;
  readonly keyword: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly message?: string;
}

/** What the error handler may receive: any thrown value, often Fastify's error objects. */
interface ErrorLike {
  readonly statusCode?: unknown;
  readonly code?: unknown;
  readonly message?: unknown;
  readonly validation?: readonly ValidationIssue[];
  readonly validationContext?: string;
}

/**
 * Most characters of one name kept in a `field` path: a property name is a client's value (an
 * unknown key may be a megabyte long), so a longer one is cut and marked with `…`.
 */
export const MAX_FIELD_SEGMENT = 64;

/** Most characters of `instance` (the request's path and query, a client's value too). */
export const MAX_INSTANCE_LENGTH = 200;

/**
 * Most characters of any `detail`: messages quote at most a short prefix of a client's value
 * (core's `quoteInput`), and this bound holds even for a library message that does not.
 */
export const MAX_DETAIL_LENGTH = 500;

/** `text` cut to `max` characters, marked with `…` when cut. */
export function cutText(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * `/model/layers/0/weights` -> `model.layers[0].weights`; names longer than MAX_FIELD_SEGMENT are
 * cut (a client's unknown property name is named here once, never in full).
 */
export function fieldFromPointer(pointer: string, property?: unknown): string {
  const segments = pointer.split('/').slice(1);
  if (typeof property === 'string') segments.push(property);
  return segments
    .map((s) => cutText(s.replace(/~1/g, '/').replace(/~0/g, '~'), MAX_FIELD_SEGMENT))
    .reduce((path, s) => (/^\d+$/.test(s) ? `${path}[${s}]` : path ? `${path}.${s}` : s), '');
}

/** The defined extension members, copied (a problem is plain data). */
function extensionMembers(e: ProblemExtensions): Partial<ProblemDocument> {
  return {
    ...(e.position !== undefined ? { position: e.position } : {}),
    ...(e.end !== undefined ? { end: e.end } : {}),
    ...(e.expected !== undefined ? { expected: e.expected } : {}),
    ...(e.suggestions ? { suggestions: [...e.suggestions] } : {}),
  };
}

/** The `instance` member for a request URL: its first MAX_INSTANCE_LENGTH characters. */
export function instanceOf(url: string): string {
  return cutText(url, MAX_INSTANCE_LENGTH);
}

function kebab(code: string): string {
  return code.toLowerCase().replace(/_/g, '-');
}

function document(
  status: number,
  detail: string,
  extra: Partial<ProblemDocument> = {},
): ProblemDocument {
  const code = extra.code;
  return {
    type: code ? `urn:actlab:problem:${kebab(code)}` : 'about:blank',
    title: TITLES[status] ?? (status >= 500 ? 'Server Error' : 'Client Error'),
    status,
    detail: cutText(detail, MAX_DETAIL_LENGTH),
    ...extra,
  };
}

/** A problem for a schema validation failure: 400, or 413 when an array is over its length limit. */
function validationProblem(error: ErrorLike, issues: readonly ValidationIssue[]): ProblemDocument {
  const issue = issues[0] as ValidationIssue;
  const field = fieldFromPointer(
    issue.instancePath,
    issue.params.missingProperty ?? issue.params.additionalProperty,
  );
  const where = error.validationContext ?? 'body';
  if (issue.keyword === 'additionalProperties') {
    // The unknown name is the client's and may be huge: it is named once, cut, in `field`.
    const parent = fieldFromPointer(issue.instancePath);
    return document(
      400,
      `${parent ? `${where}.${parent}` : where} has a property this request does not take (named in field)`,
      { code: 'INVALID_REQUEST', field },
    );
  }
  const tooLong = issue.keyword === 'maxItems';
  const status = tooLong ? 413 : 400;
  // Ajv says "must have required property 'x'" of the parent; the field itself reads better.
  const allowed = issue.params.allowedValues;
  const message =
    issue.keyword === 'required'
      ? 'is required'
      : issue.keyword === 'enum' && Array.isArray(allowed)
        ? `must be one of ${allowed.join(', ')}`
        : (issue.message ?? 'is invalid');
  const detail = field ? `${where}.${field} ${message}` : `${where} ${message}`;
  return document(status, detail, {
    code: tooLong ? 'TOO_MANY_VALUES' : 'INVALID_REQUEST',
    ...(field ? { field } : {}),
  });
}

/**
 * The problem document for anything thrown while answering: schema failures, the libraries'
 * coded errors, the API's own, Fastify's 4xx (body too large, bad JSON, rate limit) and, for
 * everything else, a 500 whose detail says nothing about the cause.
 */
export function problemFor(error: unknown, url: string): ProblemDocument {
  const instance = instanceOf(url);
  const e = (typeof error === 'object' && error !== null ? error : {}) as ErrorLike;
  if (Array.isArray(e.validation) && e.validation.length > 0) {
    return { ...validationProblem(e, e.validation), instance };
  }
  if (isActlabError(error)) {
    const { param } = error.details;
    // A formula's position is relative to the text after `formula:`; routes that know which field
    // held the formula re-raise it as an ApiError with the field and the position in that field.
    return document(LIBRARY_STATUS[error.code], error.message, {
      code: error.code,
      instance,
      ...(param ? { field: `params.${param}` } : {}),
      ...extensionMembers(error.details),
    });
  }
  if (isTrainError(error)) {
    return document(LIBRARY_STATUS[error.code], error.message, {
      code: error.code,
      instance,
      ...(error.path ? { field: error.path } : {}),
    });
  }
  if (error instanceof ApiError) {
    return document(error.statusCode, error.message, {
      code: error.code,
      instance,
      ...(error.field ? { field: error.field } : {}),
      ...extensionMembers(error.extensions),
    });
  }
  const status = typeof e.statusCode === 'number' ? e.statusCode : 500;
  if (status >= 400 && status < 500) {
    // Fastify's and its plugins' own 4xx errors carry safe, useful messages.
    const detail = typeof e.message === 'string' ? e.message : (TITLES[status] ?? 'Client Error');
    return document(status, detail, {
      instance,
      ...(typeof e.code === 'string' ? { code: e.code } : {}),
    });
  }
  return document(status >= 500 && status < 600 ? status : 500, INTERNAL_DETAIL, { instance });
}
