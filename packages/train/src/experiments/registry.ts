/**
 * Every experiment by id, in the order of the course, with their serializable descriptions for the
 * API and the UIs.
 */
import { TrainError } from '../errors.js';
import { activationRace } from './activation-race.js';
import { decisionBoundary } from './decision-boundary.js';
import { digits } from './digits.js';
import type {
  Experiment,
  ExperimentInfo,
  ExperimentOptions,
  ExperimentOutcome,
} from './experiment.js';
import { linearCollapse } from './linear-collapse.js';
import { signalDepth } from './signal-depth.js';
import { softmaxMulticlass } from './softmax-multiclass.js';
import { stepNoGradient } from './step-no-gradient.js';
import { vanishingGradient } from './vanishing-gradient.js';

/** The experiments in the order the course teaches their lessons. */
export const EXPERIMENTS: readonly Experiment[] = [
  linearCollapse,
  stepNoGradient,
  decisionBoundary,
  vanishingGradient,
  signalDepth,
  softmaxMulticlass,
  digits,
  activationRace,
];

/** Ids of the experiments. */
export const EXPERIMENT_IDS: readonly string[] = EXPERIMENTS.map((e) => e.info.id);

/** The experiments' descriptions, as plain data. */
export const EXPERIMENT_CATALOG: readonly ExperimentInfo[] = EXPERIMENTS.map((e) => e.info);

/** The experiment with this id (UNKNOWN_EXPERIMENT, listing the ids, otherwise). */
export function experiment(id: string): Experiment {
  const found = EXPERIMENTS.find((e) => e.info.id === id);
  if (!found) {
    throw new TrainError(
      'UNKNOWN_EXPERIMENT',
      `unknown experiment "${id}"; the experiments are ${EXPERIMENT_IDS.join(', ')}`,
      'experiment',
    );
  }
  return found;
}

/** Runs the experiment with this id. */
export function runExperiment(id: string, options?: ExperimentOptions): Promise<ExperimentOutcome> {
  return experiment(id).run(options);
}
