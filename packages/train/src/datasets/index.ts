/**
 * The datasets of @actlab/train: Playground-style 2-D classification sets and regression surfaces,
 * 1-D regression curves, iris, and MNIST digits (loaded lazily), plus splitting and standardizing.
 * Everything random is seeded, so the same options give the same bytes on every machine.
 *
 * The public surface is this explicit list; everything else is internal.
 */
export type { Dataset, Task } from './dataset.js';
export type { DigitsOptions } from './digits.js';
export { DIGITS_INFO, DIGITS_TOTAL, DIGIT_SIDE, loadDigits } from './digits.js';
export type { IrisOptions } from './iris.js';
export { iris, irisBinary } from './iris.js';
export type { DatasetInfo, DatasetOptionInfo, GeneratorOptions } from './options.js';
export { MAX_POINTS, MIN_POINTS } from './options.js';
export type { DatasetName } from './registry.js';
export {
  DATASET_CATALOG,
  DATASET_NAMES,
  dataset,
  datasetInfo,
  isDatasetName,
  resolveDatasetName,
} from './registry.js';
export {
  PLANE_RADIUS,
  gaussSurface,
  multiGauss,
  plane,
  planeSurface,
} from './planar-regression.js';
export type { RegressionName } from './regression.js';
export { abs, cubic, sine, square, step } from './regression.js';
export type { SplitOptions, Standardization, StandardizedSplit, TrainTestSplit } from './split.js';
export {
  featureStatistics,
  selectRows,
  splitDataset,
  standardize,
  standardizeInputs,
} from './split.js';
export { circle, gauss, moons, spiral, spiral3, xor } from './synthetic.js';
