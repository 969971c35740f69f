/**
 * The one error type of @actlab/train: every failure that input can cause carries a code, so the
 * API, the CLI and the UIs can branch on it and show the message.
 */

/** Every code a `TrainError` can carry. */
export const TRAIN_ERROR_CODES = {
  /** A model (JSON or in memory) is malformed: wrong format tag, shapes, non-finite numbers. */
  INVALID_MODEL: 'INVALID_MODEL',
  /** A training configuration is invalid: sizes, rates, batch size, unknown optimizer or loss. */
  INVALID_CONFIG: 'INVALID_CONFIG',
  /** A field a run cannot do without is missing, and no experiment's preset supplies it. */
  MISSING_FIELD: 'MISSING_FIELD',
  /** Input rows or targets do not fit the model (wrong width, wrong count, bad class index). */
  SHAPE_MISMATCH: 'SHAPE_MISMATCH',
  /** A dataset name or option is unknown or out of range. */
  INVALID_DATASET: 'INVALID_DATASET',
  /** An experiment name is unknown. */
  UNKNOWN_EXPERIMENT: 'UNKNOWN_EXPERIMENT',
  /** A run's work (epochs x training examples x parameters) is over the caller's budget. */
  WORK_LIMIT: 'WORK_LIMIT',
  /** A run was cancelled through its AbortSignal. */
  CANCELLED: 'CANCELLED',
} as const;

/** Code of a `TrainError`. */
export type TrainErrorCode = keyof typeof TRAIN_ERROR_CODES;

/** The error thrown by @actlab/train where input enters; `path` names the failing field when there is one. */
export class TrainError extends Error {
  /** Machine-readable reason. */
  readonly code: TrainErrorCode;
  /** Where in the input the problem is, e.g. `layers[1].weights[0][2]` (empty when not about one field). */
  readonly path: string;

  constructor(code: TrainErrorCode, message: string, path = '') {
    super(message);
    this.name = 'TrainError';
    this.code = code;
    this.path = path;
  }
}

/** True when `error` is a `TrainError` (optionally with the given code). */
export function isTrainError(error: unknown, code?: TrainErrorCode): error is TrainError {
  return error instanceof TrainError && (code === undefined || error.code === code);
}
