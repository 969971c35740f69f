/**
 * Training the digits lesson's network in the browser: the experiment's 784-64-10 ReLU network
 * with a softmax output, cross-entropy and Adam, on the compact subset. It runs a few mini-batches
 * at a time and yields between them, reporting progress, so a worker stays responsive to Cancel
 * (and a main thread, without workers, to everything else). The math is @actlab/train's.
 */
import type { ModelJson, TrainConfig } from '@actlab/train';
import { createTrainer } from '@actlab/train';
import type { DigitSubset } from './digits-format.js';

/** What the learner can change (all in the URL). */
export interface DigitsSettings {
  /** Passes over the training digits. */
  readonly epochs: number;
  /** Units of the hidden layer. */
  readonly hidden: number;
  /** Seed of the weights and the batch order. */
  readonly seed: number;
}

/** The lesson's defaults: the digits experiment's network; 4 epochs reach 91% on the subset. */
export const DIGITS_DEFAULTS: DigitsSettings = { epochs: 4, hidden: 64, seed: 5 };

/** A progress report. */
export interface DigitsProgress {
  /** Share of the training done, 0 to 1. */
  readonly fraction: number;
  /** Completed epochs. */
  readonly epoch: number;
  /** Mean loss of the latest mini-batches. */
  readonly loss: number;
  /** Test accuracy after the last completed epoch (undefined before the first). */
  readonly testAccuracy?: number;
}

/** The trained network and how well it does. */
export interface DigitsResult {
  readonly model: ModelJson;
  readonly testAccuracy: number;
  readonly trainAccuracy: number;
  readonly seconds: number;
  /** Test accuracy after each epoch. */
  readonly accuracyByEpoch: readonly number[];
}

/** Mini-batches between yields: about 20 ms of work on a laptop. */
const STEPS_PER_SLICE = 8;

/** The trainer configuration for `settings`. */
export function digitsConfig(settings: DigitsSettings): TrainConfig {
  return {
    layers: [
      { units: settings.hidden, activation: 'relu' },
      { units: 10, activation: 'softmax' },
    ],
    loss: 'cross_entropy',
    optimizer: { type: 'adam', learningRate: 0.002 },
    batchSize: 32,
    init: 'he',
    seed: settings.seed,
  };
}

/** Trains on `subset` and resolves with the model; rejects with "cancelled" when `signal` aborts. */
export async function trainDigits(
  subset: DigitSubset,
  settings: DigitsSettings,
  onProgress: (progress: DigitsProgress) => void,
  signal: { readonly aborted: boolean } = { aborted: false },
): Promise<DigitsResult> {
  const started = performance.now();
  const trainer = createTrainer(digitsConfig(settings), { train: subset.train, test: subset.test });
  const stepsPerEpoch = Math.ceil(subset.train.size / trainer.config.batchSize);
  const total = stepsPerEpoch * settings.epochs;
  const accuracyByEpoch: number[] = [];
  let testAccuracy: number | undefined;
  while (trainer.epoch < settings.epochs) {
    if (signal.aborted) throw new Error('cancelled');
    const epoch = trainer.epoch;
    const left = stepsPerEpoch - (trainer.step % stepsPerEpoch);
    const loss = trainer.steps(Math.min(STEPS_PER_SLICE, left));
    if (trainer.epoch > epoch) {
      testAccuracy = trainer.evaluate().testAccuracy ?? NaN;
      accuracyByEpoch.push(testAccuracy);
    }
    onProgress({
      fraction: trainer.step / total,
      epoch: trainer.epoch,
      loss,
      ...(testAccuracy !== undefined ? { testAccuracy } : {}),
    });
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
  }
  const metrics = trainer.evaluate();
  return {
    model: trainer.toJSON(),
    testAccuracy: metrics.testAccuracy ?? NaN,
    trainAccuracy: metrics.accuracy ?? NaN,
    seconds: (performance.now() - started) / 1000,
    accuracyByEpoch,
  };
}
