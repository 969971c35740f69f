/**
 * The activation race lesson's own contender: a typed formula kept in the URL (`formula=<text>`)
 * that runs as one more racer beside the experiment's eight.
 */
import type { ExperimentInfo } from '@actlab/train';
import { formulaIdOf, formulaProblem } from '../playground/formula-choice.js';

/** Id of the lesson that takes a contender of the learner's own. */
export const RACE_ID = 'activation-race';

/** The URL key of the learner's formula. */
export const CONTENDER_KEY = 'formula';

/** The experiment's own contenders, from its defaults (catalog ids). */
function defaultContenders(info: ExperimentInfo): readonly string[] {
  const list = info.defaults.activations;
  return Array.isArray(list) ? list.filter((a): a is string => typeof a === 'string') : [];
}

/** The `formula:` id of the learner's text, or undefined when there is none or it does not parse. */
export function contenderId(text: string | null): string | undefined {
  if (text === null || formulaProblem(text) !== null) return undefined;
  return formulaIdOf(text);
}

/**
 * Who races: the experiment's contenders and the learner's formula last, or undefined (the
 * experiment's own list) when there is no formula of the learner's.
 */
export function raceContenders(
  info: ExperimentInfo,
  text: string | null,
): readonly string[] | undefined {
  const own = contenderId(text);
  return own ? [...defaultContenders(info), own] : undefined;
}
