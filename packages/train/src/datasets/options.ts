/**
 * Dataset metadata and options as data: each option a dataset takes is described once (name,
 * default, range), so the same description validates input here and tells the API and the UIs
 * what to offer.
 */
import { TrainError } from '../errors.js';
import type { Task } from './dataset.js';

/** What a dataset is and what it takes, as serializable data (for `GET /v1/datasets`). */
export interface DatasetInfo {
  /** Name as passed to `dataset(name)` (or `digits`, loaded by `loadDigits`). */
  readonly name: string;
  /** Display title in plain language, as the apps list it (e.g. `Two moons`, `Iris, setosa or not`). */
  readonly title: string;
  /** What the targets mean. */
  readonly task: Task;
  /** What the data looks like, in one plain sentence. */
  readonly description: string;
  /** Values per input row with the default options. */
  readonly inputSize: number;
  /** Width of the network's output: 1 for binary and regression, the class count for multiclass. */
  readonly outputSize: number;
  /** The options it takes, in the order a form would show them. */
  readonly options: readonly DatasetOptionInfo[];
  /**
   * True when the inputs are raw measurements, each on its own scale (iris, in centimetres), so a
   * run standardizes them by default; the generated sets and the digits' pixels already share one
   * scale.
   */
  readonly standardize: boolean;
}

/** One option a dataset takes, as serializable data. */
export interface DatasetOptionInfo {
  /** Key in the options object, e.g. `points`. */
  readonly name: string;
  /** What the option controls, in one plain sentence. */
  readonly description: string;
  /** Value used when the option is left out. */
  readonly default: number;
  /** Smallest accepted value (inclusive). */
  readonly min: number;
  /** Largest accepted value (inclusive). */
  readonly max: number;
  /** True when only whole numbers are accepted. */
  readonly integer: boolean;
  /** The only accepted values, when not every number in [min, max] is (iris takes 2 or 4 features). */
  readonly values?: readonly number[];
}

/** Options of every generated (synthetic and regression) dataset. */
export interface GeneratorOptions {
  /** Number of rows, an integer in [MIN_POINTS, MAX_POINTS]. */
  readonly points: number;
  /** Noise level in [0, 1]; 0 gives clean data. What it perturbs is documented per dataset. */
  readonly noise: number;
  /** Seed of the random stream, an integer in [0, 2^32 - 1]; the same seed gives the same bytes. */
  readonly seed: number;
}

/** Fewest rows a generator makes: enough for two of each class in a binary set. */
const MIN_POINTS = 4;

/** Most rows a generator makes: plenty for a 2-D picture, still quick to train on two cores. */
const MAX_POINTS = 100_000;

/** Largest seed: seeds are 32-bit, and rejecting larger ones avoids two seeds giving one stream. */
export const MAX_SEED = 0xffffffff;

/** The `points` option with a dataset's default. */
function pointsOption(defaultPoints: number): DatasetOptionInfo {
  return {
    name: 'points',
    description: 'Number of rows to generate.',
    default: defaultPoints,
    min: MIN_POINTS,
    max: MAX_POINTS,
    integer: true,
  };
}

/** The `noise` option: a fraction, 0 for clean data. */
const NOISE_OPTION: DatasetOptionInfo = {
  name: 'noise',
  description: 'Noise level from 0 (clean) to 1 (very noisy).',
  default: 0,
  min: 0,
  max: 1,
  integer: false,
};

/** The `seed` option: the same seed gives the same data on every machine. */
export const SEED_OPTION: DatasetOptionInfo = {
  name: 'seed',
  description: 'Seed of the random generator; the same seed gives the same data.',
  default: 1,
  min: 0,
  max: MAX_SEED,
  integer: true,
};

/** The options every generated dataset takes, with its default row count. */
export function generatorOptions(defaultPoints: number): readonly DatasetOptionInfo[] {
  return [pointsOption(defaultPoints), NOISE_OPTION, SEED_OPTION];
}

/** The accepted values in words, e.g. `an integer in [4, 100000]` or `2 or 4`. */
function describeRange(spec: DatasetOptionInfo): string {
  if (spec.values) return `one of ${spec.values.join(', ')}`;
  return `${spec.integer ? 'an integer' : 'a number'} in [${spec.min}, ${spec.max}]`;
}

/** `value` when it satisfies `spec`; otherwise INVALID_DATASET naming the option and its range. */
function checkOption(dataset: string, spec: DatasetOptionInfo, value: unknown): number {
  const ok =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    value >= spec.min &&
    value <= spec.max &&
    (!spec.integer || Number.isInteger(value)) &&
    (spec.values === undefined || spec.values.includes(value));
  if (ok) return value;
  const shown = typeof value === 'number' ? String(value) : JSON.stringify(value);
  throw new TrainError(
    'INVALID_DATASET',
    `${dataset}: option ${spec.name} must be ${describeRange(spec)}, got ${shown}`,
    spec.name,
  );
}

/** Checks the three generator options of `dataset` (the generators are public, so they check too). */
export function checkGeneratorOptions(
  dataset: string,
  options: GeneratorOptions,
): GeneratorOptions {
  if (options === null || typeof options !== 'object') {
    throw new TrainError('INVALID_DATASET', `${dataset}: options must be an object`);
  }
  return {
    // Only the range of the points option matters here; its default is the registry's business.
    points: checkOption(dataset, pointsOption(MIN_POINTS), options.points),
    noise: checkOption(dataset, NOISE_OPTION, options.noise),
    seed: checkOption(dataset, SEED_OPTION, options.seed),
  };
}

/**
 * Validates `given` against `specs` and fills in defaults. Unknown keys are rejected rather than
 * ignored, so a typo (`point: 50`) fails loudly instead of silently giving the default.
 */
export function completeOptions(
  dataset: string,
  specs: readonly DatasetOptionInfo[],
  given: unknown,
): Record<string, number> {
  if (
    given !== undefined &&
    (given === null || typeof given !== 'object' || Array.isArray(given))
  ) {
    throw new TrainError('INVALID_DATASET', `${dataset}: options must be an object of numbers`);
  }
  const supplied = (given ?? {}) as Record<string, unknown>;
  const known = specs.map((s) => s.name);
  for (const key of Object.keys(supplied)) {
    if (!known.includes(key)) {
      const list = known.length === 0 ? 'it takes none' : `its options are ${known.join(', ')}`;
      throw new TrainError('INVALID_DATASET', `${dataset} has no option "${key}": ${list}`, key);
    }
  }
  const out: Record<string, number> = {};
  for (const spec of specs) {
    out[spec.name] = checkOption(dataset, spec, supplied[spec.name] ?? spec.default);
  }
  return out;
}
