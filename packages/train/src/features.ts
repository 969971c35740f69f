/**
 * Input features of a 2-D problem, as TensorFlow Playground offers them: the network sees any
 * chosen subset of x1, x2, x1², x2², x1·x2, sin(x1) and sin(x2) instead of the raw coordinates. A
 * feature that already bends the plane lets a smaller network separate the data (x1² + x2² makes
 * `circle` linearly separable). Pure functions over flat row-major arrays, like the datasets.
 */
import { TrainError } from './errors.js';
import type { Dataset } from './datasets/dataset.js';

/** Ids of the features, in the order TensorFlow Playground lists them. */
export const FEATURE_IDS = ['x1', 'x2', 'x1sq', 'x2sq', 'x1x2', 'sinx1', 'sinx2'] as const;

/** Id of one input feature. */
export type FeatureId = (typeof FEATURE_IDS)[number];

/** What a feature is called and what it computes. */
export interface FeatureInfo {
  /** Id, as used in requests and URLs. */
  readonly id: FeatureId;
  /** Plain-text label, e.g. `x1²` or `sin(x1)`. */
  readonly label: string;
  /** The same in LaTeX, e.g. `x_1^2`. */
  readonly latex: string;
  /** The feature's value at the point (x1, x2). */
  readonly value: (x1: number, x2: number) => number;
}

/** Every feature, in `FEATURE_IDS` order. */
export const FEATURES: readonly FeatureInfo[] = [
  { id: 'x1', label: 'x1', latex: 'x_1', value: (x1) => x1 },
  { id: 'x2', label: 'x2', latex: 'x_2', value: (_, x2) => x2 },
  { id: 'x1sq', label: 'x1²', latex: 'x_1^2', value: (x1) => x1 * x1 },
  { id: 'x2sq', label: 'x2²', latex: 'x_2^2', value: (_, x2) => x2 * x2 },
  { id: 'x1x2', label: 'x1·x2', latex: 'x_1 x_2', value: (x1, x2) => x1 * x2 },
  { id: 'sinx1', label: 'sin(x1)', latex: '\\sin(x_1)', value: (x1) => Math.sin(x1) },
  { id: 'sinx2', label: 'sin(x2)', latex: '\\sin(x_2)', value: (_, x2) => Math.sin(x2) },
];

/** The raw coordinates: what a 2-D dataset feeds the network when no features are chosen. */
export const DEFAULT_FEATURES: readonly FeatureId[] = ['x1', 'x2'];

/** True when `id` is a feature id. */
export function isFeatureId(id: unknown): id is FeatureId {
  return typeof id === 'string' && (FEATURE_IDS as readonly string[]).includes(id);
}

/** The feature's metadata (INVALID_CONFIG for an unknown id). */
export function featureInfo(id: string): FeatureInfo {
  const found = FEATURES.find((f) => f.id === id);
  if (!found) {
    throw new TrainError(
      'INVALID_CONFIG',
      `unknown input feature "${id}"; the features are ${FEATURE_IDS.join(', ')}`,
      'inputs',
    );
  }
  return found;
}

/**
 * `features` checked: a non-empty list of known ids without repeats (a repeated column would only
 * duplicate a weight). INVALID_CONFIG with path `inputs` otherwise.
 */
export function checkFeatures(features: readonly string[]): readonly FeatureId[] {
  if (!Array.isArray(features) || features.length === 0) {
    throw new TrainError('INVALID_CONFIG', 'inputs must list at least one feature', 'inputs');
  }
  const seen = new Set<string>();
  for (const id of features) {
    featureInfo(id);
    if (seen.has(id)) {
      throw new TrainError('INVALID_CONFIG', `inputs lists ${id} twice`, 'inputs');
    }
    seen.add(id);
  }
  return features as readonly FeatureId[];
}

/**
 * Maps `rows` points (x1, x2 pairs, row-major) to their features: rows x features.length values,
 * row-major, in the order of `features`. `into` is reused when given (it must be large enough).
 */
export function featureRows(
  points: Float64Array,
  rows: number,
  features: readonly FeatureId[],
  into?: Float64Array,
): Float64Array {
  const k = features.length;
  if (points.length < rows * 2) {
    throw new TrainError(
      'SHAPE_MISMATCH',
      `${rows} points need ${rows * 2} coordinates, got ${points.length}`,
      'inputs',
    );
  }
  const fns = checkFeatures(features).map((id) => featureInfo(id).value);
  const out = into ?? new Float64Array(rows * k);
  for (let r = 0; r < rows; r++) {
    const x1 = points[2 * r] as number;
    const x2 = points[2 * r + 1] as number;
    for (let j = 0; j < k; j++) out[r * k + j] = (fns[j] as FeatureInfo['value'])(x1, x2);
  }
  return out;
}

/**
 * The dataset with its two inputs replaced by `features` (targets shared, not copied). Only a
 * dataset with exactly two inputs has an (x1, x2) plane: SHAPE_MISMATCH otherwise.
 */
export function featureDataset(data: Dataset, features: readonly FeatureId[]): Dataset {
  if (data.inputSize !== 2) {
    throw new TrainError(
      'SHAPE_MISMATCH',
      `input features need a dataset with 2 inputs; ${data.name} has ${data.inputSize}`,
      'inputs',
    );
  }
  return {
    ...data,
    inputSize: features.length,
    inputs: featureRows(data.inputs, data.size, features),
    featureNames: features.map((id) => featureInfo(id).label),
  };
}
