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
   * Most work units one training run may cost (train's `trainingCost`: forward and backward passes,
   * every evaluation over training and test rows, optimizer steps, typed formulas), counted before
   * any data is generated.
   */
  readonly maxTrainingWork: number;
  /**
   * Most depth x width^2 x batch (the multiply-adds of one pass; the backward pass doubles it)
   * plus the formula work of the activations, of one POST /v1/depth request.
   */
  readonly maxDepthWork: number;
  /**
   * Most numbers one answer of the non-training routes may hold (predict's rows x outputs, a
   * Jacobian's n x n + n, gradients' parameters, a curve's points): at most 25 bytes of JSON each,
   * so at most about 5 MB, built in about 100 ms. Larger answers are refused (413) before they are
   * built; cost.ts counts them.
   */
  readonly maxAnswerNumbers: number;
  /** Training runs at once (each in its own worker thread). */
  readonly trainingConcurrency: number;
  /** Training requests waiting beyond those; more are refused with 503 and Retry-After. */
  readonly trainingQueue: number;
  /**
   * Milliseconds running training gets to finish once the server is asked to stop; then it is
   * cancelled (a stream ends with a `shutdown` event) and the process exits 1.
   */
  readonly shutdownGraceMs: number;
}

/** The defaults: each keeps one request well under a second of one core. */
export const DEFAULT_LIMITS: Limits = {
  maxValues: 100_000,
  maxJacobianInputs: 1_000,
  maxRows: 10_000,
  // Gradients at 5e7 held the event loop 100 to 130 ms (predict 51 ms); half keeps it under 100 ms.
  maxForwardWork: 25_000_000,
  // At most about five seconds of one core: every kind of run measured 0.2 to 1.05 ns a unit on the
  // benchmark machine (busy), so 4e9 units take at most 4.2 s there (BENCHMARKS.md, "Training cost").
  maxTrainingWork: 4_000_000_000,
  // The largest network train allows (100 layers of 512) at its default batch of 4 is 1.05e8:
  // about a quarter of a second forward and backward, so every default request fits.
  maxDepthWork: 120_000_000,
  // 100,000 values of f and f' (the largest scalar evaluation) exactly: 3.6 MB of JSON in ~80 ms.
  maxAnswerNumbers: 200_000,
  trainingConcurrency: 2,
  trainingQueue: 8,
  shutdownGraceMs: 30_000,
};
