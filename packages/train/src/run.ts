/**
 * Training run to completion: a session driven epoch by epoch with a progress callback and
 * cancellation through an AbortSignal. It yields to the event loop between slices of work, so a
 * server or a UI thread keeps answering while it runs.
 */
import { TrainError } from './errors.js';
import type { Metrics } from './metrics.js';
import type { ModelJson } from './model-json.js';
import { checkEpochs } from './request.js';
import type { Session } from './session.js';
import { sessionOfTrainer } from './session.js';
import type { TrainConfig, TrainData, Trainer } from './trainer.js';
import { createTrainer } from './trainer.js';

/** The part of an AbortSignal a run reads: Node's and the browser's both fit. */
export interface CancelSignal {
  /** True once the run should stop. */
  readonly aborted: boolean;
}

/** setTimeout, which Node and browsers both provide (this package declares no platform types). */
const timers = globalThis as unknown as { setTimeout(callback: () => void, ms: number): unknown };

/** Options of `runSession`. */
export interface SessionRunOptions {
  /** Called with the metrics after every `progressEvery` epochs (and after the last). */
  readonly onProgress?: (metrics: Metrics) => void;
  /** Epochs between progress reports and history entries (default 1). */
  readonly progressEvery?: number;
  /** Aborting it stops the run with a CANCELLED error at the next epoch boundary. */
  readonly signal?: CancelSignal;
  /** Stops early once the training loss is at or below this. */
  readonly targetLoss?: number;
  /** Milliseconds of work between yields to the event loop (default 20). */
  readonly sliceMs?: number;
}

/** Options of `train` and `runTrainer`: `runSession`'s plus the number of epochs. */
export interface RunOptions extends SessionRunOptions {
  /** Epochs to train (1 to 100,000). */
  readonly epochs: number;
}

/** What a run produces. */
export interface RunResult {
  /** Metrics after each reported epoch. */
  readonly history: readonly Metrics[];
  /** Metrics at the end. */
  readonly metrics: Metrics;
  /** The trained model (standardization not folded: see `trainAnswer`). */
  readonly model: ModelJson;
  /** The first epoch at which the training loss reached `targetLoss`, if it did. */
  readonly epochsToTarget?: number;
  /** Where the run stopped because its training loss was no longer finite, if it did. */
  readonly diverged?: { readonly epoch: number; readonly loss: number };
}

/** Default milliseconds of work between yields to the event loop. */
const SLICE_MS = 20;

/**
 * Runs `session` until it is done (or reaches `targetLoss`), reporting metrics every
 * `progressEvery` epochs and after the last, yielding to the event loop every `sliceMs`. An aborted
 * `signal` stops it with a CANCELLED TrainError at the next epoch boundary. A run whose training
 * loss becomes NaN or infinite stops there (every later epoch would only compute NaN) and says so
 * in `diverged`.
 */
export async function runSession(
  session: Session,
  options: SessionRunOptions = {},
): Promise<RunResult> {
  const { onProgress, signal, targetLoss, sliceMs = SLICE_MS } = options;
  const every = options.progressEvery ?? 1;
  if (!Number.isInteger(every) || every < 1) {
    throw new TrainError(
      'INVALID_CONFIG',
      `progressEvery must be a positive integer, got ${every}`,
      'progressEvery',
    );
  }
  const history: Metrics[] = [];
  let epochsToTarget: number | undefined;
  let diverged: RunResult['diverged'];
  let sliceStart = Date.now();
  for (let e = 1; !session.done; e++) {
    if (signal?.aborted) throw new TrainError('CANCELLED', 'the training run was cancelled');
    const loss = session.runEpoch();
    if (targetLoss !== undefined && epochsToTarget === undefined && loss <= targetLoss) {
      epochsToTarget = session.epoch;
    }
    if (!Number.isFinite(loss)) diverged = { epoch: session.epoch, loss };
    const done = session.done || epochsToTarget !== undefined || diverged !== undefined;
    if (e % every === 0 || done) {
      const metrics = session.metrics();
      history.push(metrics);
      onProgress?.(metrics);
    }
    if (done) break;
    if (Date.now() - sliceStart > sliceMs) {
      await new Promise<void>((resolve) => timers.setTimeout(resolve, 0));
      sliceStart = Date.now();
    }
  }
  const metrics = history[history.length - 1] ?? session.metrics();
  return {
    history,
    metrics,
    model: session.model(),
    ...(epochsToTarget !== undefined ? { epochsToTarget } : {}),
    ...(diverged ? { diverged } : {}),
  };
}

/**
 * Trains `config` on `data` for `options.epochs` epochs: the config-level API, for data built by
 * hand. A request (dataset by name, presets, work budget) goes through `planRun` and `runSession`.
 */
export async function train(
  config: TrainConfig,
  data: TrainData,
  options: RunOptions,
): Promise<RunResult> {
  return runTrainer(createTrainer(config, data), options);
}

/** Runs an existing trainer (for example one prepared by an experiment) for `options.epochs` more epochs. */
export async function runTrainer(trainer: Trainer, options: RunOptions): Promise<RunResult> {
  const { epochs, ...rest } = options;
  checkEpochs(epochs);
  return runSession(sessionOfTrainer(trainer, trainer.epoch + epochs), rest);
}
