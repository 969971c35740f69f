/** The API's limits on work per request: each has a default and a clear 413/422 when exceeded. */

/** Limits on the size of the work one request may ask for. */
export interface Limits {
  /** Most values `x` may hold for a scalar activation. */
  readonly maxValues: number;
  /** Most values `x` may hold for a vector activation, whose Jacobian is n x n. */
  readonly maxJacobianInputs: number;
  /** Most input rows of /v1/predict and /v1/gradients. */
  readonly maxRows: number;
  /**
   * Most input rows x (model parameters + formula work) of one /v1/predict or /v1/gradients
   * request, and most values x formula work of one evaluation or curve of a typed formula. A
   * formula's work is its estimated cost per point in multiply-adds (formula-input.ts).
   */
  readonly maxForwardWork: number;
  /**
   * Most epochs x training examples x (parameters + formula work per example) of one training run.
   */
  readonly maxTrainingWork: number;
  /**
   * Most depth x width^2 x batch (the multiply-adds of one pass; the backward pass doubles it)
   * plus the formula work of the activations, of one POST /v1/depth request.
   */
  readonly maxDepthWork: number;
  /** Training runs at once (each in its own worker thread). */
  readonly trainingConcurrency: number;
  /** Training requests waiting beyond those; more are refused with 503 and Retry-After. */
  readonly trainingQueue: number;
}

/** The defaults: each keeps one request well under a second of one core. */
export const DEFAULT_LIMITS: Limits = {
  maxValues: 100_000,
  maxJacobianInputs: 1_000,
  maxRows: 10_000,
  maxForwardWork: 50_000_000,
  // About two seconds of one core at ~1e9 multiply-adds per second, forward and backward included.
  maxTrainingWork: 500_000_000,
  // The largest network train allows (100 layers of 512) at its default batch of 4 is 1.05e8:
  // about a quarter of a second forward and backward, so every default request fits.
  maxDepthWork: 120_000_000,
  trainingConcurrency: 2,
  trainingQueue: 8,
};
