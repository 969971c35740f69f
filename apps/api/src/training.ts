/**
 * A training request turned into @actlab/train's configuration and data, checked against the
 * work budget before any work is done, and its result shaped for the wire.
 */
import type {
  LayerSpec,
  LossId,
  Metrics,
  RunResult,
  Task,
  TrainConfig,
  TrainData,
} from '@actlab/train';
import {
  OPTIMIZER_IDS,
  TrainError,
  createNetwork,
  dataset,
  datasetInfo,
  parameterCount,
  splitDataset,
} from '@actlab/train';
import type { Limits } from './limits.js';
import { decodeRecord, encodeDeep } from './numbers.js';
import { ApiError } from './problem.js';
import type { TrainBody } from './schemas/train.js';

/** Everything a run needs. */
export interface TrainPlan {
  /** The trainer's configuration. */
  readonly config: TrainConfig;
  /** Train and test split. */
  readonly data: TrainData;
  /** Epochs to run. */
  readonly epochs: number;
  /** epochs x training examples x parameters. */
  readonly work: number;
}

/** The output layer and loss that suit each task when the request leaves them out. */
const TASK_DEFAULTS: Readonly<Record<Task, { readonly output: string; readonly loss: LossId }>> = {
  binary: { output: 'sigmoid', loss: 'binary_cross_entropy' },
  multiclass: { output: 'softmax', loss: 'cross_entropy' },
  regression: { output: 'linear', loss: 'mse' },
};

type Choice = NonNullable<TrainBody['output']>;

function layer(units: number, choice: Choice): LayerSpec {
  if (typeof choice === 'string') return { units, activation: choice };
  const params = decodeRecord(choice.params);
  return params ? { units, activation: choice.id, params } : { units, activation: choice.id };
}

/** The options the dataset takes, from the request's shortcuts. */
function datasetOptions(name: string, body: TrainBody): Record<string, number> {
  const takes = new Set(datasetInfo(name).options.map((o) => o.name));
  const options: Record<string, number> = {};
  const given: [string, number | undefined][] = [
    ['points', body.points],
    ['noise', body.noise],
    ['seed', body.seed],
  ];
  for (const [key, value] of given) {
    if (value === undefined) continue;
    // The seed also seeds the trainer, so a dataset without one simply ignores it.
    if (!takes.has(key)) {
      if (key === 'seed') continue;
      throw new TrainError('INVALID_DATASET', `${name} takes no ${key} option`, key);
    }
    options[key] = value;
  }
  return options;
}

/**
 * Builds the configuration and data of a training request and checks the work budget: a
 * request over `limits.maxTrainingWork` is a 422 naming the product and the limit.
 */
export function planTraining(body: TrainBody, limits: Limits): TrainPlan {
  const full = dataset(body.dataset, datasetOptions(body.dataset, body));
  const seed = body.seed ?? 1;
  const data = splitDataset(full, { testFraction: body.testFraction ?? 0.25, seed });
  const defaults = TASK_DEFAULTS[full.task];
  const choices = Array.isArray(body.activation)
    ? body.activation
    : body.hidden.map(() => body.activation as Choice);
  if (choices.length !== body.hidden.length) {
    throw new TrainError(
      'INVALID_CONFIG',
      `activation lists ${choices.length} activations for ${body.hidden.length} hidden layers`,
      'activation',
    );
  }
  const layers = [
    ...body.hidden.map((units, i) => layer(units, choices[i] as Choice)),
    layer(full.outputSize, body.output ?? defaults.output),
  ];
  const optimizer = body.optimizer;
  if (optimizer && !(OPTIMIZER_IDS as readonly string[]).includes(optimizer.type)) {
    throw new TrainError(
      'INVALID_CONFIG',
      `unknown optimizer "${optimizer.type}"; use one of ${OPTIMIZER_IDS.join(', ')}`,
      'optimizer.type',
    );
  }
  const config: TrainConfig = {
    layers,
    loss: (body.loss ?? defaults.loss) as LossId,
    ...(optimizer ? { optimizer: optimizer as TrainConfig['optimizer'] & object } : {}),
    ...(body.batchSize !== undefined ? { batchSize: body.batchSize } : {}),
    ...(body.regularization ? { regularization: body.regularization } : {}),
    ...(body.init ? { init: body.init } : {}),
    seed,
  };
  // createNetwork validates the layers (ids, parameters) and gives the parameter count.
  const parameters = parameterCount(createNetwork(full.inputSize, layers));
  const work = body.epochs * data.train.size * parameters;
  if (work > limits.maxTrainingWork) {
    throw new ApiError(
      422,
      'WORK_LIMIT',
      `epochs x examples x parameters is ${body.epochs} x ${data.train.size} x ${parameters} = ` +
        `${work}, over the budget of ${limits.maxTrainingWork}; use fewer epochs, points or units`,
      'epochs',
    );
  }
  return { config, data, epochs: body.epochs, work };
}

/** One history entry as the API reports it (also the data of a `progress` event). */
export function historyEntry(m: Metrics) {
  const values = encodeDeep({
    loss: m.trainLoss,
    ...(m.testLoss !== undefined ? { testLoss: m.testLoss } : {}),
    ...(m.accuracy !== undefined ? { accuracy: m.accuracy } : {}),
    ...(m.testAccuracy !== undefined ? { testAccuracy: m.testAccuracy } : {}),
    ...(m.r2 !== undefined ? { r2: m.r2 } : {}),
    ...(m.testR2 !== undefined ? { testR2: m.testR2 } : {}),
    gradientNorms: m.layers.map((l) => l.gradientNorm),
  });
  return { epoch: m.epoch, ...values };
}

/** A run's result shaped for the wire. */
export function trainResponse(result: RunResult) {
  return {
    history: result.history.map(historyEntry),
    model: {
      ...result.model,
      layers: result.model.layers.map((l) => ({
        activation: l.activation,
        params: encodeDeep({ ...l.params }),
        weights: encodeDeep(l.weights),
        biases: encodeDeep(l.biases),
      })),
    },
    metrics: encodeDeep(result.metrics) as Record<string, unknown>,
  };
}
