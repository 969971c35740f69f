/**
 * Vanishing gradients: in a deep sigmoid network each layer multiplies the backpropagated signal
 * by sigma' <= 1/4, so the first layer's gradient is orders of magnitude smaller than the last
 * one's and the update rule theta := theta - alpha dJ/dtheta barely moves it. ReLU with He
 * initialization keeps the gradient's scale through depth.
 */
import type { Dataset } from '../datasets/dataset.js';
import { dataset } from '../datasets/registry.js';
import type { InitId } from '../init.js';
import type { TrainConfig } from '../trainer.js';
import { createTrainer } from '../trainer.js';
import type { Experiment, ExperimentOptions, ExperimentOutcome, Series } from './experiment.js';
import { fmt } from './experiment.js';
import { fit } from './shared.js';

const DEFAULTS = {
  dataset: 'circle',
  points: 300,
  noise: 0.05,
  depth: 10,
  width: 16,
  activations: ['sigmoid', 'tanh', 'relu'],
  seeds: [1, 2, 3, 4, 5],
  probeBatch: 100,
  training: {
    depth: 6,
    epochs: 150,
    targetLoss: 0.3,
    optimizer: { type: 'sgd', learningRate: 0.1 },
    batchSize: 10,
  },
  seed: 1,
} as const;

const INIT: Record<string, InitId> = { sigmoid: 'xavier', tanh: 'xavier', relu: 'he' };

function config(
  act: string,
  depth: number,
  seed: number,
  batchSize: number,
  optimizer: TrainConfig['optimizer'],
): TrainConfig {
  return {
    layers: [
      ...Array.from({ length: depth - 1 }, () => ({ units: DEFAULTS.width, activation: act })),
      { units: 1, activation: 'sigmoid' },
    ],
    loss: 'binary_cross_entropy',
    init: INIT[act] as InitId,
    batchSize,
    ...(optimizer ? { optimizer } : {}),
    seed,
  };
}

/** First-layer over last-layer gradient norm at initialization, averaged over seeds. */
function gradientRatio(
  act: string,
  depth: number,
  data: Dataset,
  seeds: readonly number[],
): { ratio: number; perLayer: number[] } {
  let ratio = 0;
  const perLayer = new Array<number>(depth).fill(0);
  for (const seed of seeds) {
    const trainer = createTrainer(config(act, depth, seed, DEFAULTS.probeBatch, undefined), {
      train: data,
    });
    const layers = trainer.evaluate().layers;
    const first = layers[0]?.gradientNorm ?? NaN;
    const last = layers[layers.length - 1]?.gradientNorm ?? NaN;
    ratio += first / last / seeds.length;
    layers.forEach(
      (l, i) => (perLayer[i] = (perLayer[i] as number) + l.gradientNorm / seeds.length),
    );
  }
  return { ratio, perLayer };
}

async function run(options: ExperimentOptions = {}): Promise<ExperimentOutcome> {
  const seed = options.seed ?? DEFAULTS.seed;
  const data = dataset(DEFAULTS.dataset, { points: DEFAULTS.points, noise: DEFAULTS.noise, seed });
  const measurements: Record<string, number> = {};
  const series: Series[] = [];
  for (const act of DEFAULTS.activations) {
    const { ratio, perLayer } = gradientRatio(
      act,
      DEFAULTS.depth,
      data,
      DEFAULTS.seeds.map((s) => s + seed - 1),
    );
    measurements[`${act} first/last gradient ratio`] = ratio;
    series.push({
      label: `${act} gradient norm by layer`,
      epochs: perLayer.map((_, i) => i + 1),
      values: perLayer,
    });
  }
  const t = DEFAULTS.training;
  for (const act of DEFAULTS.activations) {
    const result = await fit(
      config(act, t.depth, seed, t.batchSize, t.optimizer),
      data,
      undefined,
      t.epochs,
      act,
      options,
      {
        progressEvery: 1,
        targetLoss: t.targetLoss,
      },
    );
    // Not reaching the target within the budget counts as the whole budget (and is said so below).
    measurements[`${act} epochs to loss ${t.targetLoss}`] = result.epochsToTarget ?? Infinity;
    series.push({
      label: `${act} loss`,
      epochs: result.history.map((m) => m.epoch),
      values: result.history.map((m) => m.trainLoss),
    });
  }
  const m = (k: string): number => measurements[k] as number;
  const sigmoidEpochs = m(`sigmoid epochs to loss ${t.targetLoss}`);
  const reluEpochs = m(`relu epochs to loss ${t.targetLoss}`);
  const holds =
    m('sigmoid first/last gradient ratio') <= 1e-3 &&
    m('relu first/last gradient ratio') >= 0.1 &&
    m('relu first/last gradient ratio') <= 10 &&
    reluEpochs < sigmoidEpochs;
  const epochsText = (e: number): string =>
    Number.isFinite(e) ? `${e} epochs` : `more than ${t.epochs} epochs (not reached)`;
  return {
    id: 'vanishing-gradient',
    seed,
    measurements,
    series,
    summary: `At initialization, in a ${DEFAULTS.depth}-layer network the first layer's gradient is ${fmt(m('sigmoid first/last gradient ratio'))} of the last layer's with sigmoid, ${fmt(m('tanh first/last gradient ratio'))} with tanh and ${fmt(m('relu first/last gradient ratio'))} with ReLU (He init), averaged over ${DEFAULTS.seeds.length} seeds. Trained at depth ${t.depth} to a loss of ${t.targetLoss}: sigmoid takes ${epochsText(sigmoidEpochs)}, tanh ${epochsText(m(`tanh epochs to loss ${t.targetLoss}`))}, ReLU ${epochsText(reluEpochs)}.`,
    holds,
  };
}

/** The vanishing-gradient experiment. */
export const vanishingGradient: Experiment = {
  info: {
    id: 'vanishing-gradient',
    title: 'Vanishing gradients',
    lesson:
      'In deep sigmoid networks the gradient is almost zero, so the update rule barely moves the early layers.',
    explanation:
      "Backpropagation multiplies the error signal by each layer's activation derivative on its way down. The sigmoid's derivative is at most 1/4 (and far less when saturated), so across ten layers the first layer's gradient shrinks to a tiny fraction of the last layer's: theta := theta - alpha dJ/dtheta then barely moves the first layers, and training crawls. tanh shrinks it less, and ReLU, whose derivative is 1 for active units, with He initialization keeps the gradient's size roughly constant through depth. The experiment measures the ratio at initialization over several seeds, then trains each network to a target loss and counts the epochs.",
    defaults: DEFAULTS,
    preset: {
      dataset: DEFAULTS.dataset,
      points: DEFAULTS.points,
      noise: DEFAULTS.noise,
      // The trained network of the experiment: depth - 1 hidden layers under a sigmoid output.
      hidden: Array.from({ length: DEFAULTS.training.depth - 1 }, () => DEFAULTS.width),
      activation: 'sigmoid',
      init: 'xavier',
      optimizer: DEFAULTS.training.optimizer,
      batchSize: DEFAULTS.training.batchSize,
      epochs: DEFAULTS.training.epochs,
      seed: DEFAULTS.seed,
    },
  },
  run,
};
