/**
 * The activation race: the same network with different activations, trained in lockstep from the
 * same seed, hence the same initial weights and the same batches, so only the activation differs.
 */
import type { FormulaActivation } from '@actlab/core';
import { ActlabError, activation, isFormulaId } from '@actlab/core';
import { dataset } from '../datasets/registry.js';
import { TrainError } from '../errors.js';
import type { ActivationChoice } from '../request.js';
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

/** Most contenders one race takes: each is a full training run of the same network. */
export const MAX_RACE_CONTENDERS = 12;

/** The race's options: the usual ones, plus which activations race. */
export interface ActivationRaceOptions extends ExperimentOptions {
  /**
   * The contenders, in order: catalog ids, custom `formula:` ids, or either with parameters
   * (`{ id: 'formula: x * sigmoid(beta * x); beta = 1', params: { beta: 2 } }`). Default: the
   * eight of `defaults.activations`.
   */
  readonly activations?: readonly ActivationChoice[];
}

/** One contender, checked: its id and parameters as the network takes them, and its label. */
interface Contender {
  readonly id: string;
  readonly params?: Readonly<Record<string, number>>;
  /** How measurements and curves name it: the catalog id or the formula, with non-default params. */
  readonly label: string;
}

/**
 * The contender `choice` names, or INVALID_CONFIG at `activations[i]` with core's message when it
 * names nothing usable (an unknown id, a formula that does not parse, a parameter out of range).
 * A formula is labelled by its normalized expression: `formula: x*tanh(softplus(x))` reports as
 * `x * tanh(softplus(x))`.
 */
function contender(choice: ActivationChoice, i: number): Contender {
  const path = `activations[${i}]`;
  const id = typeof choice === 'string' ? choice : choice.id;
  const params = typeof choice === 'string' ? undefined : choice.params;
  let act: ReturnType<typeof activation>;
  try {
    act = activation(id, params);
  } catch (error) {
    if (error instanceof ActlabError) {
      throw new TrainError('INVALID_CONFIG', `${path}: ${error.message}`, path);
    }
    throw error;
  }
  if (act.kind !== 'scalar') {
    throw new TrainError(
      'INVALID_CONFIG',
      `${path}: ${id} acts on a whole vector; a race compares element-wise activations`,
      path,
    );
  }
  // A formula shows its expression with every parameter's value (its declarations can be long);
  // a catalog id shows the values given.
  const formula = isFormulaId(act.id) ? (act as FormulaActivation) : undefined;
  const name = formula ? formula.definition.expression : act.id;
  const shown = Object.entries(formula ? act.params : (params ?? {}));
  const label =
    shown.length === 0 ? name : `${name} (${shown.map(([k, v]) => `${k} = ${v}`).join(', ')})`;
  return { id: act.id, ...(params ? { params } : {}), label };
}

/** The checked contenders, each label once (a repeat gets ` #2`, ` #3`, ...). */
function contenders(choices: readonly ActivationChoice[]): Contender[] {
  if (choices.length === 0 || choices.length > MAX_RACE_CONTENDERS) {
    throw new TrainError(
      'INVALID_CONFIG',
      `a race takes 1 to ${MAX_RACE_CONTENDERS} activations, got ${choices.length}`,
      'activations',
    );
  }
  const seen = new Map<string, number>();
  return choices.map((choice, i) => {
    const c = contender(choice, i);
    const count = (seen.get(c.label) ?? 0) + 1;
    seen.set(c.label, count);
    return count === 1 ? c : { ...c, label: `${c.label} #${count}` };
  });
}

/** Runs the race over `options.activations` (default the eight of the lesson). */
export async function runActivationRace(
  options: ActivationRaceOptions = {},
): Promise<ExperimentOutcome> {
  const seed = options.seed ?? DEFAULTS.seed;
  // Checked before any training, so a bad formula fails at once rather than after seven runs.
  const racers = contenders(options.activations ?? DEFAULTS.activations);
  const data = dataset(DEFAULTS.dataset, { points: DEFAULTS.points, noise: DEFAULTS.noise, seed });
  const measurements: Record<string, number> = {};
  const series: Series[] = [];
  for (const { id, params, label: act } of racers) {
    const result = await fit(
      {
        layers: [
          ...DEFAULTS.hidden.map((units) => ({
            units,
            activation: id,
            ...(params ? { params } : {}),
          })),
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
  const ranking = racers
    .map((r) => r.label)
    .sort(
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
  // Method parameters are bivariant: the registry passes plain ExperimentOptions, callers that
  // know this experiment may add `activations`.
  run: runActivationRace,
};
