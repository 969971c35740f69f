/**
 * The datasets of @actlab/train: Playground-style 2-D classification sets and regression surfaces,
 * 1-D regression curves, iris, and MNIST digits (loaded lazily), plus splitting and standardizing.
 * Everything random is seeded, so the same options give the same bytes on every machine.
 *
 * The public surface is this explicit list; everything else is internal.
 */
export type { Dataset, Task } from './dataset.js';
export { TASKS } from './dataset.js';
export type { DigitsOptions } from './digits.js';
export { DIGITS_INFO, loadDigits } from './digits.js';
export type { DatasetInfo, DatasetOptionInfo } from './options.js';
export type { DatasetName } from './registry.js';
export { DATASET_CATALOG, DATASET_NAMES, dataset, datasetInfo } from './registry.js';
export { gaussSurface, multiGauss, plane, planeSurface } from './planar-regression.js';
export type { Standardization, StandardizedSplit, TrainTestSplit } from './split.js';
export { splitDataset, standardize, standardizeInputs } from './split.js';
