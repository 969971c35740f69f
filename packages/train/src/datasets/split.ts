/**
 * Reshaping datasets without changing what they mean: picking rows, holding out a test set, and
 * standardizing inputs with statistics taken from the training rows only (so nothing about the
 * test set leaks into training).
 */
import { TrainError } from '../errors.js';
import { createRng, shuffle } from '../rng.js';
import type { Dataset } from './dataset.js';
import { MAX_SEED } from './options.js';

/** A training set and the rows held out from it. */
export interface TrainTestSplit {
  /** Rows to fit on. */
  readonly train: Dataset;
  /** Rows to measure generalization on; never seen in training. */
  readonly test: Dataset;
}

/** Options of `splitDataset`. */
export interface SplitOptions {
  /** Fraction of rows held out for testing, in (0, 1); the count is rounded and kept in [1, size - 1]. */
  readonly testFraction: number;
  /** Seed of the shuffle, an integer in [0, 2^32 - 1]. */
  readonly seed: number;
}

/** The shift and scale applied to each input feature: `(x - mean[j]) / std[j]`. */
export interface Standardization {
  /** Mean of each input feature over the training rows. */
  readonly mean: readonly number[];
  /**
   * Population standard deviation of each feature over the training rows, with 1 in place of 0 so
   * that a constant feature passes through centred rather than dividing by zero.
   */
  readonly std: readonly number[];
}

/** A standardized split, with the statistics used so a caller can map other points (a grid) alike. */
export interface StandardizedSplit extends TrainTestSplit, Standardization {}

/** A dataset of the given rows of `ds`, in that order (rows may repeat). */
export function selectRows(ds: Dataset, rows: ArrayLike<number>): Dataset {
  const { inputSize } = ds;
  const targetSize = ds.targets.length / ds.size;
  const inputs = new Float64Array(rows.length * inputSize);
  const targets = new Float64Array(rows.length * targetSize);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as number;
    if (!Number.isInteger(r) || r < 0 || r >= ds.size) {
      throw new TrainError('INVALID_DATASET', `row ${r} is outside ${ds.name}'s ${ds.size} rows`);
    }
    inputs.set(ds.inputs.subarray(r * inputSize, (r + 1) * inputSize), i * inputSize);
    targets.set(ds.targets.subarray(r * targetSize, (r + 1) * targetSize), i * targetSize);
  }
  return { ...ds, size: rows.length, inputs, targets };
}

/**
 * Holds out a random `testFraction` of the rows (a seeded shuffle, so the split is reproducible);
 * every row lands in exactly one of the two sets. Classes are not stratified.
 */
export function splitDataset(ds: Dataset, options: SplitOptions): TrainTestSplit {
  const { testFraction, seed } = options;
  if (!(testFraction > 0 && testFraction < 1)) {
    throw new TrainError(
      'INVALID_DATASET',
      `testFraction must be a number in (0, 1), got ${String(testFraction)}`,
      'testFraction',
    );
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) {
    throw new TrainError(
      'INVALID_DATASET',
      `seed must be an integer in [0, ${MAX_SEED}], got ${String(seed)}`,
      'seed',
    );
  }
  if (ds.size < 2) {
    throw new TrainError('INVALID_DATASET', `${ds.name} has ${ds.size} rows; a split needs 2`);
  }
  const testSize = Math.min(ds.size - 1, Math.max(1, Math.round(ds.size * testFraction)));
  const order = Uint32Array.from({ length: ds.size }, (_, i) => i);
  shuffle(order, createRng(seed));
  return {
    train: selectRows(ds, order.subarray(testSize)),
    test: selectRows(ds, order.subarray(0, testSize)),
  };
}

/** `inputs` (rows of `mean.length` values) shifted and scaled by `scaling`, as a new array. */
export function standardizeInputs(inputs: Float64Array, scaling: Standardization): Float64Array {
  const width = scaling.mean.length;
  const out = new Float64Array(inputs.length);
  for (let i = 0; i < inputs.length; i++) {
    const j = i % width;
    out[i] = ((inputs[i] as number) - (scaling.mean[j] as number)) / (scaling.std[j] as number);
  }
  return out;
}

/** Mean and population standard deviation of each input feature of `ds`. */
function featureStatistics(ds: Dataset): Standardization {
  const width = ds.inputSize;
  const mean: number[] = [];
  const std: number[] = [];
  for (let j = 0; j < width; j++) {
    let sum = 0;
    for (let r = 0; r < ds.size; r++) sum += ds.inputs[r * width + j] as number;
    const m = sum / ds.size;
    // Two passes rather than E[x^2] - E[x]^2, which loses digits when the mean is large.
    let squares = 0;
    for (let r = 0; r < ds.size; r++) {
      const d = (ds.inputs[r * width + j] as number) - m;
      squares += d * d;
    }
    mean.push(m);
    std.push(Math.sqrt(squares / ds.size) || 1);
  }
  return { mean, std };
}

/**
 * Both sets with every input feature standardized by the training set's mean and standard
 * deviation (so train features have mean 0 and standard deviation 1), plus those statistics.
 */
export function standardize(train: Dataset, test: Dataset): StandardizedSplit {
  if (train.inputSize !== test.inputSize) {
    throw new TrainError(
      'INVALID_DATASET',
      `train rows have ${train.inputSize} inputs but test rows have ${test.inputSize}`,
    );
  }
  if (train.size === 0) {
    throw new TrainError('INVALID_DATASET', 'cannot standardize with an empty training set');
  }
  const scaling = featureStatistics(train);
  return {
    train: { ...train, inputs: standardizeInputs(train.inputs, scaling) },
    test: { ...test, inputs: standardizeInputs(test.inputs, scaling) },
    mean: scaling.mean,
    std: scaling.std,
  };
}
