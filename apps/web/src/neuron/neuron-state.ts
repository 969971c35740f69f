/**
 * The neuron page's state and its URL form: `x=1,0.5,-1&w=0.6,0.4,0.2&b=-0.1&fn=binary_step`, with
 * the activation's own parameters as `p.<name>` (squareplus has a parameter called `b`, which would
 * otherwise clash with the bias). Reading never throws: a stale or hand-edited link falls back to
 * the defaults and says which part it could not use.
 */
import type { Params, ScalarId } from '@actlab/core';
import { SCALAR_IDS, activation, activationInfo, isActlabError } from '@actlab/core';
import { choiceParam, formatParam, numberListParam, numberParam } from '../lib/query.js';
import type { QueryPatch } from '../lib/url-state.js';

/** Fewest inputs the neuron can have. */
export const MIN_INPUTS = 1;
/** Most inputs the neuron can have (more would crowd the diagram on a phone). */
export const MAX_INPUTS = 5;

/**
 * Ranges of each input x_i: the slider's span, and the wider range a typed value may take, so the
 * course's own numbers (an input of 5, a ReLU threshold T = 10 that z must pass) are never refused.
 */
export const INPUT_RANGE = {
  sliderMin: -5,
  sliderMax: 5,
  min: -1000,
  max: 1000,
  step: 0.1,
} as const;
/** Ranges of each weight w_i (the slider's end is also the weight drawn with the thickest line). */
export const WEIGHT_RANGE = {
  sliderMin: -3,
  sliderMax: 3,
  min: -100,
  max: 100,
  step: 0.1,
} as const;
/** Ranges of the bias b. */
export const BIAS_RANGE = {
  sliderMin: -5,
  sliderMax: 5,
  min: -1000,
  max: 1000,
  step: 0.1,
} as const;

/**
 * The course opens with a step neuron: the activation decides whether the neuron fires, and the
 * binary step with its threshold is the first one it names. These defaults make it fire (z = 0.5).
 */
const DEFAULT_INPUTS: readonly number[] = [1, 0.5, -1];
/** Default weights, one per default input. */
const DEFAULT_WEIGHTS: readonly number[] = [0.6, 0.4, 0.2];
/** Default bias. */
const DEFAULT_BIAS = -0.1;
/** Default activation: the binary step of the course's opening picture. */
const DEFAULT_FN: ScalarId = 'binary_step';

/** Everything the neuron page shows, read from the URL. */
export interface NeuronState {
  /** Inputs x_i. */
  readonly inputs: readonly number[];
  /** Weights w_i, one per input. */
  readonly weights: readonly number[];
  /** Bias b. */
  readonly bias: number;
  /** The activation applied to z. */
  readonly fn: ScalarId;
  /** The activation's parameters, every one filled in and accepted by core. */
  readonly params: Params;
  /** What the URL held that could not be used (shown to the user), empty when all was fine. */
  readonly problems: readonly string[];
}

/** The URL key of an activation parameter. */
export function paramKey(name: string): string {
  return `p.${name}`;
}

function inRange(xs: readonly number[], range: { min: number; max: number }): boolean {
  return xs.every((x) => x >= range.min && x <= range.max);
}

/** The state in `query`, with defaults for whatever is missing or unusable. */
export function readNeuronState(query: URLSearchParams): NeuronState {
  const problems: string[] = [];
  let inputs = numberListParam(query.get('x'), DEFAULT_INPUTS);
  let weights = numberListParam(query.get('w'), DEFAULT_WEIGHTS);
  const countOk = (n: number) => n >= MIN_INPUTS && n <= MAX_INPUTS;
  if (
    inputs.length !== weights.length ||
    !countOk(inputs.length) ||
    !inRange(inputs, INPUT_RANGE) ||
    !inRange(weights, WEIGHT_RANGE)
  ) {
    if (query.has('x') || query.has('w')) {
      problems.push(
        `the link's inputs and weights were not ${MIN_INPUTS} to ${MAX_INPUTS} matching numbers in range, so the defaults are shown`,
      );
    }
    inputs = [...DEFAULT_INPUTS];
    weights = [...DEFAULT_WEIGHTS];
  }
  let bias = numberParam(query.get('b'), DEFAULT_BIAS);
  if (bias < BIAS_RANGE.min || bias > BIAS_RANGE.max) {
    problems.push(`the bias must be between ${BIAS_RANGE.min} and ${BIAS_RANGE.max}`);
    bias = DEFAULT_BIAS;
  }
  const fnText = query.get('fn');
  const fn = choiceParam(fnText, SCALAR_IDS, DEFAULT_FN);
  if (fnText !== null && fnText !== fn) problems.push(`there is no activation "${fnText}"`);
  return { inputs, weights, bias, fn, params: readParams(query, fn, problems), problems };
}

/** The activation's parameters from `p.<name>` keys, falling back to the defaults as a set. */
function readParams(query: URLSearchParams, fn: ScalarId, problems: string[]): Params {
  const given: Record<string, number> = {};
  for (const spec of activationInfo(fn).params) {
    given[spec.name] = numberParam(query.get(paramKey(spec.name)), spec.default);
  }
  try {
    return activation(fn, given).params;
  } catch (error) {
    if (!isActlabError(error)) throw error;
    problems.push(error.message);
    return activation(fn).params;
  }
}

/** A copy of `xs` with item `i` set to `value`. */
export function replaced(xs: readonly number[], i: number, value: number): number[] {
  return xs.map((x, j) => (j === i ? value : x));
}

/** The URL patch that stores `inputs` and `weights` (always written together: they pair up). */
export function vectorsPatch(inputs: readonly number[], weights: readonly number[]): QueryPatch {
  return { x: inputs.map(formatParam).join(','), w: weights.map(formatParam).join(',') };
}

/** The URL patch that switches to `fn`, dropping the previous activation's parameters. */
export function activationPatch(previous: ScalarId, fn: ScalarId): QueryPatch {
  const patch: Record<string, string | null> = { fn };
  for (const spec of activationInfo(previous).params) patch[paramKey(spec.name)] = null;
  return patch;
}
