/**
 * The two training workloads the issue names, as data: the TensorFlow Playground network on a
 * 500-point 2-D set, and an MNIST-shaped network on real digits. Every seed is fixed, so every run
 * trains the same networks on the same data.
 */
import type { Dataset, TrainConfig } from '@actlab/train';
import { dataset, loadDigits } from '@actlab/train';

/** Which workload. */
export type ScenarioId = 'playground' | 'mnist';

/** One workload: the network, its training settings and its data. */
export interface Scenario {
  /** Its id. */
  readonly id: ScenarioId;
  /** A heading, e.g. `TensorFlow Playground scale`. */
  readonly title: string;
  /** The network and training settings in words, for the report. */
  readonly description: string;
  /** The actlab trainer configuration (seeded; SGD; the batch size the issue names). */
  readonly config: TrainConfig & { readonly batchSize: number };
  /** SGD's learning rate, the same for every contender. */
  readonly learningRate: number;
  /** Loads the training data. */
  readonly data: () => Promise<Dataset>;
  /** Rows of `data` the identical-batch check trains on (a multiple of the batch size). */
  readonly checkRows: number;
  /** Epochs over those rows in the check. */
  readonly checkEpochs: number;
}

/** Seed of the actlab trainers (initial weights) and of the datasets. */
const SEED = 1;

const PLAYGROUND_LR = 0.03;
const PLAYGROUND_POINTS = 500;

/** 2-8-8-1, tanh, tanh, sigmoid, binary cross-entropy, SGD, batch 10, 500 points. */
export const PLAYGROUND: Scenario = {
  id: 'playground',
  title: 'TensorFlow Playground scale',
  description: `2-8-8-1, tanh, tanh, sigmoid; binary cross-entropy; SGD (learning rate ${PLAYGROUND_LR}); batch 10; \`circle\`, ${PLAYGROUND_POINTS} points`,
  config: {
    layers: [
      { units: 8, activation: 'tanh' },
      { units: 8, activation: 'tanh' },
      { units: 1, activation: 'sigmoid' },
    ],
    loss: 'binary_cross_entropy',
    optimizer: { type: 'sgd', learningRate: PLAYGROUND_LR },
    batchSize: 10,
    seed: SEED,
  },
  learningRate: PLAYGROUND_LR,
  data: () => Promise.resolve(dataset('circle', { points: PLAYGROUND_POINTS, seed: SEED })),
  checkRows: PLAYGROUND_POINTS,
  checkEpochs: 5,
};

const MNIST_LR = 0.1;
/** Training images: a multiple of 32, so every batch of an epoch is full. */
const MNIST_TRAIN = 4096;

/** 784-128-10, relu, softmax with cross-entropy, SGD, batch 32, on real digits. */
export const MNIST_SHAPE: Scenario = {
  id: 'mnist',
  title: 'MNIST shape',
  description: `784-128-10, relu, softmax; cross-entropy; SGD (learning rate ${MNIST_LR}); batch 32; ${MNIST_TRAIN} real MNIST digits from \`loadDigits\``,
  config: {
    layers: [
      { units: 128, activation: 'relu' },
      { units: 10, activation: 'softmax' },
    ],
    loss: 'cross_entropy',
    optimizer: { type: 'sgd', learningRate: MNIST_LR },
    batchSize: 32,
    seed: SEED,
  },
  learningRate: MNIST_LR,
  data: async () => (await loadDigits({ train: MNIST_TRAIN, test: 1000, seed: SEED })).train,
  checkRows: 640,
  checkEpochs: 3,
};
