/**
 * Non-linear decision boundaries: a model with no hidden non-linearity can only draw a straight
 * boundary, which cannot separate a ring from its centre or the four corners of XOR; one hidden
 * layer of tanh units bends the boundary and does. On the course's iris picture (sepal length and
 * width) both are compared.
 */
import { dataset } from '../datasets/registry.js';
import { splitDataset, standardize } from '../datasets/split.js';
import type { Experiment, ExperimentOptions, ExperimentOutcome } from './experiment.js';
import { fmt } from './experiment.js';
import { fit } from './shared.js';

const DEFAULTS = {
  datasets: ['circle', 'xor', 'iris'],
  points: 400,
  noise: 0.05,
  hidden: 8,
  activation: 'tanh',
  optimizer: { type: 'adam', learningRate: 0.03 },
  batchSize: 10,
  epochs: 150,
  seed: 3,
} as const;

async function run(options: ExperimentOptions = {}): Promise<ExperimentOutcome> {
  const seed = options.seed ?? DEFAULTS.seed;
  const measurements: Record<string, number> = {};
  const base = { optimizer: DEFAULTS.optimizer, batchSize: DEFAULTS.batchSize, seed } as const;
  for (const name of ['circle', 'xor'] as const) {
    const data = dataset(name, { points: DEFAULTS.points, noise: DEFAULTS.noise, seed });
    const { train, test } = splitDataset(data, { testFraction: 0.25, seed });
    const linear = await fit(
      { ...base, layers: [{ units: 1, activation: 'sigmoid' }], loss: 'binary_cross_entropy' },
      train,
      test,
      DEFAULTS.epochs,
      `${name} linear`,
      options,
    );
    const bent = await fit(
      {
        ...base,
        layers: [
          { units: DEFAULTS.hidden, activation: DEFAULTS.activation },
          { units: 1, activation: 'sigmoid' },
        ],
        loss: 'binary_cross_entropy',
      },
      train,
      test,
      DEFAULTS.epochs,
      `${name} ${DEFAULTS.activation}`,
      options,
    );
    measurements[`${name} linear accuracy`] = linear.metrics.testAccuracy ?? NaN;
    measurements[`${name} ${DEFAULTS.activation} accuracy`] = bent.metrics.testAccuracy ?? NaN;
  }
  // Iris by sepal length and width, standardized with the training rows' statistics.
  const irisSplit = splitDataset(dataset('iris', { features: 2 }), { testFraction: 0.3, seed });
  const { train, test } = standardize(irisSplit.train, irisSplit.test);
  const irisLinear = await fit(
    { ...base, layers: [{ units: 3, activation: 'softmax' }], loss: 'cross_entropy' },
    train,
    test,
    DEFAULTS.epochs,
    'iris linear',
    options,
  );
  const irisBent = await fit(
    {
      ...base,
      layers: [
        { units: DEFAULTS.hidden, activation: DEFAULTS.activation },
        { units: 3, activation: 'softmax' },
      ],
      loss: 'cross_entropy',
    },
    train,
    test,
    DEFAULTS.epochs,
    `iris ${DEFAULTS.activation}`,
    options,
  );
  measurements['iris linear accuracy'] = irisLinear.metrics.testAccuracy ?? NaN;
  measurements[`iris ${DEFAULTS.activation} accuracy`] = irisBent.metrics.testAccuracy ?? NaN;
  const m = (k: string): number => measurements[k] as number;
  const holds =
    m('circle linear accuracy') <= 0.75 &&
    m('xor linear accuracy') <= 0.75 &&
    m('circle tanh accuracy') >= 0.95 &&
    m('xor tanh accuracy') >= 0.95;
  return {
    id: 'decision-boundary',
    seed,
    measurements,
    series: [],
    summary: `Test accuracy without a hidden layer (a straight boundary) against one hidden layer of ${DEFAULTS.hidden} tanh units: circle ${fmt(m('circle linear accuracy'))} vs ${fmt(m('circle tanh accuracy'))}, XOR ${fmt(m('xor linear accuracy'))} vs ${fmt(m('xor tanh accuracy'))}, iris by sepal length and width ${fmt(m('iris linear accuracy'))} vs ${fmt(m('iris tanh accuracy'))} (versicolor and virginica overlap in those two features, so neither can separate them fully).`,
    holds,
  };
}

/** The decision-boundary experiment. */
export const decisionBoundary: Experiment = {
  info: {
    id: 'decision-boundary',
    title: 'Non-linear decision boundaries',
    lesson: 'A non-linear activation lets the decision boundary bend.',
    explanation:
      'Each dataset is learned twice: by a model with no hidden layer, whose boundary is a straight line (logistic or softmax regression), and by a network with one hidden layer of 8 tanh units. A ring around a disc (circle) and the four corners of XOR cannot be split by one line, so the linear model stays near chance (at most 0.75 on XOR, the best a line can do), while the tanh network separates both. On iris by sepal length and width (the picture in the course notes), setosa is easy for both, while versicolor and virginica overlap in those two measurements, so no boundary, straight or bent, separates them fully: compare the two accuracies.',
    defaults: DEFAULTS,
    preset: {
      dataset: 'circle',
      points: DEFAULTS.points,
      noise: DEFAULTS.noise,
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
