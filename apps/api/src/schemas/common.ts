/**
 * Schemas shared by every route: the wire number, the length limits on names, the problem document
 * of every error answer, and the response map each route spreads into its own.
 */
import { MAX_SUGGESTION_INPUT } from '@actlab/core';
import { NON_FINITE_STRINGS } from '@actlab/format';
import { DEFAULT_LIMITS } from '../limits.js';
import { Type } from 'typebox';
import type { Static } from 'typebox';

/**
 * A number as it travels, with its own description: exactly a JSON number or one of format's
 * `NON_FINITE_STRINGS` ("Infinity", "-Infinity", "NaN"). Bodies are validated without coercion
 * (app.ts), so `null`, `true`, `"1"`, `"+Infinity"` and `"Infinity "` are refused; queries carry
 * the same set, read by format's `parseWireNumber` (query-params.ts). Both come from
 * @actlab/format's one list, so a body and a query accept the same numbers.
 */
export function wireNumber(description: string) {
  const [infinity, negativeInfinity, nan] = NON_FINITE_STRINGS;
  return Type.Union(
    [Type.Number(), Type.Literal(infinity), Type.Literal(negativeInfinity), Type.Literal(nan)],
    { description },
  );
}

/** A number as it travels: a JSON number or "Infinity", "-Infinity", "NaN". */
export const WireNumber = wireNumber(
  'A JSON number, or "Infinity", "-Infinity" or "NaN" for the non-finite values.',
);

/**
 * Longest name a request may use as an object key or a short string (a parameter, a loss, an
 * optimizer): core suggests names only for inputs this long, so a longer one is refused by the
 * schema before any suggestion is computed.
 */
export const MAX_KEY_LENGTH = MAX_SUGGESTION_INPUT;

/** Most parameters one activation may be given (the catalog's most is 3; formulas declare few). */
export const MAX_PARAMS = 32;

/** Longest query value that is one number (`-1.2345678901234567e-300` is 24 characters). */
export const MAX_QUERY_NUMBER_LENGTH = 64;

/** Parameters of an activation by name, e.g. `{ "alpha": 0.2 }`. */
export const ParamsRecord = Type.Record(Type.String(), WireNumber, {
  description:
    `Parameter values by name (at most ${MAX_PARAMS}, names of at most ${MAX_KEY_LENGTH} ` +
    'characters); missing ones take their defaults.',
  maxProperties: MAX_PARAMS,
  propertyNames: { maxLength: MAX_KEY_LENGTH },
});

/** An RFC 9457 problem document, with actlab's extensions. */
const Problem = Type.Object(
  {
    type: Type.String({ description: 'A URI naming the kind of problem.' }),
    title: Type.String({ description: 'Short summary of the kind of problem.' }),
    status: Type.Integer({ description: 'The HTTP status code.' }),
    detail: Type.String({ description: 'What went wrong with this request, in words.' }),
    instance: Type.Optional(Type.String({ description: 'The request path.' })),
    code: Type.Optional(
      Type.String({ description: 'Machine-readable code, e.g. INVALID_PARAMS.' }),
    ),
    field: Type.Optional(
      Type.String({ description: 'The failing field, e.g. `x[3]` or `model.layers[0].weights`.' }),
    ),
    suggestions: Type.Optional(
      Type.Array(Type.String(), {
        description:
          'For an unknown activation or a misspelt name in a formula: the closest names.',
      }),
    ),
    position: Type.Optional(
      Type.Integer({
        minimum: 0,
        description:
          'For INVALID_FORMULA: 0-based offset of the first offending character in the string ' +
          '`field` names (for an activation id, counted in the whole id, `formula:` included).',
      }),
    ),
    end: Type.Optional(
      Type.Integer({
        minimum: 0,
        description:
          'For INVALID_FORMULA: offset just past the offending text, when it has a length.',
      }),
    ),
    expected: Type.Optional(
      Type.String({
        description: 'For INVALID_FORMULA: what would have been valid at `position`, in words.',
      }),
    ),
  },
  { additionalProperties: true, $id: 'Problem', title: 'Problem' },
);

/** A problem document. */
export type ProblemDocument = Static<typeof Problem>;

/** The default answer limit, as the documentation states it. */
const ANSWER_NUMBERS = DEFAULT_LIMITS.maxAnswerNumbers.toLocaleString('en-US');

/** The media type of every error answer. */
export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

/** A documented error answer; the error handler sends it as a ready string, so nothing is dropped. */
function problemResponse(description: string) {
  return { description, content: { [PROBLEM_MEDIA_TYPE]: { schema: Problem } } };
}

/** The error answers every route may give (bad input, rate limit, internal failure). */
export const ERROR_RESPONSES = {
  400: problemResponse('The request does not match the schema.'),
  429: problemResponse('Too many requests from this client; see Retry-After.'),
  500: problemResponse('An internal error; the detail says nothing more.'),
} as const;

/** Error answers of routes with a body, which may also be too large or not JSON. */
export const BODY_ERROR_RESPONSES = {
  ...ERROR_RESPONSES,
  413: problemResponse(
    'The body (1 MiB by default) or an array in it is too large, or the answer would be ' +
      `(ANSWER_TOO_LARGE: more than ${ANSWER_NUMBERS} numbers by default).`,
  ),
  415: problemResponse('The body is not application/json.'),
  422: problemResponse('The input is well formed but invalid: the detail and field say why.'),
} as const;

/** The 404 answer of routes that look something up by id. */
export const NOT_FOUND_RESPONSE = { 404: problemResponse('No such activation or resource.') };

/** The 422 answer of query routes whose values a library rejects. */
export const UNPROCESSABLE_RESPONSE = {
  413: problemResponse(
    'An array in the query is too large, or the answer would be (ANSWER_TOO_LARGE: more than ' +
      `${ANSWER_NUMBERS} numbers by default).`,
  ),
  422: problemResponse('The input is well formed but invalid: the detail and field say why.'),
};

/** The 503 answer of training when the run queue is full (with Retry-After). */
export const BUSY_RESPONSE = {
  503: problemResponse('Too many training runs in progress; retry after Retry-After seconds.'),
};
