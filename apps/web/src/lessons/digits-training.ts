/**
 * Training the digits lesson's network in the browser: the experiment's 784-64-10 ReLU network
 * with a softmax output, cross-entropy and Adam, on the compact subset. It runs a few mini-batches
 * at a time and yields between them, reporting progress, so a worker stays responsive to Cancel
 * (and a main thread, without workers, to everything else). The network trains as a session of
 * @actlab/train's pipeline; the math is the package's.
 */
import type { ModelJson, TrainPlan, TrainRequest } from '@actlab/train';
import { createSession, planRun } from '@actlab/train';
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

/** Examples per Adam step. */
const BATCH_SIZE = 32;

/** The training request for `settings`: the course's digits network, one ReLU layer and softmax. */
function digitsRequest(settings: DigitsSettings): TrainRequest {
  return {
    dataset: 'digits',
    hidden: [settings.hidden],
    activation: 'relu',
    output: 'softmax',
    loss: 'cross_entropy',
    optimizer: { type: 'adam', learningRate: 0.002 },
    init: 'he',
    batchSize: BATCH_SIZE,
    epochs: settings.epochs,
    seed: settings.seed,
  };
}

/**
 * The plan of a run on `subset`: the digits the page fetched stand for train's `digits` dataset
 * (the browser bundle has no `mnist` package to generate it from), checked like any other data.
 */
export function digitsPlan(subset: DigitSubset, settings: DigitsSettings): TrainPlan {
  return planRun(digitsRequest(settings), { data: { train: subset.train, test: subset.test } });
}

/** Trains on `subset` and resolves with the model; rejects with "cancelled" when `signal` aborts. */
export async function trainDigits(
  subset: DigitSubset,
  settings: DigitsSettings,
  onProgress: (progress: DigitsProgress) => void,
  signal: { readonly aborted: boolean } = { aborted: false },
): Promise<DigitsResult> {
  const started = performance.now();
  const session = createSession(digitsPlan(subset, settings));
  const stepsPerEpoch = Math.ceil(subset.train.size / BATCH_SIZE);
  const total = stepsPerEpoch * settings.epochs;
  const accuracyByEpoch: number[] = [];
  let testAccuracy: number | undefined;
  while (!session.done) {
    if (signal.aborted) throw new Error('cancelled');
    const epoch = session.epoch;
    // Never past an epoch's end, so each epoch's accuracy is measured right after it.
    const left = stepsPerEpoch - (session.step % stepsPerEpoch);
    const loss = session.steps(Math.min(STEPS_PER_SLICE, left));
    if (session.epoch > epoch) {
      testAccuracy = session.metrics().testAccuracy ?? NaN;
      accuracyByEpoch.push(testAccuracy);
    }
    onProgress({
      fraction: session.step / total,
      epoch: session.epoch,
      loss,
      ...(testAccuracy !== undefined ? { testAccuracy } : {}),
    });
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
  }
  const metrics = session.metrics();
  return {
    model: session.model(),
    testAccuracy: metrics.testAccuracy ?? NaN,
    trainAccuracy: metrics.accuracy ?? NaN,
    seconds: (performance.now() - started) / 1000,
    accuracyByEpoch,
  };
}
