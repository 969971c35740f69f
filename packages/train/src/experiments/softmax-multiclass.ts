/**
 * Softmax for many classes: a softmax output turns a network's scores into a probability
 * distribution over the classes, trained with cross-entropy, on the three-armed spiral and on iris.
 */
import { dataset } from '../datasets/registry.js';
import { splitDataset, standardize } from '../datasets/split.js';
import { createTrainer } from '../trainer.js';
import type { Experiment, ExperimentOptions, ExperimentOutcome } from './experiment.js';
import { fmt } from './experiment.js';
import { fit } from './shared.js';

const DEFAULTS = {
  spiral3: { points: 600, noise: 0.05, hidden: [16, 16], activation: 'relu', epochs: 300 },
  iris: { features: 4, hidden: [8], activation: 'tanh', epochs: 150 },
  optimizer: { type: 'adam', learningRate: 0.01 },
  batchSize: 16,
  seed: 4,
} as const;

async function run(options: ExperimentOptions = {}): Promise<ExperimentOutcome> {
  const seed = options.seed ?? DEFAULTS.seed;
  const base = {
    loss: 'cross_entropy',
    optimizer: DEFAULTS.optimizer,
    batchSize: DEFAULTS.batchSize,
    seed,
  } as const;
  const s = DEFAULTS.spiral3;
  const spiral = splitDataset(dataset('spiral3', { points: s.points, noise: s.noise, seed }), {
    testFraction: 0.25,
    seed,
  });
  const spiralConfig = {
    ...base,
    layers: [
      ...s.hidden.map((units) => ({ units, activation: s.activation })),
      { units: 3, activation: 'softmax' },
    ],
    init: 'he',
  } as const;
  const spiralFit = await fit(
    spiralConfig,
    spiral.train,
    spiral.test,
    s.epochs,
    'spiral3',
    options,
  );
  const i = DEFAULTS.iris;
  const irisRaw = splitDataset(dataset('iris', { features: i.features }), {
    testFraction: 0.3,
    seed,
  });
  const iris = standardize(irisRaw.train, irisRaw.test);
  const irisConfig = {
    ...base,
    layers: [
      ...i.hidden.map((units) => ({ units, activation: i.activation })),
      { units: 3, activation: 'softmax' },
    ],
  } as const;
  const irisFit = await fit(irisConfig, iris.train, iris.test, i.epochs, 'iris', options);
  // The predicted distributions: every row's probabilities must sum to 1.
  const probe = createTrainer(irisConfig, { train: iris.train });
  probe.steps(5);
  const probs = probe.predict(iris.test.inputs);
  let worstSum = 0;
  for (let r = 0; r < iris.test.size; r++) {
    const sum =
      (probs[3 * r] as number) + (probs[3 * r + 1] as number) + (probs[3 * r + 2] as number);
    worstSum = Math.max(worstSum, Math.abs(sum - 1));
  }
  const spiralAccuracy = spiralFit.metrics.testAccuracy ?? NaN;
  const irisAccuracy = irisFit.metrics.testAccuracy ?? NaN;
  return {
    id: 'softmax-multiclass',
    seed,
    measurements: {
      'spiral3 test accuracy': spiralAccuracy,
      'iris test accuracy': irisAccuracy,
      'largest |sum of probabilities - 1|': worstSum,
    },
    series: [
      {
        label: 'spiral3 loss',
        epochs: spiralFit.history.map((m) => m.epoch),
        values: spiralFit.history.map((m) => m.trainLoss),
      },
      {
        label: 'iris loss',
        epochs: irisFit.history.map((m) => m.epoch),
        values: irisFit.history.map((m) => m.trainLoss),
      },
    ],
    summary: `With a softmax output and cross-entropy, the three-armed spiral is classified with test accuracy ${fmt(spiralAccuracy)} and iris (all four measurements) with ${fmt(irisAccuracy)}; every predicted distribution sums to 1 within ${worstSum.toExponential(1)}.`,
    holds: spiralAccuracy >= 0.9 && irisAccuracy >= 0.9 && worstSum < 1e-12,
  };
}

/** The softmax-multiclass experiment. */
export const softmaxMulticlass: Experiment = {
  info: {
    id: 'softmax-multiclass',
    title: 'Softmax for many classes',
    lesson: 'Softmax turns scores into a probability distribution over classes.',
    explanation:
      'A binary step or a single sigmoid can only answer yes or no. For three classes the output layer has three units, and softmax turns their scores into probabilities that are positive and sum to 1; cross-entropy then rewards a high probability for the right class. The experiment trains such networks on a three-armed spiral and on the iris flowers (all four measurements), and checks that the predicted distributions sum to 1.',
    defaults: DEFAULTS,
    preset: {
      dataset: 'spiral3',
      points: DEFAULTS.spiral3.points,
      noise: DEFAULTS.spiral3.noise,
      hidden: DEFAULTS.spiral3.hidden,
      activation: DEFAULTS.spiral3.activation,
      optimizer: DEFAULTS.optimizer,
      batchSize: DEFAULTS.batchSize,
      epochs: DEFAULTS.spiral3.epochs,
      seed: DEFAULTS.seed,
    },
  },
  run,
};
