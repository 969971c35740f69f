/**
 * The second stage of the training pipeline (request -> `planRun` -> `createSession`/`runSession`
 * -> `trainAnswer`): one time-sliced training session that every front end drives its own way.
 * The API's worker runs it to the end (`runSession`); the terminal's timer calls `runFor` for a
 * few milliseconds per tick and then reads `metrics()`; the playground's worker paces `runFor` at
 * so many epochs a second, steps one epoch on a button, and rebuilds the session around clicked
 * points keeping the weights and the epoch count (`createSession(plan, { data, weights,
 * epochOffset })`). A session that is not asked to run does not run: pause, play and cancel are
 * the driver's.
 */
import { TrainError } from './errors.js';
import type { Metrics } from './metrics.js';
import type { ModelJson } from './model-json.js';
import { modelFromJson } from './model-json.js';
import type { Network } from './network.js';
import type { TrainPlan } from './request.js';
import type { Grid } from './predict.js';
import type { TrainData, Trainer } from './trainer.js';
import { createTrainer } from './trainer.js';

/** Options of `createSession`. */
export interface SessionOptions {
  /** Data to train on instead of the plan's (e.g. the playground's clicked points appended). */
  readonly data?: TrainData;
  /** Weights to start from instead of fresh ones: an imported model or a previous network of the same shape. */
  readonly weights?: ModelJson | Network;
  /** Epochs already run by earlier sessions of this run, added to `epoch` (and counted towards `done`). */
  readonly epochOffset?: number;
}

/** What one `runFor` did. */
export interface SliceResult {
  /** Whole epochs it ran (0 when the session was done or diverged, or the limit was 0). */
  readonly epochs: number;
  /** Mean training loss of the last epoch it ran (NaN when it ran none). */
  readonly loss: number;
}

/** A training session: a network, its optimizer and data, advanced only when asked. */
export interface Session {
  /** The network (read-only use: diagrams, thumbnails; its weights change as training goes). */
  readonly network: Network;
  /** The data it trains on and evaluates. */
  readonly data: TrainData;
  /** Epochs the run is planned for: `done` once `epoch` reaches it. */
  readonly epochs: number;
  /** Completed epochs, `epochOffset` included. */
  readonly epoch: number;
  /** Completed mini-batch steps of this session. */
  readonly step: number;
  /** True once `epoch` reached `epochs`. */
  readonly done: boolean;
  /** True once an epoch's mean loss was not finite; `runFor` then runs no more. */
  readonly diverged: boolean;
  /**
   * Runs whole epochs until `budgetMs` of `clock` (milliseconds, e.g. `performance.now`) have
   * passed since the call, `maxEpochs` have run, the session is done, or an epoch diverged; it
   * runs at least one epoch when none of the last three holds.
   */
  runFor(budgetMs: number, clock: () => number, maxEpochs?: number): SliceResult;
  /** Runs one whole epoch (even past `epochs`: a step button) and returns its mean loss. */
  runEpoch(): number;
  /** Runs `k` mini-batch steps and returns their mean loss. */
  steps(k: number): number;
  /** Losses, accuracy or R^2 and per-layer measures now (`epoch` counts the offset). */
  metrics(): Metrics;
  /** Outputs for input rows (row-major), as probabilities for classification. */
  predict(inputs: Float64Array, out?: Float64Array): Float64Array;
  /** Outputs over a grid of the (x1, x2) plane, size*size*units values. */
  predictGrid(grid: Grid, out?: Float64Array): Float64Array;
  /** The model in the actlab.mlp/1 JSON format (standardization not folded: see `trainAnswer`). */
  model(): ModelJson;
}

/** Copies `source`'s weights into `target`; SHAPE_MISMATCH unless their shapes agree. */
function copyWeights(source: Network, target: Network): void {
  const same =
    source.inputSize === target.inputSize &&
    source.layers.length === target.layers.length &&
    source.layers.every((layer, i) => {
      const other = target.layers[i] as Network['layers'][number];
      return layer.weights.length === other.weights.length && layer.rows === other.rows;
    });
  if (!same) {
    throw new TrainError(
      'SHAPE_MISMATCH',
      `the weights are for ${source.layers.length} layers (${source.layers.map((l) => l.rows).join('-')}) on ` +
        `${source.inputSize} inputs; the run's network has ${target.layers.length} ` +
        `(${target.layers.map((l) => l.rows).join('-')}) on ${target.inputSize}`,
      'weights',
    );
  }
  source.layers.forEach((layer, i) => {
    const into = target.layers[i] as Network['layers'][number];
    into.weights.set(layer.weights);
    into.biases.set(layer.biases);
  });
}

/**
 * A session for `plan`: a network initialized from the plan's seed (or the given weights), ready
 * to train on the plan's data (or `options.data`).
 */
export function createSession(plan: TrainPlan, options: SessionOptions = {}): Session {
  const trainer = createTrainer(plan.config, options.data ?? plan.data);
  const { weights, epochOffset = 0 } = options;
  if (!Number.isInteger(epochOffset) || epochOffset < 0) {
    throw new TrainError(
      'INVALID_CONFIG',
      `epochOffset must be a non-negative integer, got ${epochOffset}`,
      'epochOffset',
    );
  }
  if (weights) {
    const network = 'format' in weights ? modelFromJson(weights).network : weights;
    copyWeights(network, trainer.network);
  }
  return sessionOfTrainer(trainer, plan.epochs, epochOffset);
}

/** A session over an existing trainer, done at `epochs` (counting `epochOffset`). */
export function sessionOfTrainer(trainer: Trainer, epochs: number, epochOffset = 0): Session {
  let diverged = false;
  const runEpoch = (): number => {
    const loss = trainer.runEpoch();
    if (!Number.isFinite(loss)) diverged = true;
    return loss;
  };
  const session: Session = {
    network: trainer.network,
    data: trainer.data,
    epochs,
    get epoch() {
      return epochOffset + trainer.epoch;
    },
    get step() {
      return trainer.step;
    },
    get done() {
      return epochOffset + trainer.epoch >= epochs;
    },
    get diverged() {
      return diverged;
    },
    runFor(budgetMs, clock, maxEpochs = Infinity) {
      const start = clock();
      let ran = 0;
      let loss = NaN;
      while (ran < maxEpochs && !diverged && !session.done) {
        loss = runEpoch();
        ran++;
        if (clock() - start >= budgetMs) break;
      }
      return { epochs: ran, loss };
    },
    runEpoch,
    steps: (k) => trainer.steps(k),
    metrics() {
      const m = trainer.evaluate();
      return epochOffset === 0 ? m : { ...m, epoch: m.epoch + epochOffset };
    },
    predict: (inputs, out) => trainer.predict(inputs, out),
    predictGrid: (grid, out) => trainer.predictGrid(grid, out),
    model: () => trainer.toJSON(),
  };
  return session;
}
