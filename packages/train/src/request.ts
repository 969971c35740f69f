/**
 * A training run described as plain data (what the API's `POST /v1/train`, the CLI's
 * `actlab train`, the playground and the experiments' presets all say), and its preparation into a
 * trainer's configuration and data: dataset options, the seeded split, standardization of raw
 * measurements, and the output layer and loss that suit the dataset's task. Every front end goes
 * through here, so the same request trains the same network everywhere.
 */
import { TrainError } from './errors.js';
import type { Dataset, Task } from './datasets/dataset.js';
import { dataset, datasetInfo, resolveDatasetName } from './datasets/registry.js';
import type { Standardization } from './datasets/split.js';
import { splitDataset, standardize } from './datasets/split.js';
import type { FeatureId } from './features.js';
import { checkFeatures, featureDataset } from './features.js';
import type { InitId } from './init.js';
import type { LossId } from './loss.js';
import type { ModelJson } from './model-json.js';
import type { LayerSpec } from './network.js';
import type { OptimizerConfig, RegularizationConfig } from './optimizer.js';
import type { TrainConfig, TrainData } from './trainer.js';

/** An activation by id, or by id with parameters. */
export type ActivationChoice =
  string | { readonly id: string; readonly params?: Readonly<Record<string, number>> };

/** One training run as plain data; only `dataset`, `hidden`, `activation` and `epochs` are required. */
export interface RunRequest {
  /** Dataset name (see `DATASET_CATALOG`). */
  readonly dataset: string;
  /** Rows to generate, for the generated datasets. */
  readonly points?: number;
  /** Noise level, for the generated datasets. */
  readonly noise?: number;
  /** Iris features (2 or 4): how many measurements the dataset has, not the network's inputs. */
  readonly features?: number;
  /**
   * Input features the network sees, for a dataset with two inputs (see `FEATURE_IDS`), e.g.
   * `['x1sq', 'x2sq']`; default the raw (x1, x2). They are computed after standardization, so for
   * iris they are features of the standardized measurements.
   */
  readonly inputs?: readonly string[];
  /** Share of the rows held out for testing (default 0.25). */
  readonly testFraction?: number;
  /** Standardize the inputs by the training rows' statistics (default: the dataset's `standardize`). */
  readonly standardize?: boolean;
  /** Units of each hidden layer, input side first. */
  readonly hidden: readonly number[];
  /** One activation for every hidden layer, or one per hidden layer. */
  readonly activation: ActivationChoice | readonly ActivationChoice[];
  /** The output layer's activation (default by task: sigmoid, softmax or linear). */
  readonly output?: ActivationChoice;
  /** The loss (default by task: binary_cross_entropy, cross_entropy or mse). */
  readonly loss?: string;
  /** Optimizer and learning rate (default SGD at 0.03). */
  readonly optimizer?: OptimizerConfig;
  /** L1 or L2 penalty on the weights. */
  readonly regularization?: RegularizationConfig;
  /** Weight initialization. */
  readonly init?: InitId;
  /** Examples per step. */
  readonly batchSize?: number;
  /** Passes over the training set. */
  readonly epochs: number;
  /** Seed of the data, the split and the initial weights (default 1). */
  readonly seed?: number;
}

/** A request made ready to train. */
export interface PreparedRun {
  /** The trainer's configuration. */
  readonly config: TrainConfig;
  /** Train and test split (standardized when `scaling` is set). */
  readonly data: TrainData;
  /** Epochs to run. */
  readonly epochs: number;
  /** The statistics the inputs were standardized with, if they were. */
  readonly scaling?: Standardization;
  /** The input features `data` holds, when the request chose them. */
  readonly inputs?: readonly FeatureId[];
  /**
   * The same split in the (x1, x2) plane before the features (standardized when `scaling` is set),
   * when the request chose features: what a heatmap draws.
   */
  readonly plane?: TrainData;
}

/** The output layer and loss that suit each task when the request leaves them out. */
export const TASK_DEFAULTS: Readonly<
  Record<Task, { readonly output: string; readonly loss: LossId }>
> = {
  binary: { output: 'sigmoid', loss: 'binary_cross_entropy' },
  multiclass: { output: 'softmax', loss: 'cross_entropy' },
  regression: { output: 'linear', loss: 'mse' },
};

function layer(units: number, choice: ActivationChoice): LayerSpec {
  if (typeof choice === 'string') return { units, activation: choice };
  return choice.params
    ? { units, activation: choice.id, params: choice.params }
    : { units, activation: choice.id };
}

/** The dataset's options from the request's shortcuts; an option the dataset does not take is an error. */
function datasetOptions(name: string, request: RunRequest): Record<string, number> {
  const takes = new Set(datasetInfo(name).options.map((o) => o.name));
  const options: Record<string, number> = {};
  const given: [string, number | undefined][] = [
    ['points', request.points],
    ['noise', request.noise],
    ['features', request.features],
    ['seed', request.seed],
  ];
  for (const [key, value] of given) {
    if (value === undefined) continue;
    if (!takes.has(key)) {
      // The seed also seeds the split and the weights, so a dataset without one simply ignores it.
      if (key === 'seed') continue;
      throw new TrainError('INVALID_DATASET', `${name} takes no ${key} option`, key);
    }
    options[key] = value;
  }
  return options;
}

/** The hidden layers' activations, one per layer. */
function hiddenChoices(request: RunRequest): readonly ActivationChoice[] {
  const { activation, hidden } = request;
  if (!Array.isArray(activation)) return hidden.map(() => activation as ActivationChoice);
  if (activation.length !== hidden.length) {
    throw new TrainError(
      'INVALID_CONFIG',
      `activation lists ${activation.length} activations for ${hidden.length} hidden layers`,
      'activation',
    );
  }
  return activation as readonly ActivationChoice[];
}

/**
 * Builds the dataset, splits it (seeded), standardizes it when asked or when the dataset's inputs
 * are raw measurements, and fills in the output layer and loss from the dataset's task. Errors are
 * TrainErrors naming the field (`INVALID_DATASET`, `INVALID_CONFIG`); layer ids and parameters are
 * checked when the trainer is created.
 */
export function prepareRun(request: RunRequest): PreparedRun {
  const name = resolveDatasetName(request.dataset);
  const full: Dataset = dataset(name, datasetOptions(name, request));
  const seed = request.seed ?? 1;
  const split = splitDataset(full, { testFraction: request.testFraction ?? 0.25, seed });
  const scale = request.standardize ?? datasetInfo(name).standardize;
  const standardized = scale ? standardize(split.train, split.test) : undefined;
  const defaults = TASK_DEFAULTS[full.task];
  const choices = hiddenChoices(request);
  const layers = [
    ...request.hidden.map((units, i) => layer(units, choices[i] as ActivationChoice)),
    layer(full.outputSize, request.output ?? defaults.output),
  ];
  const config: TrainConfig = {
    layers,
    loss: (request.loss ?? defaults.loss) as LossId,
    ...(request.optimizer ? { optimizer: request.optimizer } : {}),
    ...(request.batchSize !== undefined ? { batchSize: request.batchSize } : {}),
    ...(request.regularization ? { regularization: request.regularization } : {}),
    ...(request.init ? { init: request.init } : {}),
    seed,
  };
  const plane: TrainData = standardized
    ? { train: standardized.train, test: standardized.test }
    : split;
  const scaling = standardized ? { mean: standardized.mean, std: standardized.std } : undefined;
  const base = { config, epochs: request.epochs, ...(scaling ? { scaling } : {}) };
  if (request.inputs === undefined) return { ...base, data: plane };
  const inputs = checkFeatures(request.inputs);
  if (full.inputSize !== 2) {
    throw new TrainError(
      'INVALID_CONFIG',
      `inputs choose features of the (x1, x2) plane, but ${name} has ${full.inputSize} inputs`,
      'inputs',
    );
  }
  const data: TrainData = {
    train: featureDataset(plane.train, inputs),
    ...(plane.test ? { test: featureDataset(plane.test, inputs) } : {}),
  };
  return { ...base, data, inputs, plane };
}

/**
 * The same model taking raw inputs: standardization (x - mean) / std folded into the first layer,
 * W' = W / std (column-wise) and b' = b - W' mean, so the exported model needs no statistics beside
 * it. Its outputs on raw inputs equal the original's on standardized inputs up to rounding.
 */
export function foldStandardization(model: ModelJson, scaling: Standardization): ModelJson {
  const [first, ...rest] = model.layers;
  if (!first) return model;
  if (scaling.mean.length !== model.inputSize || scaling.std.length !== model.inputSize) {
    throw new TrainError(
      'SHAPE_MISMATCH',
      `standardization has ${scaling.mean.length} features but the model takes ${model.inputSize} inputs`,
    );
  }
  const weights = first.weights.map((row) => row.map((w, c) => w / (scaling.std[c] as number)));
  const biases = first.biases.map((b, r) => {
    const row = weights[r] as number[];
    let shift = 0;
    for (let c = 0; c < row.length; c++) shift += (row[c] as number) * (scaling.mean[c] as number);
    return b - shift;
  });
  return { ...model, layers: [{ ...first, weights, biases }, ...rest] };
}
