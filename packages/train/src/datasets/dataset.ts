/**
 * The shape every dataset takes: rows of inputs and their targets in flat Float64Arrays, so the
 * trainer reads them without copying.
 */

/** What a dataset can ask a network to do: tell two classes apart, pick one of many, fit a number. */
export const TASKS = ['binary', 'multiclass', 'regression'] as const;

/** What a dataset asks a network to do. */
export type Task = (typeof TASKS)[number];

/** A dataset in memory. */
export interface Dataset {
  /** Name as used by `dataset(name)`, e.g. `circle` or `iris`. */
  readonly name: string;
  /** What the targets mean: 0/1 labels, class indices or real values. */
  readonly task: Task;
  /** Number of rows. */
  readonly size: number;
  /** Values per input row. */
  readonly inputSize: number;
  /**
   * Width of the network's output: 1 for binary and single-output regression, the class count for
   * multiclass.
   */
  readonly outputSize: number;
  /** Row-major inputs, size x inputSize. */
  readonly inputs: Float64Array;
  /**
   * Targets: for binary, one 0/1 label per row; for multiclass, one class index per row; for
   * regression, size x outputSize values.
   */
  readonly targets: Float64Array;
  /** Names of the input features, e.g. ['sepal length (cm)', 'sepal width (cm)']. */
  readonly featureNames: readonly string[];
  /** Names of the classes, for classification tasks. */
  readonly classNames?: readonly string[];
}
