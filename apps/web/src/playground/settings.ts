/**
 * The playground's whole configuration and its two homes: the URL query (shareable, survives a
 * reload) and the plain `RunRequest` that @actlab/train prepares. Reading is forgiving: a missing
 * or broken value falls back to its default, so a hand-edited link still opens a working page.
 */
import type { FeatureId, InitId, LossId, OptimizerId, RunRequest } from '@actlab/train';
import {
  DATASET_CATALOG,
  DEFAULT_FEATURES,
  FEATURE_IDS,
  INIT_IDS,
  LOSS_IDS,
  OPTIMIZER_IDS,
  TASK_DEFAULTS,
  isFeatureId,
} from '@actlab/train';
import { activation, varianceGain } from '@actlab/core';
import type { QueryPatch } from '../lib/url-state.js';
import { choiceParam, clampedParam, formatParam, listParam } from '../lib/query.js';
import type { LayerActivation } from './activation-choice.js';
import { formatActivation, parseActivation, toChoice } from './activation-choice.js';
import type { CustomPoint } from './custom-points.js';
import { formatPoints, parsePoints } from './custom-points.js';
import { splitActivationList } from './formula-choice.js';

/** Datasets the playground offers: every one with two inputs, which a heatmap can show. */
export const PLAYGROUND_DATASETS = DATASET_CATALOG.filter((d) => d.inputSize === 2);

/** Learning rates offered, as in TensorFlow Playground. */
export const LEARNING_RATES = [0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10];

/** Regularization rates offered, as in TensorFlow Playground. */
export const REGULARIZATION_RATES = [0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10];

/** Training speeds offered, in epochs per second (0 runs as fast as the machine allows). */
export const SPEEDS = [1, 10, 30, 60, 0];

/** Most hidden layers and units per layer, as in TensorFlow Playground. */
export const MAX_LAYERS = 6;
export const MAX_UNITS = 8;

/**
 * The `init` value of the variance-preserving gain: weights normal with std g / sqrt(fan_in),
 * g = core's `varianceGain` of the first hidden layer's activation, biases 0.
 */
export const PRESERVING_INIT = 'preserving';

/** Initializations offered: train's, and the variance-preserving gain for the activation. */
const PLAYGROUND_INITS = [...INIT_IDS, PRESERVING_INIT] as const;

/** One initialization choice of the playground. */
type PlaygroundInit = InitId | typeof PRESERVING_INIT;

/** Regularization kinds. */
export const REGULARIZATIONS = ['none', 'l1', 'l2'] as const;

/** Everything the page shows and trains with. */
export interface PlaygroundSettings {
  /** Dataset name (one of PLAYGROUND_DATASETS). */
  readonly dataset: string;
  /** Noise level in [0, 1] (generated sets only). */
  readonly noise: number;
  /** Rows to generate (generated sets only). */
  readonly points: number;
  /** Input features the network sees, in `FEATURE_IDS` order (x1 and x2 by default). */
  readonly inputs: readonly FeatureId[];
  /** Share of the rows used for training, in percent. */
  readonly trainPercent: number;
  /** Examples per step. */
  readonly batchSize: number;
  readonly learningRate: number;
  readonly regularization: (typeof REGULARIZATIONS)[number];
  readonly regularizationRate: number;
  /** Units per hidden layer, input side first. */
  readonly hidden: readonly number[];
  /** One activation per hidden layer (catalog ids or typed `formula:` ids). */
  readonly activations: readonly LayerActivation[];
  /** Output activation, or undefined for the dataset's default. */
  readonly output?: LayerActivation;
  /** Loss, or undefined for the dataset's default. */
  readonly loss?: LossId;
  readonly optimizer: OptimizerId;
  readonly init: PlaygroundInit;
  /** Seed of the data, the split, the initial weights and the batch order. */
  readonly seed: number;
  /** Epochs per second while playing; 0 for as fast as possible. */
  readonly speed: number;
  /** Draw the test points on the heatmap too. */
  readonly showTest: boolean;
  /** Colour the heatmap by predicted class only. */
  readonly discrete: boolean;
  /** Points added by clicking on the heatmap (training rows, in the heatmap's coordinates). */
  readonly custom: readonly CustomPoint[];
}

/** TensorFlow Playground's opening problem: circle, 2 hidden tanh layers of 4 and 2 units. */
export const DEFAULT_SETTINGS: PlaygroundSettings = {
  dataset: 'circle',
  noise: 0,
  points: 500,
  inputs: DEFAULT_FEATURES,
  trainPercent: 50,
  batchSize: 10,
  learningRate: 0.03,
  regularization: 'none',
  regularizationRate: 0,
  hidden: [4, 2],
  activations: [
    { id: 'tanh', params: {} },
    { id: 'tanh', params: {} },
  ],
  optimizer: 'sgd',
  init: 'xavier',
  seed: 1,
  speed: 30,
  showTest: false,
  discrete: false,
  custom: [],
};

const DATASET_NAMES = PLAYGROUND_DATASETS.map((d) => d.name);

/** Hidden sizes from `4,2` (each clamped to 1..MAX_UNITS, at most MAX_LAYERS; empty is allowed). */
function parseHidden(value: string | null): number[] {
  if (value === null) return [...DEFAULT_SETTINGS.hidden];
  if (value === '' || value === '0') return [];
  const sizes = value.split(',').map(Number);
  if (!sizes.every((n) => Number.isInteger(n))) return [...DEFAULT_SETTINGS.hidden];
  return sizes.slice(0, MAX_LAYERS).map((n) => Math.min(MAX_UNITS, Math.max(1, n)));
}

/**
 * Features from `x1,x1sq`: unknown ids and repeats dropped, put in `FEATURE_IDS` order so one set
 * has one link; none left gives the default.
 */
export function parseInputs(value: string | null): readonly FeatureId[] {
  const chosen = new Set(listParam(value).filter(isFeatureId));
  const inputs = FEATURE_IDS.filter((id) => chosen.has(id));
  return inputs.length === 0 ? DEFAULT_SETTINGS.inputs : inputs;
}

/** The `inputs` value, or null for the default (x1, x2). */
export function formatInputs(inputs: readonly FeatureId[]): string | null {
  const text = inputs.join(',');
  return text === DEFAULT_SETTINGS.inputs.join(',') ? null : text;
}

/** True when the settings feed the network the raw coordinates (x1, x2) only. */
function usesRawInputs(s: PlaygroundSettings): boolean {
  return formatInputs(s.inputs) === null;
}

/** The settings a query describes, defaults filling every gap. */
export function settingsFromQuery(query: URLSearchParams): PlaygroundSettings {
  const d = DEFAULT_SETTINGS;
  const hidden = parseHidden(query.get('hidden'));
  // A formula's own commas sit inside brackets, so the list splits only at the others.
  const acts = splitActivationList(query.get('act')).map(parseActivation);
  const lastAct = acts[acts.length - 1] ?? d.activations[0];
  // A shorter act list repeats its last entry, so `act=relu` sets every hidden layer.
  const activations = hidden.map(
    (_, i) => acts[i] ?? lastAct ?? { id: 'tanh', params: {} },
  ) as LayerActivation[];
  const output = query.get('out') === null ? undefined : parseActivation(query.get('out') ?? '');
  const loss = query.get('loss');
  return {
    dataset: choiceParam(query.get('dataset'), DATASET_NAMES, d.dataset),
    noise: clampedParam(query.get('noise'), d.noise, 0, 1),
    points: Math.round(clampedParam(query.get('points'), d.points, 50, 2000)),
    inputs: parseInputs(query.get('inputs')),
    trainPercent: Math.round(clampedParam(query.get('ratio'), d.trainPercent, 10, 90)),
    batchSize: Math.round(clampedParam(query.get('batch'), d.batchSize, 1, 100)),
    learningRate: clampedParam(query.get('lr'), d.learningRate, 1e-6, 100),
    regularization: choiceParam(query.get('reg'), REGULARIZATIONS, d.regularization),
    regularizationRate: clampedParam(query.get('regRate'), d.regularizationRate, 0, 100),
    hidden,
    activations,
    ...(output ? { output } : {}),
    ...(loss !== null && (LOSS_IDS as readonly string[]).includes(loss)
      ? { loss: loss as LossId }
      : {}),
    optimizer: choiceParam(query.get('opt'), OPTIMIZER_IDS, d.optimizer),
    init: choiceParam(query.get('init'), PLAYGROUND_INITS, d.init),
    seed: Math.round(clampedParam(query.get('seed'), d.seed, 0, 0xffffffff)),
    speed: Number(choiceParam(query.get('speed'), SPEEDS.map(String), String(d.speed))),
    showTest: query.get('test') === '1',
    discrete: query.get('discrete') === '1',
    custom: parsePoints(query.get('pts')),
  };
}

/** The query keys of a settings object; a value equal to the default is removed from the URL. */
export function settingsToQuery(s: PlaygroundSettings): QueryPatch {
  const d = DEFAULT_SETTINGS;
  const value = (x: number, fallback: number) => (x === fallback ? null : formatParam(x));
  const acts = s.activations.map(formatActivation).join(',');
  return {
    dataset: s.dataset === d.dataset ? null : s.dataset,
    noise: value(s.noise, d.noise),
    points: value(s.points, d.points),
    inputs: formatInputs(s.inputs),
    ratio: value(s.trainPercent, d.trainPercent),
    batch: value(s.batchSize, d.batchSize),
    lr: value(s.learningRate, d.learningRate),
    reg: s.regularization === d.regularization ? null : s.regularization,
    regRate: value(s.regularizationRate, d.regularizationRate),
    hidden: s.hidden.join(',') === d.hidden.join(',') ? null : s.hidden.join(',') || '0',
    act: acts === d.activations.map(formatActivation).join(',') ? null : acts,
    out: s.output ? formatActivation(s.output) : null,
    loss: s.loss ?? null,
    opt: s.optimizer === d.optimizer ? null : s.optimizer,
    init: s.init === d.init ? null : s.init,
    seed: value(s.seed, d.seed),
    speed: value(s.speed, d.speed),
    test: s.showTest ? '1' : null,
    discrete: s.discrete ? '1' : null,
    pts: s.custom.length === 0 ? null : formatPoints(s.custom),
  };
}

/** The dataset's task defaults: output activation and loss. */
export function taskDefaults(dataset: string): { readonly output: string; readonly loss: LossId } {
  const info = PLAYGROUND_DATASETS.find((d) => d.name === dataset) ?? PLAYGROUND_DATASETS[0];
  return TASK_DEFAULTS[info?.task ?? 'binary'];
}

/** True when the dataset's targets are real values (a regression surface), not classes. */
export function isRegression(dataset: string): boolean {
  return PLAYGROUND_DATASETS.find((d) => d.name === dataset)?.task === 'regression';
}

/** True when the dataset is generated (takes points and noise); iris is measured. */
export function isGenerated(dataset: string): boolean {
  const info = PLAYGROUND_DATASETS.find((d) => d.name === dataset);
  return info?.options.some((o) => o.name === 'noise') ?? false;
}

/**
 * The variance-preserving gain g = 1 / sqrt(E[f(z)^2]) of the first hidden layer's activation
 * (the output layer's when there is no hidden layer), or undefined when that activation has none
 * (a vector activation, or a formula core cannot build).
 */
export function preservingGain(s: PlaygroundSettings): number | undefined {
  const choice = s.activations[0] ?? s.output;
  const id = choice?.id ?? taskDefaults(s.dataset).output;
  try {
    const act = activation(id, choice?.params ?? {});
    if (act.kind !== 'scalar') return undefined;
    const gain = varianceGain(act);
    return Number.isFinite(gain) && gain > 0 ? gain : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The request's initialization: the id, or for the variance-preserving gain `initGain` (train
 * then draws normal weights with std gain / sqrt(fan_in) and zero biases); Xavier when the
 * activation has no such gain.
 */
function initOf(s: PlaygroundSettings): Pick<RunRequest, 'init' | 'initGain'> {
  if (s.init !== PRESERVING_INIT) return { init: s.init };
  const gain = preservingGain(s);
  return gain === undefined ? { init: 'xavier' } : { initGain: gain };
}

/** The plain request @actlab/train prepares (custom points are added to its training rows apart). */
export function runRequestOf(s: PlaygroundSettings): RunRequest {
  const generated = isGenerated(s.dataset);
  return {
    dataset: s.dataset,
    ...(generated ? { points: s.points, noise: s.noise } : {}),
    // Left out for x1, x2 so the default run is exactly the request every other front end sends.
    ...(usesRawInputs(s) ? {} : { inputs: s.inputs }),
    testFraction: 1 - s.trainPercent / 100,
    hidden: s.hidden,
    activation: s.activations.map(toChoice),
    ...(s.output ? { output: toChoice(s.output) } : {}),
    ...(s.loss ? { loss: s.loss } : {}),
    optimizer: { type: s.optimizer, learningRate: s.learningRate },
    regularization: { type: s.regularization, rate: s.regularizationRate },
    ...initOf(s),
    batchSize: s.batchSize,
    epochs: 1,
    seed: s.seed,
  };
}

/** `s` as the URL will give it back (rounded points, defaults dropped), for comparing runs. */
export function normalizeSettings(s: PlaygroundSettings): PlaygroundSettings {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(settingsToQuery(s))) {
    if (value !== null && value !== undefined) query.set(key, value);
  }
  return settingsFromQuery(query);
}
