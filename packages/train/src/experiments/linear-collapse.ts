/**
 * Linear collapse: a stack of linear layers is one linear map, so however deep, it fits a curve no
 * better than the least-squares line; the same stack with ReLU bends and fits it.
 */
import { dataset } from '../datasets/registry.js';
import { rSquared } from '../metrics.js';
import { runTrainer } from '../run.js';
import { createTrainer } from '../trainer.js';
import type { Experiment, ExperimentOptions, ExperimentOutcome } from './experiment.js';
import { fmt } from './experiment.js';

const DEFAULTS = {
  dataset: 'square',
  points: 200,
  noise: 0.02,
  hidden: [16, 16, 16],
  optimizer: { type: 'adam', learningRate: 0.01 },
  batchSize: 20,
  epochs: 300,
  seed: 1,
} as const;

/** Points of the drawn fits: x evenly over the data's [-1, 1). */
const GRID = Array.from({ length: 101 }, (_, i) => -1 + i / 50);

/** The least-squares line through (x, y), computed in closed form: intercept at the mean, slope. */
function leastSquares(xs: Float64Array, ys: Float64Array): (x: number) => number {
  const n = xs.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i] as number;
    my += ys[i] as number;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += ((xs[i] as number) - mx) * ((ys[i] as number) - my);
    sxx += ((xs[i] as number) - mx) ** 2;
  }
  const slope = sxx === 0 ? 0 : sxy / sxx;
  return (x) => my + slope * (x - mx);
}

async function run(options: ExperimentOptions = {}): Promise<ExperimentOutcome> {
  const seed = options.seed ?? DEFAULTS.seed;
  const data = dataset(DEFAULTS.dataset, { points: DEFAULTS.points, noise: DEFAULTS.noise, seed });
  const line = leastSquares(data.inputs, data.targets);
  const lineR2 = rSquared(data.inputs.map(line), data.targets);
  const fit = async (act: 'linear' | 'relu') => {
    const trainer = createTrainer(
      {
        layers: [
          ...DEFAULTS.hidden.map((units) => ({ units, activation: act })),
          { units: 1, activation: 'linear' },
        ],
        loss: 'mse',
        optimizer: DEFAULTS.optimizer,
        batchSize: DEFAULTS.batchSize,
        init: act === 'relu' ? 'he' : 'xavier',
        seed,
      },
      { train: data },
    );
    // The curve starts at epoch 0, before any step, so the first drop is drawn.
    const start = trainer.evaluate();
    options.onProgress?.(act, start);
    const result = await runTrainer(trainer, {
      epochs: DEFAULTS.epochs,
      progressEvery: 25,
      ...(options.signal ? { signal: options.signal } : {}),
      onProgress: (m) => options.onProgress?.(act, m),
    });
    const history = [start, ...result.history];
    return {
      r2: result.metrics.r2 ?? 0,
      curve: history.map((m) => m.trainLoss),
      epochs: history.map((m) => m.epoch),
      predictions: [...trainer.predict(Float64Array.from(GRID))],
    };
  };
  const linear = await fit('linear');
  const relu = await fit('relu');
  // A deep linear network is still a line: its R^2 cannot beat the least-squares line (up to rounding).
  const holds = linear.r2 <= lineR2 + 1e-9 && relu.r2 >= 0.95;
  const { epochs } = linear;
  return {
    id: 'linear-collapse',
    seed,
    measurements: {
      'least-squares line R2': lineR2,
      'deep linear R2': linear.r2,
      'deep relu R2': relu.r2,
    },
    series: [
      { label: 'linear loss', epochs, values: linear.curve },
      { label: 'relu loss', epochs, values: relu.curve },
    ],
    // The picture of the lesson: the deep linear network draws the least-squares line, not the parabola.
    fits: [
      {
        label: 'data (y = x² with noise)',
        kind: 'points',
        xs: [...data.inputs],
        ys: [...data.targets],
      },
      { label: 'least-squares line', kind: 'line', xs: GRID, ys: GRID.map(line) },
      { label: 'deep linear network', kind: 'line', xs: GRID, ys: linear.predictions },
      { label: 'deep ReLU network', kind: 'line', xs: GRID, ys: relu.predictions },
    ],
    summary: `On y = x^2 the least-squares line reaches R^2 = ${fmt(lineR2)}; a ${DEFAULTS.hidden.length}-hidden-layer network with linear activations reaches ${fmt(linear.r2)} (no better: it is one linear map), the same network with ReLU reaches ${fmt(relu.r2)}.`,
    holds,
  };
}

/** The linear-collapse experiment. */
export const linearCollapse: Experiment = {
  info: {
    id: 'linear-collapse',
    title: 'Linear layers collapse to one',
    lesson: 'Without a non-linear activation, any number of layers is a single linear map.',
    explanation:
      'Two networks with three hidden layers of 16 units learn y = x^2 from the same data, seed and optimizer. With linear activations every layer multiplies and adds, so the whole network computes a straight line, and its fit (R^2) can never beat the least-squares line computed directly. With ReLU between the layers the network can bend and fits the parabola almost exactly.',
    defaults: DEFAULTS,
    preset: {
      dataset: DEFAULTS.dataset,
      points: DEFAULTS.points,
      noise: DEFAULTS.noise,
      hidden: DEFAULTS.hidden,
      // The lesson's point is the collapse: the deep network with linear units.
      activation: 'linear',
      optimizer: DEFAULTS.optimizer,
      batchSize: DEFAULTS.batchSize,
      epochs: DEFAULTS.epochs,
      seed: DEFAULTS.seed,
    },
  },
  run,
};
