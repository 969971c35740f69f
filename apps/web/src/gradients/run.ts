/**
 * The three networks of the vanishing-gradients page (sigmoid, tanh and ReLU; same data, same seed,
 * the initialization each deserves) and the numbers the page shows about them: per-layer gradient
 * norms at initialization and now, loss and accuracy, and one first-layer weight's update. All the
 * math is @actlab/train's; this module only builds the configurations and reads the results. It
 * needs no DOM, so it runs in the page's worker (or, without workers, on the main thread).
 */
import type { Dataset, InitId, TrainConfig, Trainer } from '@actlab/train';
import { createTrainer, dataset, gradients } from '@actlab/train';
import type { GradientParams } from './params.js';
import type { UpdateNumbers } from './update-rule.js';
import { updateNumbers } from './update-rule.js';

/** The activations compared, in column order. */
export const GRADIENT_ACTIVATIONS = ['sigmoid', 'tanh', 'relu'] as const;

/** One of the compared activations. */
export type GradientActivation = (typeof GRADIENT_ACTIVATIONS)[number];

/** Xavier keeps sigmoid and tanh layers' variance, He keeps ReLU's (as the experiment does). */
export const INIT_FOR: Readonly<Record<GradientActivation, InitId>> = {
  sigmoid: 'xavier',
  tanh: 'xavier',
  relu: 'he',
};

/** The experiment's data: 300 points of the circle dataset with a little noise. */
const DATA = { name: 'circle', points: 300, noise: 0.05 } as const;
/** Examples per SGD step, as in the vanishing-gradient experiment. */
const BATCH_SIZE = 10;

/** What one column shows. */
export interface ColumnSnapshot {
  readonly activation: GradientActivation;
  readonly init: InitId;
  /** ||dJ/dW|| per layer (input side first) before any step, on the first mini-batch. */
  readonly initialNorms: readonly number[];
  /** ||dJ/dW|| per layer now, on the last mini-batch. */
  readonly norms: readonly number[];
  /** Mean loss over the training points. */
  readonly loss: number;
  /** Share of the training points classified right. */
  readonly accuracy: number;
  /** The first layer's first weight and its gradient on all the training points. */
  readonly update: UpdateNumbers;
}

/** The three columns after `epoch` epochs. */
export interface GradientSnapshot {
  /** The parameters the networks were built from. */
  readonly params: GradientParams;
  readonly epoch: number;
  readonly columns: readonly ColumnSnapshot[];
}

/** The trainer's configuration for one activation: depth - 1 hidden layers under a sigmoid output. */
export function gradientConfig(act: GradientActivation, params: GradientParams): TrainConfig {
  return {
    layers: [
      ...Array.from({ length: params.depth - 1 }, () => ({ units: params.width, activation: act })),
      { units: 1, activation: 'sigmoid' },
    ],
    loss: 'binary_cross_entropy',
    init: INIT_FOR[act],
    batchSize: BATCH_SIZE,
    optimizer: { type: 'sgd', learningRate: params.lr },
    seed: params.seed,
  };
}

/** The three networks being trained side by side. */
export interface GradientSession {
  /** Trains each network one more epoch. */
  advance(): void;
  /** The numbers to show now. */
  snapshot(): GradientSnapshot;
}

/** Builds the networks for `params` (fresh weights; epoch 0). */
export function createGradientSession(params: GradientParams): GradientSession {
  const data: Dataset = dataset(DATA.name, {
    points: DATA.points,
    noise: DATA.noise,
    seed: params.seed,
  });
  const rows = Array.from({ length: data.size }, (_, i) =>
    Array.from(data.inputs.subarray(i * data.inputSize, (i + 1) * data.inputSize)),
  );
  const targets = Array.from(data.targets);
  const columns = GRADIENT_ACTIVATIONS.map((activation) => {
    const trainer: Trainer = createTrainer(gradientConfig(activation, params), { train: data });
    const initialNorms = trainer.evaluate().layers.map((l) => l.gradientNorm);
    return { activation, trainer, initialNorms };
  });
  return {
    advance() {
      for (const c of columns) c.trainer.runEpoch();
    },
    snapshot() {
      return {
        params,
        epoch: columns[0]?.trainer.epoch ?? 0,
        columns: columns.map(({ activation, trainer, initialNorms }) => {
          const metrics = trainer.evaluate();
          const full = gradients(trainer.toJSON(), rows, targets, 'binary_cross_entropy');
          return {
            activation,
            init: INIT_FOR[activation],
            initialNorms,
            norms: metrics.layers.map((l) => l.gradientNorm),
            loss: metrics.trainLoss,
            accuracy: metrics.accuracy ?? NaN,
            update: updateNumbers(
              trainer.network.layers[0]?.weights[0] ?? NaN,
              params.lr,
              full.layers[0]?.weights[0]?.[0] ?? NaN,
            ),
          };
        }),
      };
    },
  };
}
