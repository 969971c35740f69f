/**
 * The first stage of the training pipeline (request -> `planRun` -> `createSession`/`runSession`
 * -> `trainAnswer`): a training request as plain data, with an experiment's preset filling what it
 * leaves out, checked once, option by option, and made into a plan: the configuration, the seeded
 * split, standardization, the output layer and loss the dataset's task needs, and the work it
 * costs. The cost (`cost.ts`: training, evaluations, steps, formulas) is counted from the layer
 * shapes and the dataset's row count before the data is generated, so a request over the budget
 * costs almost nothing.
 */
import type { TrainingCost } from './cost.js';
import { MAX_TEST_FRACTION, describeCost, evaluationCount, trainingCost } from './cost.js';
import type { Task } from './datasets/dataset.js';
import { MAX_SEED } from './datasets/options.js';
import { dataset } from './datasets/registry.js';
import { splitDataset, standardize } from './datasets/split.js';
import { TrainError } from './errors.js';
import { experiment } from './experiments/registry.js';
import { checkFeatures, featureDataset } from './features.js';
import { checkInitGain, checkInitId } from './init.js';
import type { LossId } from './loss.js';
import { checkLossFitsTask, checkLossId } from './loss.js';
import type { LayerShape, LayerSpec } from './network.js';
import { layerShapes, shapeParameterCount } from './network.js';
import { datasetOptions, givenSplit, namedDataset } from './plan-data.js';
import { checkRegularization, optimizerConfig } from './optimizer.js';
import type {
  ActivationChoice,
  PlanOptions,
  RunRequest,
  TrainPlan,
  TrainRequest,
} from './request.js';
import { checkEpochs } from './request.js';
import { checkBatchSize } from './stepper.js';
import { checkVectorWidths } from './vector-units.js';
import type { TrainConfig, TrainData } from './trainer.js';

/** The output layer and loss that suit each task when the request leaves them out. */
export const TASK_DEFAULTS: Readonly<
  Record<Task, { readonly output: string; readonly loss: LossId }>
> = {
  binary: { output: 'sigmoid', loss: 'binary_cross_entropy' },
  multiclass: { output: 'softmax', loss: 'cross_entropy' },
  regression: { output: 'linear', loss: 'mse' },
};

/** The fields a run cannot do without. */
const REQUIRED = ['dataset', 'hidden', 'activation', 'epochs'] as const;

function invalid(path: string, message: string): never {
  throw new TrainError('INVALID_CONFIG', message, path);
}

/** The request's fields over its experiment's preset; INVALID_CONFIG for a missing required one. */
function resolveRequest(request: TrainRequest): RunRequest {
  const { experiment: id, ...fields } = request;
  const merged: Record<string, unknown> = {
    ...(id !== undefined ? experiment(id).info.preset : {}),
  };
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) merged[key] = value;
  for (const key of REQUIRED) {
    if (merged[key] === undefined) {
      throw new TrainError(
        'MISSING_FIELD',
        `${key} is required unless an experiment's preset supplies it`,
        key,
      );
    }
  }
  return merged as unknown as RunRequest;
}

function layer(units: number, choice: ActivationChoice, path: string): LayerSpec {
  if (typeof choice === 'string') return { units, activation: choice };
  if (choice === null || typeof choice !== 'object' || typeof choice.id !== 'string') {
    invalid(path, `${path} must be an activation id or { id, params }`);
  }
  return choice.params
    ? { units, activation: choice.id, params: choice.params }
    : { units, activation: choice.id };
}

/** The hidden and output layers the request describes. */
function layerSpecs(request: RunRequest, outputSize: number, output: string): LayerSpec[] {
  const { activation, hidden } = request;
  if (!Array.isArray(hidden)) invalid('hidden', 'hidden must be a list of layer sizes');
  const choices = Array.isArray(activation)
    ? (activation as readonly ActivationChoice[])
    : hidden.map(() => activation as ActivationChoice);
  if (choices.length !== hidden.length) {
    invalid(
      'activation',
      `activation lists ${choices.length} activations for ${hidden.length} hidden layers`,
    );
  }
  hidden.forEach((units, i) => {
    if (!Number.isInteger(units) || units < 1) {
      invalid(`hidden[${i}]`, `hidden[${i}] must be a positive integer, got ${String(units)}`);
    }
  });
  return [
    ...hidden.map((units, i) => layer(units, choices[i] as ActivationChoice, 'activation')),
    layer(outputSize, request.output ?? output, 'output'),
  ];
}

/** Rows held out for testing when `testFraction` of `size` rows are (as `splitDataset` does). */
function testRows(size: number, testFraction: number): number {
  return Math.min(size - 1, Math.max(1, Math.round(size * testFraction)));
}

/**
 * Rows of the datasets whose size no option sets (iris is Fisher's 150 flowers): with the
 * generators' `points`, what lets the cost be counted before anything is generated.
 */
const FIXED_ROWS: Readonly<Record<string, number>> = { iris: 150, 'iris-binary': 150 };

/** Rows a named dataset will have with these (completed) options. */
function datasetRows(name: string, options: Readonly<Record<string, number>>): number {
  const rows = options.points ?? FIXED_ROWS[name];
  if (rows === undefined) throw new TrainError('INVALID_DATASET', `${name} has no known size`);
  return rows;
}

/**
 * INVALID_CONFIG (path `testFraction`) when a generated split would hold out more than
 * MAX_TEST_FRACTION of its rows: their evaluation would dwarf the training.
 */
function checkTestShare(testFraction: number): void {
  if (testFraction <= MAX_TEST_FRACTION) return;
  invalid(
    'testFraction',
    `testFraction must be at most ${MAX_TEST_FRACTION} (about 9 test rows per training row, ` +
      `each evaluated as often as the training rows), got ${testFraction}`,
  );
}

/** Checks the scalar options; returns the seed and the test fraction with their defaults. */
function checkScalars(request: RunRequest): { seed: number; testFraction: number } {
  const { epochs, batchSize, seed = 1, testFraction = 0.25 } = request;
  checkEpochs(epochs);
  if (batchSize !== undefined) checkBatchSize(batchSize);
  if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) {
    invalid('seed', `seed must be an integer in [0, ${MAX_SEED}], got ${String(seed)}`);
  }
  if (typeof testFraction !== 'number' || !(testFraction > 0 && testFraction < 1)) {
    invalid('testFraction', `testFraction must be a number in (0, 1), got ${String(testFraction)}`);
  }
  if (request.standardize !== undefined && typeof request.standardize !== 'boolean') {
    invalid('standardize', 'standardize must be true or false');
  }
  if (request.optimizer !== undefined) {
    if (request.optimizer === null || typeof request.optimizer !== 'object') {
      invalid('optimizer', 'optimizer must be an object with a type');
    }
    optimizerConfig(request.optimizer);
  }
  if (request.regularization !== undefined) checkRegularization(request.regularization);
  if (request.init !== undefined) checkInitId(request.init);
  if (request.initGain !== undefined) checkInitGain(request.initGain);
  if (request.loss !== undefined) checkLossId(request.loss);
  return { seed, testFraction };
}

/** WORK_LIMIT (path `epochs`) when `cost` is over `maxWork`, stating both. */
function checkCost(cost: TrainingCost, maxWork: number | undefined): void {
  if (maxWork === undefined || cost.total <= maxWork) return;
  throw new TrainError(
    'WORK_LIMIT',
    `the run costs ${describeCost(cost)}, over the budget of ${maxWork.toExponential(2)}; ` +
      'use fewer epochs, points or units, a larger batch or a smaller test set',
    'epochs',
  );
}

/** The checked options, shapes and cost of a request: `planRun` up to the data. */
function sizeRun(request: TrainRequest, options: PlanOptions) {
  const resolved = resolveRequest(request);
  const { name, info } = namedDataset(resolved.dataset, options.data !== undefined);
  const { seed, testFraction } = checkScalars(resolved);
  const choose = resolved.inputs === undefined ? undefined : checkFeatures(resolved.inputs);
  const completed = datasetOptions(name, info, resolved);
  const defaults = TASK_DEFAULTS[info.task];
  const loss = (resolved.loss ?? defaults.loss) as LossId;
  checkLossFitsTask(loss, info.task, name);
  const layers = layerSpecs(resolved, info.outputSize, defaults.output);
  checkVectorWidths(layers);
  // Iris's `features` option is the one option that changes a dataset's width.
  const rawWidth = completed.features ?? info.inputSize;
  if (choose !== undefined && rawWidth !== 2) {
    invalid(
      'inputs',
      `inputs choose features of the (x1, x2) plane, but ${name} has ${rawWidth} inputs`,
    );
  }
  const shapes: LayerShape[] = layerShapes(choose?.length ?? rawWidth, layers);
  const parameters = shapeParameterCount(shapes);
  const { epochs } = resolved;
  const given = options.data ? givenSplit(options.data, name, info, rawWidth) : undefined;
  let rows: { train: number; test: number };
  if (given) {
    rows = { train: given.train.size, test: given.test?.size ?? 0 };
  } else {
    const size = datasetRows(name, completed);
    checkTestShare(testFraction);
    rows = { train: size - testRows(size, testFraction), test: testRows(size, testFraction) };
  }
  const cost = trainingCost({
    epochs,
    trainRows: rows.train,
    testRows: rows.test,
    layers: shapes,
    evaluations: evaluationCount(epochs, options.evaluateEvery),
    ...(resolved.batchSize !== undefined ? { batchSize: resolved.batchSize } : {}),
    ...(options.activationWork ? { activationWork: options.activationWork(layers) } : {}),
  });
  checkCost(cost, options.maxWork);
  return {
    resolved,
    name,
    info,
    seed,
    testFraction,
    choose,
    completed,
    loss,
    layers,
    parameters,
    epochs,
    given,
    cost,
  };
}

/** What `checkRun` finds: a run's size and cost, counted before any data is generated. */
export interface RunCheck {
  /** Epochs the run trains for (the request's, or its experiment's preset). */
  readonly epochs: number;
  /** Weights and biases of the network it trains. */
  readonly parameters: number;
  /** The run's cost in work units, with how it was counted. */
  readonly cost: TrainingCost;
}

/**
 * Every check `planRun` makes (options, shapes, the budget), without generating the data: a
 * server can refuse or charge a request on its main thread this way and leave the generation, which
 * grows with the rows, to a worker that calls `planRun`. Throws the same TrainErrors.
 */
export function checkRun(request: TrainRequest, options: PlanOptions = {}): RunCheck {
  const { epochs, parameters, cost } = sizeRun(request, options);
  return { epochs, parameters, cost };
}

/**
 * Turns a request into a validated plan. Every option is checked here, once: the experiment, the
 * dataset and its options, epochs (1 to 100,000), optimizer, regularization, init, loss (and that
 * it suits the task), batch size, seed, layer sizes and activation ids and parameters (through
 * core, without building a network), input features and the test fraction. Errors are TrainErrors
 * whose `path` names the field. A generated split may hold out at most MAX_TEST_FRACTION of its rows. The run's cost (`trainingCost`) is counted before any data is generated; with
 * `options.maxWork`, a run costing more is WORK_LIMIT, stating the cost and the budget.
 */
export function planRun(request: TrainRequest, options: PlanOptions = {}): TrainPlan {
  const {
    resolved,
    name,
    info,
    seed,
    testFraction,
    choose,
    completed,
    loss,
    layers,
    parameters,
    epochs,
    given,
    cost,
  } = sizeRun(request, options);
  const split: TrainData = given ?? splitDataset(dataset(name, completed), { testFraction, seed });
  const work = epochs * split.train.size * parameters;
  const scale = resolved.standardize ?? info.standardize;
  // Without test rows, only the training rows' statistics matter: standardize them alone.
  const standardized = scale ? standardize(split.train, split.test ?? split.train) : undefined;
  const config: TrainConfig = {
    layers,
    loss,
    ...(resolved.optimizer ? { optimizer: resolved.optimizer } : {}),
    ...(resolved.batchSize !== undefined ? { batchSize: resolved.batchSize } : {}),
    ...(resolved.regularization ? { regularization: resolved.regularization } : {}),
    ...(resolved.init ? { init: resolved.init } : {}),
    ...(resolved.initGain !== undefined ? { initGain: resolved.initGain } : {}),
    seed,
  };
  const plane: TrainData = standardized
    ? { train: standardized.train, ...(split.test ? { test: standardized.test } : {}) }
    : split;
  const scaling = standardized ? { mean: standardized.mean, std: standardized.std } : undefined;
  const base = {
    request: { ...resolved, dataset: name },
    config,
    epochs,
    ...(scaling ? { scaling } : {}),
    parameters,
    work,
    cost,
  };
  if (choose === undefined) return { ...base, data: plane };
  const data: TrainData = {
    train: featureDataset(plane.train, choose),
    ...(plane.test ? { test: featureDataset(plane.test, choose) } : {}),
  };
  return { ...base, data, inputs: choose, plane };
}
