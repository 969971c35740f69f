/**
 * The synchronous datasets by name: their metadata as serializable data (for `GET /v1/datasets`)
 * and `dataset(name, options)`, the one way to build one by name. Digits load asynchronously and
 * are listed apart, in `DIGITS_INFO`.
 */
import { closestNames as closestByEditDistance, quoteInput } from '@actlab/core';
import { TrainError } from '../errors.js';
import type { Dataset } from './dataset.js';
import { iris, irisBinary, IRIS_FEATURES_OPTION } from './iris.js';
import type { IrisOptions } from './iris.js';
import type { DatasetInfo, GeneratorOptions } from './options.js';
import { completeOptions, generatorOptions } from './options.js';
import { multiGauss, plane } from './planar-regression.js';
import { abs, cubic, sine, square, step } from './regression.js';
import { circle, gauss, moons, spiral, spiral3, xor } from './synthetic.js';

/**
 * Every dataset `dataset(name)` builds: the 2-D classification sets (`circle`, `xor`, `gauss`,
 * `spiral`, `moons`, the 3-class `spiral3`), the 1-D regression curves (`square`, `sine`, `abs`,
 * `step`, `cubic`), the 2-D regression surfaces (`plane`, `multi-gauss`), and iris as three species (`iris`) or setosa against the rest (`iris-binary`).
 */
export const DATASET_NAMES = [
  'circle',
  'xor',
  'gauss',
  'spiral',
  'moons',
  'spiral3',
  'square',
  'sine',
  'abs',
  'step',
  'cubic',
  'plane',
  'multi-gauss',
  'iris',
  'iris-binary',
] as const;

/** Name of a dataset that `dataset(name)` builds. */
export type DatasetName = (typeof DATASET_NAMES)[number];

/** Playground's default number of points for its classification sets. */
const CLASSIFICATION_POINTS = 500;

/** Enough points to draw a 1-D curve and see a fit bend. */
const REGRESSION_POINTS = 200;

interface Entry {
  readonly info: Omit<DatasetInfo, 'name'>;
  /** Builds from options `completeOptions` checked against `info.options`: exactly those keys. */
  readonly build: (options: Record<string, number>) => Dataset;
}

/** A 2-D classification set with `classes` classes (binary when 2). */
function planar(
  make: (options: GeneratorOptions) => Dataset,
  title: string,
  description: string,
  classes = 2,
): Entry {
  return {
    info: {
      title,
      task: classes === 2 ? 'binary' : 'multiclass',
      description,
      inputSize: 2,
      outputSize: classes === 2 ? 1 : classes,
      options: generatorOptions(CLASSIFICATION_POINTS),
      standardize: false,
    },
    build: (options) => make(options as unknown as GeneratorOptions),
  };
}

/** A 1-D regression curve. */
function curve(
  make: (options: GeneratorOptions) => Dataset,
  title: string,
  description: string,
): Entry {
  return {
    info: {
      title,
      task: 'regression',
      description,
      inputSize: 1,
      outputSize: 1,
      options: generatorOptions(REGRESSION_POINTS),
      standardize: false,
    },
    build: (options) => make(options as unknown as GeneratorOptions),
  };
}

/** A 2-D regression surface over [-6, 6]², with the classification sets' point count. */
function surface(
  make: (options: GeneratorOptions) => Dataset,
  title: string,
  description: string,
): Entry {
  return {
    info: {
      title,
      task: 'regression',
      description,
      inputSize: 2,
      outputSize: 1,
      options: generatorOptions(CLASSIFICATION_POINTS),
      standardize: false,
    },
    build: (options) => make(options as unknown as GeneratorOptions),
  };
}

/** An iris variant: three species, or setosa against the rest when `classes` is 2. */
function flowers(
  make: (options: IrisOptions) => Dataset,
  title: string,
  description: string,
  classes: number,
): Entry {
  return {
    info: {
      title,
      task: classes === 2 ? 'binary' : 'multiclass',
      description,
      inputSize: IRIS_FEATURES_OPTION.default,
      outputSize: classes === 2 ? 1 : classes,
      options: [IRIS_FEATURES_OPTION],
      standardize: true,
    },
    build: (options) => make(options as IrisOptions),
  };
}

const ENTRIES: Readonly<Record<DatasetName, Entry>> = {
  circle: planar(
    circle,
    'Circle',
    'A disc of radius 2.5 (label 1) inside a ring from radius 3.5 to 5 (label 0); noise flips labels near the gap.',
  ),
  xor: planar(
    xor,
    'Exclusive or',
    'Points in the four quadrants, label 1 where both coordinates have the same sign; noise flips labels near the axes.',
  ),
  gauss: planar(
    gauss,
    'Two Gaussians',
    'Two Gaussian blobs centred at (2, 2) (label 1) and (-2, -2) (label 0); noise widens them until they overlap.',
  ),
  spiral: planar(
    spiral,
    'Spiral',
    'Two spirals winding 1.75 turns out to radius 5, one per label; noise scatters the points.',
  ),
  moons: planar(
    moons,
    'Two moons',
    'Two interleaving half-moons, the upper labelled 0 and the lower 1; noise adds Gaussian jitter.',
  ),
  spiral3: planar(
    spiral3,
    'Three spirals (3 classes)',
    'Three interleaved spirals, one per class 0, 1 and 2; noise scatters the points.',
    3,
  ),
  square: curve(
    square,
    'Parabola (regression)',
    'The parabola y = x² on x in [-1, 1), plus Gaussian noise.',
  ),
  sine: curve(
    sine,
    'Sine wave (regression)',
    'One period of the wave y = sin(πx) on x in [-1, 1), plus Gaussian noise.',
  ),
  abs: curve(
    abs,
    'Absolute value (regression)',
    'The kink y = |x| on x in [-1, 1), plus Gaussian noise.',
  ),
  step: curve(
    step,
    'Step (regression)',
    'The jump y = 1 for x >= 0 and 0 below, on x in [-1, 1), plus Gaussian noise.',
  ),
  cubic: curve(
    cubic,
    'Cubic (regression)',
    'The odd curve y = x³ on x in [-1, 1), plus Gaussian noise.',
  ),
  plane: surface(
    plane,
    'Tilted plane (regression)',
    'A tilted plane: the value (x1 + x2) / 10 rises from -1.2 at the bottom left to 1.2 at the top right; noise reads it at a displaced point.',
  ),
  'multi-gauss': surface(
    multiGauss,
    'Six Gaussian bumps (regression)',
    'Six Gaussian bumps in two rows of three, alternately +1 and -1 at their centres and 0 between; noise reads the value at a displaced point.',
  ),
  iris: flowers(
    iris,
    'Iris, three species (3 classes)',
    "Fisher's 150 iris flowers, three species of 50, told apart by sepal length and width (or all four measurements).",
    3,
  ),
  'iris-binary': flowers(
    irisBinary,
    'Iris, setosa or not',
    "Fisher's 150 iris flowers, setosa (label 1, 50 flowers) against the other two species (label 0).",
    2,
  ),
};

/** Metadata of every dataset `dataset(name)` builds, in `DATASET_NAMES` order. */
export const DATASET_CATALOG: readonly DatasetInfo[] = DATASET_NAMES.map((name) => ({
  name,
  ...ENTRIES[name].info,
}));

/** Canonical name by its key with case, spaces, underscores and hyphens ignored (`Iris_Binary`). */
const BY_KEY: ReadonlyMap<string, DatasetName> = new Map(DATASET_NAMES.map((n) => [keyOf(n), n]));

function keyOf(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, '');
}

/** The dataset names closest to `name` (by core's edit-distance ranking over normalized names). */
function closestNames(name: string): DatasetName[] {
  const keys = closestByEditDistance(keyOf(name), DATASET_NAMES.map(keyOf));
  return keys.map((k) => BY_KEY.get(k) as DatasetName);
}

/** True when `name` (ignoring case, spaces, underscores and hyphens) names a dataset. */
export function isDatasetName(name: string): boolean {
  return typeof name === 'string' && BY_KEY.has(keyOf(name));
}

/** The canonical dataset name for `name`; INVALID_DATASET with the closest names otherwise. */
export function resolveDatasetName(name: string): DatasetName {
  if (typeof name !== 'string') {
    throw new TrainError('INVALID_DATASET', `a dataset name must be a string, got ${typeof name}`);
  }
  const found = BY_KEY.get(keyOf(name));
  if (found !== undefined) return found;
  const suggestions = closestNames(name);
  const hint =
    suggestions.length > 0
      ? `; did you mean ${suggestions.join(', ')}?`
      : `; the datasets are ${DATASET_NAMES.join(', ')}`;
  throw new TrainError('INVALID_DATASET', `unknown dataset ${quoteInput(name)}${hint}`);
}

/** Metadata of the named dataset (INVALID_DATASET for an unknown name). */
export function datasetInfo(name: string): DatasetInfo {
  const canonical = resolveDatasetName(name);
  return DATASET_CATALOG[DATASET_NAMES.indexOf(canonical)] as DatasetInfo;
}

/**
 * Builds a dataset by name: `dataset('spiral', { points: 400, noise: 0.1, seed: 7 })`. Options
 * left out take their defaults (see `datasetInfo(name).options`); an unknown name, an unknown
 * option or one out of range throws INVALID_DATASET, with the option in `path`.
 */
export function dataset(name: string, options?: Readonly<Record<string, number>>): Dataset {
  const canonical = resolveDatasetName(name);
  const entry = ENTRIES[canonical];
  return entry.build(completeOptions(canonical, entry.info.options, options));
}
