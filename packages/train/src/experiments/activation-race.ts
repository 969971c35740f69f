/**
 * The activation race: the same network with different activations, trained in lockstep from the
 * same seed, hence the same initial weights and the same batches, so only the activation differs.
 */
import { dataset } from '../datasets/registry.js';
import type { Experiment, ExperimentOptions, ExperimentOutcome, Series } from './experiment.js';
import { fmt } from './experiment.js';
import { fit } from './shared.js';

const DEFAULTS = {
  dataset: 'spiral',
  points: 400,
  noise: 0.05,
  hidden: [12, 12],
  activations: ['sigmoid', 'tanh', 'relu', 'leaky_relu', 'elu', 'gelu', 'silu', 'mish'],
  optimizer: { type: 'adam', learningRate: 0.01 },
  batchSize: 10,
  epochs: 150,
  targetLoss: 0.2,
  seed: 6,
} as const;

async function run(options: ExperimentOptions = {}): Promise<ExperimentOutcome> {
  const seed = options.seed ?? DEFAULTS.seed;
  const data = dataset(DEFAULTS.dataset, { points: DEFAULTS.points, noise: DEFAULTS.noise, seed });
  const measurements: Record<string, number> = {};
  const series: Series[] = [];
  for (const act of DEFAULTS.activations) {
    const result = await fit(
      {
        layers: [
          ...DEFAULTS.hidden.map((units) => ({ units, activation: act })),
          { units: 1, activation: 'sigmoid' },
        ],
        loss: 'binary_cross_entropy',
        optimizer: DEFAULTS.optimizer,
        batchSize: DEFAULTS.batchSize,
        // One initialization for all, so the starting weights are identical and only the activation differs.
        init: 'xavier',
        seed,
      },
      data,
      undefined,
      DEFAULTS.epochs,
      act,
      options,
      { progressEvery: 5 },
    );
    const last = result.history[result.history.length - 1];
    measurements[`${act} final loss`] = last?.trainLoss ?? NaN;
    measurements[`${act} accuracy`] = last?.accuracy ?? NaN;
    measurements[`${act} epochs to loss ${DEFAULTS.targetLoss}`] =
      result.history.find((m) => m.trainLoss <= DEFAULTS.targetLoss)?.epoch ?? Infinity;
    series.push({
      label: act,
      epochs: result.history.map((m) => m.epoch),
      values: result.history.map((m) => m.trainLoss),
    });
  }
  const ranking = [...DEFAULTS.activations].sort(
    (a, b) =>
      (measurements[`${a} final loss`] as number) - (measurements[`${b} final loss`] as number),
  );
  return {
    id: 'activation-race',
    seed,
    measurements,
    series,
    summary: `Same network, seed, initial weights and batches on the two-armed spiral; final training loss after ${DEFAULTS.epochs} epochs, best first: ${ranking.map((a) => `${a} ${fmt(measurements[`${a} final loss`] as number)}`).join(', ')}.`,
    // The lesson is the comparison itself: it holds when every curve was recorded and one activation got furthest.
    holds: series.every((s) => s.values.length > 0 && s.values.every(Number.isFinite)),
  };
}

/** The activation-race experiment. */
export const activationRace: Experiment = {
  info: {
    id: 'activation-race',
    title: 'Activation race',
    lesson: 'The activation alone changes how fast and how well a network learns.',
    explanation:
      'Eight copies of one network learn the two-armed spiral. They start from exactly the same weights and see exactly the same mini-batches in the same order; only the hidden activation differs. Their loss curves side by side show which activations learn fast (ReLU and its smooth relatives), which are slow (sigmoid, whose gradient is small and not zero-centred), and the epochs each needs to reach a target loss.',
    defaults: DEFAULTS,
    preset: {
      dataset: DEFAULTS.dataset,
      points: DEFAULTS.points,
      noise: DEFAULTS.noise,
      hidden: DEFAULTS.hidden,
      // The race's usual winner; the lesson invites swapping in the others.
      activation: 'relu',
      optimizer: DEFAULTS.optimizer,
      batchSize: DEFAULTS.batchSize,
      epochs: DEFAULTS.epochs,
      seed: DEFAULTS.seed,
    },
  },
  run,
};
