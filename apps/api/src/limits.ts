/** The API's limits on work per request: each has a default and a clear 413/422 when exceeded. */
import { availableParallelism } from 'node:os';

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
   * Worker threads that build large answers (evaluations, curves, predictions, gradients, depth)
   * and their JSON off the event loop; 0 builds every answer on the event loop.
   */
  readonly answerWorkers: number;
  /** Large answers that may wait for an answer worker; beyond, 503 BUSY with Retry-After. */
  readonly answerQueue: number;
  /**
   * Milliseconds running training gets to finish once the server is asked to stop; then it is
   * cancelled (a stream ends with a `shutdown` event) and the process exits 1.
   */
  readonly shutdownGraceMs: number;
}

/** The defaults: each keeps one request well under a second of one core. */
export const DEFAULT_LIMITS: Limits = {
  // Every limit below is sized so that one request holds the event loop well under 100 ms on the
  // benchmark machine, so many at once keep /healthz's 99th percentile under 100 ms (the attack
  // test, src/attack.test.ts): building and serializing an answer costs about 0.6 us a number.
  maxValues: 25_000,
  maxJacobianInputs: 1_000,
  maxRows: 10_000,
  // Gradients at 5e7 held the event loop 100 to 130 ms with their answer; 6e6 holds it ~20 ms.
  maxForwardWork: 6_000_000,
  // At most about five seconds of one core: every kind of run measured 0.2 to 1.05 ns a unit on the
  // benchmark machine (busy), so 4e9 units take at most 4.2 s there (BENCHMARKS.md, "Training cost").
  maxTrainingWork: 4_000_000_000,
  // Depth runs on the main thread: 100 layers of 512 (1.05e8) held it 0.7 s. 1.35e7 is 100 layers
  // of 128 or 50 of 256 at the default batch, about 40 ms; the web page runs larger ones itself.
  maxDepthWork: 13_500_000,
  // 25,000 values of f and f' (the largest scalar evaluation) exactly: 0.9 MB of JSON in ~20 ms.
  maxAnswerNumbers: 50_000,
  // One core is kept for the event loop: on 2 cores, two training workers starved it (every
  // answer 3x slower while they ran).
  trainingConcurrency: Math.max(1, availableParallelism() - 1),
  trainingQueue: 8,
  // One thread builds large answers beside the training worker: with the event loop, three busy
  // threads on 2 cores still answered /healthz within its bound (the attack test).
  answerWorkers: Math.max(1, Math.min(4, availableParallelism() - 1)),
  answerQueue: 32,
  shutdownGraceMs: 30_000,
};

/**
 * The per-client budgets (plugins/client-limits.ts): requests to the API routes per window, and
 * work units of training per window. The work budget is sized in full training runs so that it
 * follows `maxTrainingWork` when that is changed.
 */
export const DEFAULT_CLIENT_BUDGETS = {
  /** Requests to /v1/... per client per window: ten a second on average, for a busy page. */
  requestMax: 600,
  /** The request window, in ms. */
  requestWindowMs: 60_000,
  /** Full-budget training runs a client may start per work window (then one per window / 10). */
  trainingRuns: 10,
  /** The work window, in ms: an empty work budget is full again after ten minutes. */
  workWindowMs: 600_000,
} as const;
