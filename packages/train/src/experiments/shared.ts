/**
 * Small helpers the experiments share: fitting one configuration on a split and reading back its
 * metrics and curve.
 */
import type { Dataset } from '../datasets/dataset.js';
import type { Metrics } from '../metrics.js';
import { runTrainer } from '../run.js';
import type { TrainConfig } from '../trainer.js';
import { createTrainer } from '../trainer.js';
import type { ExperimentOptions } from './experiment.js';

/** Result of one fit: final metrics and the recorded history. */
export interface Fit {
  /** Metrics at the end. */
  readonly metrics: Metrics;
  /** Metrics at every recorded epoch, from epoch 0 (before any training). */
  readonly history: readonly Metrics[];
  /** First epoch whose training loss reached the target, when one was given and reached. */
  readonly epochsToTarget?: number;
}

/** Trains `config` on `train` (and measures on `test`) for `epochs`, reporting progress under `label`. */
export async function fit(
  config: TrainConfig,
  train: Dataset,
  test: Dataset | undefined,
  epochs: number,
  label: string,
  options: ExperimentOptions,
  extra: { readonly progressEvery?: number; readonly targetLoss?: number } = {},
): Promise<Fit> {
  const trainer = createTrainer(config, test ? { train, test } : { train });
  // Every lesson's curve starts where training starts, at epoch 0: the first drop is the lesson.
  const start = trainer.evaluate();
  options.onProgress?.(label, start);
  const result = await runTrainer(trainer, {
    epochs,
    progressEvery: extra.progressEvery ?? Math.max(1, Math.floor(epochs / 20)),
    ...(extra.targetLoss !== undefined ? { targetLoss: extra.targetLoss } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    onProgress: (m) => options.onProgress?.(label, m),
  });
  return { ...result, history: [start, ...result.history] };
}
