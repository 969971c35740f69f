/**
 * The one error type of @actlab/core: every failure that input can cause carries a code from
 * `ACTLAB_ERROR_CODES`, so callers (the API, the CLI, the UIs) can branch on it and show the message.
 */

/** Every code an `ActlabError` can carry. */
export const ACTLAB_ERROR_CODES = {
  /** The id (or alias) names no activation in the catalog. */
  UNKNOWN_ACTIVATION: 'UNKNOWN_ACTIVATION',
  /** A parameter is unknown, not a finite number, or outside its valid range. */
  INVALID_PARAMS: 'INVALID_PARAMS',
  /** Array lengths do not fit (an `out` buffer too short, an odd-length GLU input, v and x of different lengths). */
  SHAPE_MISMATCH: 'SHAPE_MISMATCH',
  /** An argument other than parameters is out of its domain (e.g. a curve range with from >= to). */
  INVALID_ARGUMENT: 'INVALID_ARGUMENT',
  /** A typed formula does not parse, names something unknown, or exceeds the length or depth limits. */
  INVALID_FORMULA: 'INVALID_FORMULA',
} as const;

/** Code of an `ActlabError`. */
export type ActlabErrorCode = keyof typeof ACTLAB_ERROR_CODES;

/** Details that help a caller explain or fix the failure. */
export interface ActlabErrorDetails {
  /** For UNKNOWN_ACTIVATION: the closest valid ids, best first. */
  readonly suggestions?: readonly string[];
  /** For INVALID_PARAMS: the parameter at fault. */
  readonly param?: string;
  /** For INVALID_PARAMS: its valid range in words, e.g. `[0, Infinity)`. */
  readonly range?: string;
  /** For INVALID_FORMULA: offset of the first offending character in the formula text (0-based). */
  readonly position?: number;
  /** For INVALID_FORMULA: offset just past the offending text (a name, a number), when it has a length. */
  readonly end?: number;
  /** For INVALID_FORMULA: what would have been valid there, in words (`a number, x, a name or "("`). */
  readonly expected?: string;
}

/** The error thrown by @actlab/core at every boundary where input enters. */
export class ActlabError extends Error {
  /** Machine-readable reason, one of `ACTLAB_ERROR_CODES`. */
  readonly code: ActlabErrorCode;
  /** Suggestions, the failing parameter and its range, where they apply. */
  readonly details: ActlabErrorDetails;

  constructor(code: ActlabErrorCode, message: string, details: ActlabErrorDetails = {}) {
    super(message);
    this.name = 'ActlabError';
    this.code = code;
    this.details = details;
  }
}

/** True when `error` is an `ActlabError` (optionally with the given code). */
export function isActlabError(error: unknown, code?: ActlabErrorCode): error is ActlabError {
  return error instanceof ActlabError && (code === undefined || error.code === code);
}
