/**
 * Digit recognition: 28x28 handwritten digits from the mnist package, a 784-64-10 network with
 * ReLU and a softmax output, trained with cross-entropy and Adam in a few epochs.
 */
import { loadDigits } from '../datasets/digits.js';
import type { Experiment, ExperimentOptions, ExperimentOutcome } from './experiment.js';
import { fmt } from './experiment.js';
import { fit } from './shared.js';

const DEFAULTS = {
  train: 4000,
  test: 1000,
  hidden: 64,
  activation: 'relu',
  optimizer: { type: 'adam', learningRate: 0.002 },
  batchSize: 32,
  epochs: 4,
  seed: 5,
} as const;

async function run(options: ExperimentOptions = {}): Promise<ExperimentOutcome> {
  const seed = options.seed ?? DEFAULTS.seed;
  const started = Date.now();
  const { train, test } = await loadDigits({ train: DEFAULTS.train, test: DEFAULTS.test, seed });
  const result = await fit(
    {
      layers: [
        { units: DEFAULTS.hidden, activation: DEFAULTS.activation },
        { units: 10, activation: 'softmax' },
      ],
      loss: 'cross_entropy',
      optimizer: DEFAULTS.optimizer,
      batchSize: DEFAULTS.batchSize,
      init: 'he',
      seed,
    },
    train,
    test,
    DEFAULTS.epochs,
    'digits',
    options,
    { progressEvery: 1 },
  );
  const seconds = (Date.now() - started) / 1000;
  const accuracy = result.metrics.testAccuracy ?? NaN;
  return {
    id: 'digits',
    seed,
    measurements: {
      'test accuracy': accuracy,
      'train accuracy': result.metrics.accuracy ?? NaN,
      seconds,
    },
    series: [
      {
        label: 'loss',
        epochs: result.history.map((m) => m.epoch),
        values: result.history.map((m) => m.trainLoss),
      },
    ],
    summary: `A 784-${DEFAULTS.hidden}-10 ReLU network with a softmax output recognizes ${fmt(accuracy * 100)}% of ${DEFAULTS.test} held-out digits after ${DEFAULTS.epochs} epochs on ${DEFAULTS.train} training digits (${fmt(seconds)} s including loading).`,
    holds: accuracy >= 0.9 && seconds < 60,
  };
}

/** The digits experiment. */
export const digits: Experiment = {
  info: {
    id: 'digits',
    title: 'Digit recognition',
    lesson: 'Non-linear activations and softmax together recognize handwritten digits.',
    explanation:
      'Each 28x28 image is 784 brightness values between 0 and 1. One hidden layer of 64 ReLU units finds strokes and shapes, and a softmax over 10 outputs gives the probability of each digit. Trained with cross-entropy for 4 passes over 4,000 digits (the same as the web lesson), it recognizes about nine in ten of 1,000 digits it has never seen.',
    defaults: DEFAULTS,
    preset: {
      dataset: 'digits',
      hidden: [DEFAULTS.hidden],
      activation: DEFAULTS.activation,
      optimizer: DEFAULTS.optimizer,
      batchSize: DEFAULTS.batchSize,
      epochs: DEFAULTS.epochs,
      seed: DEFAULTS.seed,
    },
  },
  run,
};
