/**
 * The three networks of the vanishing-gradients page (sigmoid, tanh and ReLU; same data, same seed,
 * the initialization each deserves) and the numbers the page shows about them: per-layer gradient
 * norms at initialization and now, loss and accuracy, and one first-layer weight's update. Each
 * network is a session of @actlab/train's pipeline (`planRun`, `createSession`), trained on all
 * the points; this module only writes the requests and reads the results. It needs no DOM, so it
 * runs in the page's worker (or, without workers, on the main thread).
 */
import type { Dataset, InitId, Session, TrainPlan, TrainRequest } from '@actlab/train';
import { createSession, dataset, gradients, planRun } from '@actlab/train';
import type { GradientParams } from './params.js';
import type { UpdateNumbers } from './update-rule.js';
import { updateNumbers } from './update-rule.js';

/** The activations compared, in column order. */
const GRADIENT_ACTIVATIONS = ['sigmoid', 'tanh', 'relu'] as const;

/** One of the compared activations. */
export type GradientActivation = (typeof GRADIENT_ACTIVATIONS)[number];

/** Xavier keeps sigmoid and tanh layers' variance, He keeps ReLU's (as the experiment does). */
const INIT_FOR: Readonly<Record<GradientActivation, InitId>> = {
  sigmoid: 'xavier',
  tanh: 'xavier',
  relu: 'he',
};

/** The experiment's data: 300 points of the circle dataset with a little noise. */
const DATA = { name: 'circle', points: 300, noise: 0.05 } as const;
/** Examples per SGD step, as in the vanishing-gradient experiment. */
const BATCH_SIZE = 10;

/** Training stops by itself after this many epochs (the lesson is visible long before). */
export const MAX_EPOCHS = 300;

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

/** The training request for one activation: depth - 1 hidden layers under a sigmoid output. */
function gradientRequest(act: GradientActivation, params: GradientParams): TrainRequest {
  return {
    dataset: DATA.name,
    points: DATA.points,
    noise: DATA.noise,
    seed: params.seed,
    hidden: Array.from({ length: params.depth - 1 }, () => params.width),
    activation: act,
    output: 'sigmoid',
    loss: 'binary_cross_entropy',
    init: INIT_FOR[act],
    batchSize: BATCH_SIZE,
    optimizer: { type: 'sgd', learningRate: params.lr },
    epochs: MAX_EPOCHS,
  };
}

/** The points every column trains on: all of them, no held-out split, as the experiment does. */
export function gradientData(seed: number): Dataset {
  return dataset(DATA.name, { points: DATA.points, noise: DATA.noise, seed });
}

/**
 * The checked plan of one activation's network on `data`: all the points, none held out, as the
 * experiment trains (the three columns share the one generated set).
 */
export function gradientPlan(
  act: GradientActivation,
  params: GradientParams,
  data: Dataset,
): TrainPlan {
  return planRun(gradientRequest(act, params), { data: { train: data } });
}

/** The three networks being trained side by side, in step. */
export interface GradientRun {
  /** Epochs every network has run. */
  readonly epoch: number;
  /** True once the networks have run MAX_EPOCHS epochs. */
  readonly done: boolean;
  /**
   * Trains every network the same whole number of epochs, about `budgetMs` of `clock` in all (at
   * least one epoch unless done); returns the epochs run.
   */
  runFor(budgetMs: number, clock: () => number): number;
  /** The numbers to show now. */
  snapshot(): GradientSnapshot;
}

/** Builds the networks for `params` (fresh weights; epoch 0). */
export function createGradientRun(params: GradientParams): GradientRun {
  const data = gradientData(params.seed);
  const rows = Array.from({ length: data.size }, (_, i) =>
    Array.from(data.inputs.subarray(i * data.inputSize, (i + 1) * data.inputSize)),
  );
  const targets = Array.from(data.targets);
  const columns = GRADIENT_ACTIVATIONS.map((activation) => {
    const session: Session = createSession(gradientPlan(activation, params, data));
    const initialNorms = session.metrics().layers.map((l) => l.gradientNorm);
    return { activation, session, initialNorms };
  });
  const [first, ...others] = columns as [(typeof columns)[number], ...typeof columns];
  return {
    get epoch() {
      return first.session.epoch;
    },
    get done() {
      return first.session.done;
    },
    runFor(budgetMs, clock) {
      // The networks have the same shape, so each gets an equal share of the time; the others
      // then run exactly the epochs the first did, keeping the columns in step.
      const { epochs } = first.session.runFor(budgetMs / columns.length, clock);
      for (const c of others) c.session.runFor(Infinity, clock, epochs);
      return epochs;
    },
    snapshot() {
      return {
        params,
        epoch: first.session.epoch,
        columns: columns.map(({ activation, session, initialNorms }) => {
          const metrics = session.metrics();
          const full = gradients(session.model(), rows, targets, 'binary_cross_entropy');
          return {
            activation,
            init: INIT_FOR[activation],
            initialNorms,
            norms: metrics.layers.map((l) => l.gradientNorm),
            loss: metrics.trainLoss,
            accuracy: metrics.accuracy ?? NaN,
            update: updateNumbers(
              session.network.layers[0]?.weights[0] ?? NaN,
              params.lr,
              full.layers[0]?.weights[0]?.[0] ?? NaN,
            ),
          };
        }),
      };
    },
  };
}
