/**
 * The backprop page's state and its URL form:
 * `x=1,0.5&t=1&h=&act=sigmoid&w=0.5,-0.3,0.1&lr=0.5&loss=mse&step=3&cmp=1`.
 * `h` lists the hidden layers' sizes (empty: a single neuron), `t` holds one target per output
 * unit, `act` one activation per layer (one id applies to every layer), and `w` every layer's
 * weights flat: unit by unit, each unit's weights in input order followed by its bias. Reading
 * never throws: a stale or hand-edited link falls back to the defaults and says what it could not
 * use.
 */
import type { ScalarId } from '@actlab/core';
import { SCALAR_IDS, activation, isFormulaId } from '@actlab/core';
import type { LossId, ModelJson } from '@actlab/train';
import { MODEL_FORMAT } from '@actlab/train';
import { choiceParam, formatParam, listParam, numberListParam, numberParam } from '../lib/query.js';
import { splitActivationList } from '../playground/formula-choice.js';
import type { QueryPatch } from '../lib/url-state.js';

/** Most inputs of the example (more would crowd the diagram). */
export const MAX_INPUTS = 4;
/** Most layers, hidden and output together (the trace's limit). */
const MAX_LAYERS = 4;
/** Most units in one layer (the trace's limit). */
const MAX_UNITS = 6;
/** Most output units. */
export const MAX_OUTPUTS = 3;
/** Largest learning rate the page accepts. */
export const MAX_LEARNING_RATE = 10;

/** The losses offered: cross-entropy needs class indices, which a stepper of one example lacks. */
export const STEPPER_LOSSES = ['mse', 'binary_cross_entropy'] as const satisfies readonly LossId[];

/** A loss the page offers. */
export type StepperLoss = (typeof STEPPER_LOSSES)[number];

/**
 * The course's setting: one sigmoid neuron with two inputs, learning toward target 1. The weights
 * make z = 0.45 positive, where ReLU's slope (1) is about four times sigmoid's (0.24).
 */
const DEFAULT_INPUTS: readonly number[] = [1, 0.5];
/** Default targets, one per output unit. */
const DEFAULT_TARGETS: readonly number[] = [1];
/** Default weights of the default neuron: w₁, w₂, b. */
const DEFAULT_WEIGHTS: readonly number[] = [0.5, -0.3, 0.1];
/** Default activation of every layer. */
const DEFAULT_ACTIVATION: ScalarId = 'sigmoid';
/** Default learning rate. */
const DEFAULT_LEARNING_RATE = 0.5;

/** Everything the backprop page shows, read from the URL. */
export interface BackpropState {
  /** The example's inputs x_i. */
  readonly inputs: readonly number[];
  /** The example's targets, one per output unit. */
  readonly targets: readonly number[];
  /** Sizes of the hidden layers, input side first (empty for a single layer). */
  readonly hidden: readonly number[];
  /** One activation per layer, hidden layers first: scalar catalog ids or `formula:` ids. */
  readonly activations: readonly string[];
  /** Every weight and bias, flat (see the module comment). */
  readonly weights: readonly number[];
  /** The learning rate η. */
  readonly learningRate: number;
  /** The loss. */
  readonly loss: StepperLoss;
  /** Index of the current step of the trace (clamped by the page to the trace's length). */
  readonly step: number;
  /** Whether the ReLU comparison is shown. */
  readonly compare: boolean;
  /** What the URL held that could not be used, empty when all was fine. */
  readonly problems: readonly string[];
}

/** Units per layer, hidden layers first and the output layer last. */
export function layerSizes(hidden: readonly number[], outputs: number): number[] {
  return [...hidden, outputs];
}

/** How many numbers `w` holds for this shape: each unit has fan-in weights and a bias. */
export function weightCount(inputSize: number, sizes: readonly number[]): number {
  let fanIn = inputSize;
  let count = 0;
  for (const units of sizes) {
    count += units * (fanIn + 1);
    fanIn = units;
  }
  return count;
}

/** Offset in `w` of unit `unit`'s first weight in layer `layer`. */
export function unitOffset(
  inputSize: number,
  sizes: readonly number[],
  layer: number,
  unit: number,
): number {
  let fanIn = inputSize;
  let offset = 0;
  for (let l = 0; l < layer; l++) {
    const units = sizes[l] ?? 0;
    offset += units * (fanIn + 1);
    fanIn = units;
  }
  return offset + unit * (fanIn + 1);
}

/** A pattern of small weights of both signs, cycled: deterministic so a shape has one default. */
const WEIGHT_PATTERN = [0.5, -0.3, 0.8, 0.2, -0.6, 0.4, -0.1, 0.7];

/** Default weights for a shape: the course's neuron when it fits, else the cycled pattern. */
export function defaultWeights(inputSize: number, sizes: readonly number[]): number[] {
  const count = weightCount(inputSize, sizes);
  if (count === DEFAULT_WEIGHTS.length && sizes.length === 1) return [...DEFAULT_WEIGHTS];
  return Array.from({ length: count }, (_, i) => WEIGHT_PATTERN[i % WEIGHT_PATTERN.length] ?? 0);
}

function shapeProblem(inputs: readonly number[], targets: readonly number[], hidden: number[]) {
  if (inputs.length < 1 || inputs.length > MAX_INPUTS) return `1 to ${MAX_INPUTS} inputs`;
  if (targets.length < 1 || targets.length > MAX_OUTPUTS) return `1 to ${MAX_OUTPUTS} targets`;
  if (hidden.length > MAX_LAYERS - 1) return `at most ${MAX_LAYERS - 1} hidden layers`;
  if (hidden.some((n) => !Number.isInteger(n) || n < 1 || n > MAX_UNITS)) {
    return `hidden layers of 1 to ${MAX_UNITS} units`;
  }
  return undefined;
}

/** The state in `query`, with defaults for whatever is missing or unusable. */
export function readBackpropState(query: URLSearchParams): BackpropState {
  const problems: string[] = [];
  let inputs = numberListParam(query.get('x'), DEFAULT_INPUTS);
  let targets = numberListParam(query.get('t'), DEFAULT_TARGETS);
  let hidden = listParam(query.get('h')).map(Number);
  const shape = shapeProblem(inputs, targets, hidden);
  if (shape) {
    problems.push(`the link's network must have ${shape}, so the course's neuron is shown`);
    inputs = [...DEFAULT_INPUTS];
    targets = [...DEFAULT_TARGETS];
    hidden = [];
  }
  const sizes = layerSizes(hidden, targets.length);
  const activations = readActivations(query.get('act'), sizes.length, problems);
  let weights = numberListParam(query.get('w'), []);
  if (weights.length !== weightCount(inputs.length, sizes)) {
    if (query.has('w')) {
      problems.push(
        `the link's weights were not ${weightCount(inputs.length, sizes)} numbers, so defaults are shown`,
      );
    }
    weights = defaultWeights(inputs.length, sizes);
  }
  let learningRate = numberParam(query.get('lr'), DEFAULT_LEARNING_RATE);
  if (!(learningRate > 0 && learningRate <= MAX_LEARNING_RATE)) {
    problems.push(`the learning rate must be above 0 and at most ${MAX_LEARNING_RATE}`);
    learningRate = DEFAULT_LEARNING_RATE;
  }
  const lossText = query.get('loss');
  const loss = choiceParam(lossText, STEPPER_LOSSES, 'mse');
  if (lossText !== null && lossText !== loss) problems.push(`there is no loss "${lossText}" here`);
  const stepValue = numberParam(query.get('step'), 0);
  const step = Number.isInteger(stepValue) && stepValue >= 0 ? stepValue : 0;
  const compare = query.get('cmp') === '1';
  return {
    inputs,
    targets,
    hidden,
    activations,
    weights,
    learningRate,
    loss,
    step,
    compare,
    problems,
  };
}

/**
 * A layer's activation id from the link: a scalar catalog id, or a `formula:` id core can build;
 * undefined (with a problem said) otherwise.
 */
function layerActivation(id: string, problems: string[]): string | undefined {
  if (isFormulaId(id)) {
    try {
      activation(id);
      return id;
    } catch (error) {
      problems.push(`the link's formula could not be used: ${errorText(error)}`);
      return undefined;
    }
  }
  const known = choiceParam(id, SCALAR_IDS, DEFAULT_ACTIVATION);
  if (known !== id) problems.push(`there is no activation "${id}"`);
  return known;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function readActivations(text: string | null, layers: number, problems: string[]): string[] {
  // Formulas hold commas of their own (min(x, 0)): split only outside brackets.
  const given = splitActivationList(text);
  const ids = given.length === 1 ? Array.from({ length: layers }, () => given[0] ?? '') : given;
  if (given.length === 0) return Array.from({ length: layers }, () => DEFAULT_ACTIVATION);
  if (ids.length !== layers) {
    problems.push(`the link named ${given.length} activations for ${layers} layers`);
    return Array.from({ length: layers }, () => DEFAULT_ACTIVATION);
  }
  return ids.map((id) => layerActivation(id, problems) ?? DEFAULT_ACTIVATION);
}

/** The state's network as a model in train's JSON format (default activation parameters). */
export function stateModel(state: BackpropState): ModelJson {
  const sizes = layerSizes(state.hidden, state.targets.length);
  let fanIn = state.inputs.length;
  const layers = sizes.map((units, l) => {
    const id = state.activations[l] ?? DEFAULT_ACTIVATION;
    const rows = Array.from({ length: units }, (_, j) => {
      const at = unitOffset(state.inputs.length, sizes, l, j);
      return state.weights.slice(at, at + fanIn + 1);
    });
    fanIn = units;
    return {
      activation: id,
      params: { ...activation(id).params },
      weights: rows.map((row) => row.slice(0, -1)),
      biases: rows.map((row) => row[row.length - 1] ?? 0),
    };
  });
  return { format: MODEL_FORMAT, inputSize: state.inputs.length, layers };
}

/** The step index clamped to a trace of `count` steps. */
export function clampStep(step: number, count: number): number {
  return Math.max(0, Math.min(count - 1, step));
}

/** The URL patch that moves to step `step`. */
export function stepPatch(step: number): QueryPatch {
  return { step: String(step) };
}

/** A list for the URL. */
function list(xs: readonly number[]): string {
  return xs.map(formatParam).join(',');
}

/** The URL patch that stores every weight. */
export function weightsPatch(weights: readonly number[]): QueryPatch {
  return { w: list(weights) };
}

/** The URL patch that stores the example (same shape). */
export function examplePatch(inputs: readonly number[], targets: readonly number[]): QueryPatch {
  return { x: list(inputs), t: list(targets) };
}

/** The URL patch that stores the activations (one id when every layer shares it). */
export function activationsPatch(ids: readonly string[]): QueryPatch {
  return { act: ids.every((id) => id === ids[0]) ? (ids[0] ?? null) : ids.join(',') };
}

/**
 * The URL patch for a new shape: inputs and targets padded or cut, default weights for the shape
 * and the first step (the old trace's steps no longer fit).
 */
export function shapePatch(
  state: BackpropState,
  inputCount: number,
  hidden: readonly number[],
  outputCount: number,
): QueryPatch {
  const inputs = Array.from({ length: inputCount }, (_, i) => state.inputs[i] ?? 1);
  const targets = Array.from({ length: outputCount }, (_, i) => state.targets[i] ?? 1);
  const sizes = layerSizes(hidden, outputCount);
  const acts = sizes.map((_, l) => state.activations[l] ?? DEFAULT_ACTIVATION);
  return {
    ...examplePatch(inputs, targets),
    h: hidden.length > 0 ? hidden.join(',') : null,
    ...activationsPatch(acts),
    ...weightsPatch(defaultWeights(inputCount, sizes)),
    step: null,
  };
}

/** Hidden layer sizes typed as "3, 2" (empty for none), or a message saying what is wrong. */
export function parseHidden(text: string): { sizes: number[] } | { error: string } {
  const items = listParam(text.replace(/\s+/g, ','));
  const sizes = items.map(Number);
  if (sizes.length > MAX_LAYERS - 1) return { error: `at most ${MAX_LAYERS - 1} hidden layers` };
  if (sizes.some((n) => !Number.isInteger(n) || n < 1 || n > MAX_UNITS)) {
    return { error: `each hidden layer needs a whole number of units from 1 to ${MAX_UNITS}` };
  }
  return { sizes };
}
