/**
 * Training run to completion: epochs with a progress callback and cancellation through an
 * AbortSignal. It yields to the event loop between slices of work, so a server or a UI thread keeps
 * answering while it runs.
 */
import { TrainError } from './errors.js';
import type { Metrics } from './metrics.js';
import type { ModelJson } from './model-json.js';
import type { TrainConfig, TrainData, Trainer } from './trainer.js';
import { createTrainer } from './trainer.js';

/** The part of an AbortSignal a run reads: Node's and the browser's both fit. */
export interface CancelSignal {
  /** True once the run should stop. */
  readonly aborted: boolean;
}

/** setTimeout, which Node and browsers both provide (this package declares no platform types). */
const timers = globalThis as unknown as { setTimeout(callback: () => void, ms: number): unknown };

/** Options of a run. */
export interface RunOptions {
  /** Epochs to train (1 to 100,000). */
  readonly epochs: number;
  /** Called with the metrics after every `progressEvery` epochs (and after the last). */
  readonly onProgress?: (metrics: Metrics) => void;
  /** Epochs between progress reports and history entries (default 1). */
  readonly progressEvery?: number;
  /** Aborting it stops the run with a CANCELLED error at the next epoch boundary. */
  readonly signal?: CancelSignal;
  /** Stops early once the training loss is at or below this. */
  readonly targetLoss?: number;
}

/** What a run produces. */
export interface RunResult {
  /** Metrics after each reported epoch. */
  readonly history: readonly Metrics[];
  /** Metrics at the end. */
  readonly metrics: Metrics;
  /** The trained model. */
  readonly model: ModelJson;
  /** The first epoch at which the training loss reached `targetLoss`, if it did. */
  readonly epochsToTarget?: number;
}

/** Milliseconds of work between yields to the event loop. */
const SLICE_MS = 20;

/** Trains `config` on `data` for `options.epochs` epochs. */
export async function train(
  config: TrainConfig,
  data: TrainData,
  options: RunOptions,
): Promise<RunResult> {
  return runTrainer(createTrainer(config, data), options);
}

/** Runs an existing trainer (for example one prepared by an experiment) for `options.epochs` more epochs. */
export async function runTrainer(trainer: Trainer, options: RunOptions): Promise<RunResult> {
  const { epochs, onProgress, signal, targetLoss } = options;
  const every = options.progressEvery ?? 1;
  if (!Number.isInteger(epochs) || epochs < 1 || epochs > 100_000) {
    throw new TrainError(
      'INVALID_CONFIG',
      `epochs must be an integer from 1 to 100000, got ${epochs}`,
      'epochs',
    );
  }
  if (!Number.isInteger(every) || every < 1) {
    throw new TrainError(
      'INVALID_CONFIG',
      `progressEvery must be a positive integer, got ${every}`,
      'progressEvery',
    );
  }
  const history: Metrics[] = [];
  let epochsToTarget: number | undefined;
  let sliceStart = Date.now();
  for (let e = 1; e <= epochs; e++) {
    if (signal?.aborted) throw new TrainError('CANCELLED', 'the training run was cancelled');
    const loss = trainer.runEpoch();
    if (targetLoss !== undefined && epochsToTarget === undefined && loss <= targetLoss) {
      epochsToTarget = trainer.epoch;
    }
    const done = e === epochs || epochsToTarget !== undefined;
    if (e % every === 0 || done) {
      const metrics = trainer.evaluate();
      history.push(metrics);
      onProgress?.(metrics);
    }
    if (done) break;
    if (Date.now() - sliceStart > SLICE_MS) {
      await new Promise<void>((resolve) => timers.setTimeout(resolve, 0));
      sliceStart = Date.now();
    }
  }
  const metrics = history[history.length - 1] ?? trainer.evaluate();
  return {
    history,
    metrics,
    model: trainer.toJSON(),
    ...(epochsToTarget !== undefined ? { epochsToTarget } : {}),
  };
}
