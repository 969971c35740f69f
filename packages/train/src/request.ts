/**
 * A training run described as plain data (what the API's `POST /v1/train`, the CLI's
 * `actlab train`, the playground and the experiments' presets all say) and the plan it becomes:
 * the types only. `planRun` (in `plan.ts`) checks a request and prepares it; the types live apart
 * so that the session, the runs and the experiments can name a plan without importing the planner
 * (which imports the experiments for their presets).
 */
import type { TrainingCost } from './cost.js';
import type { Standardization } from './datasets/split.js';
import { TrainError } from './errors.js';
import type { FeatureId } from './features.js';
import type { InitId } from './init.js';
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
  /**
   * Weights N(0, initGain^2 / fan_in) and biases 0, replacing `init` (a preset's too), e.g. an
   * activation's variance-preserving gain; a number in (0, 100].
   */
  readonly initGain?: number;
  /** Examples per step. */
  readonly batchSize?: number;
  /** Passes over the training set. */
  readonly epochs: number;
  /** Seed of the data, the split and the initial weights (default 1). */
  readonly seed?: number;
}

/**
 * A training request as the API's `POST /v1/train`, the CLI's `actlab train` and the UIs send it:
 * every field of `RunRequest` optional, plus `experiment`, whose preset supplies the fields left
 * out. `dataset`, `hidden`, `activation` and `epochs` must come from one or the other.
 */
export type TrainRequest = Partial<RunRequest> & {
  /** An experiment id (see `EXPERIMENT_IDS`) whose `info.preset` fills the fields left out. */
  readonly experiment?: string;
};

/**
 * A request made ready to train, as plain structured-clonable data (typed arrays, numbers,
 * strings): it can cross `postMessage` to a Node worker thread or a Web Worker as it is.
 */
export interface TrainPlan {
  /** The request as resolved: the preset merged, the dataset's canonical name. */
  readonly request: RunRequest;
  /** The trainer's configuration (output layer and loss filled in from the task). */
  readonly config: TrainConfig;
  /** Train and test split (standardized when `scaling` is set, through `inputs` when set). */
  readonly data: TrainData;
  /** Epochs to run. */
  readonly epochs: number;
  /** The statistics the inputs were standardized with, if they were. */
  readonly scaling?: Standardization;
  /** The input features `data` holds, when the request chose them. */
  readonly inputs?: readonly FeatureId[];
  /** The same split in the (x1, x2) plane before the features, when the request chose them. */
  readonly plane?: TrainData;
  /** Trainable parameters (weights and biases) of the network. */
  readonly parameters: number;
  /** Epochs x training rows x parameters: the training passes' multiply-adds, one part of `cost`. */
  readonly work: number;
  /** What the whole run costs (training, evaluations, steps, formulas), counted before planning it. */
  readonly cost: TrainingCost;
}

/** Options of `planRun`. */
export interface PlanOptions {
  /** Refuse (WORK_LIMIT) a run whose cost (`TrainingCost.total`, work units) is over this. */
  readonly maxWork?: number;
  /**
   * Epochs between evaluations over the training and test rows (default 1: every epoch, as the
   * playground evaluates); the run is evaluated after its last epoch too.
   */
  readonly evaluateEvery?: number;
  /**
   * Extra work units per example that the layers' activations add beyond the catalog's (the API's
   * typed formulas); it may throw to refuse an activation.
   */
  readonly activationWork?: (layers: readonly LayerSpec[]) => number;
  /**
   * Rows made by the caller instead of the ones the request's dataset options would generate (for
   * example digits fetched by a browser, where the `mnist` package is not bundled): they stand for
   * the request's dataset, so they must have its inputs, outputs and task (SHAPE_MISMATCH, path
   * `data.train` or `data.test`); standardization and features apply to them as usual. Without
   * `test`, the run trains on every row and holds none out (a lesson that measures training only).
   */
  readonly data?: TrainData;
}

/** Most epochs a run may ask for. */
export const MAX_EPOCHS = 100_000;

/** INVALID_CONFIG (path `epochs`) unless `epochs` is an integer from 1 to MAX_EPOCHS. */
export function checkEpochs(epochs: unknown): void {
  if (Number.isInteger(epochs) && (epochs as number) >= 1 && (epochs as number) <= MAX_EPOCHS)
    return;
  throw new TrainError(
    'INVALID_CONFIG',
    `epochs must be an integer from 1 to ${MAX_EPOCHS}, got ${String(epochs)}`,
    'epochs',
  );
}
