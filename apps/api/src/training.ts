/**
 * A training request turned into @actlab/train's configuration and data, checked against the
 * work budget before any work is done, and its result shaped for the wire.
 */
import type { ActivationChoice, Metrics, PreparedRun, RunRequest, RunResult } from '@actlab/train';
import {
  OPTIMIZER_IDS,
  TrainError,
  createNetwork,
  experiment,
  foldStandardization,
  historyEntry as trainHistoryEntry,
  parameterCount,
  prepareRun,
} from '@actlab/train';
import type { Limits } from './limits.js';
import { decodeRecord, encodeDeep } from './numbers.js';
import type { WireNumber } from './numbers.js';
import { ApiError } from './problem.js';
import type { TrainBody } from './schemas/train.js';

/** Everything a run needs. */
export interface TrainPlan extends PreparedRun {
  /** epochs x training examples x parameters. */
  readonly work: number;
}

/** The request fields a run cannot do without, unless an experiment's preset supplies them. */
const REQUIRED = ['dataset', 'hidden', 'activation', 'epochs'] as const;

/**
 * The run a body asks for: its own fields over the named experiment's preset, if any. Activation
 * parameters arrive with non-finite numbers encoded, so they are decoded here.
 */
export function runRequest(body: TrainBody): RunRequest {
  const { experiment: id, ...fields } = body;
  const merged: Record<string, unknown> = {
    ...(id !== undefined ? experiment(id).info.preset : {}),
    ...fields,
  };
  for (const key of REQUIRED) {
    if (merged[key] === undefined) {
      throw new ApiError(
        400,
        'INVALID_REQUEST',
        `body.${key} is required unless an experiment's preset supplies it`,
        key,
      );
    }
  }
  const request = merged as unknown as RunRequest;
  const decode = (choice: ActivationChoice): ActivationChoice => {
    if (typeof choice === 'string') return choice;
    const params = decodeRecord(choice.params as Record<string, WireNumber> | undefined);
    return params ? { id: choice.id, params } : { id: choice.id };
  };
  const activation = request.activation;
  return {
    ...request,
    activation: Array.isArray(activation)
      ? (activation as readonly ActivationChoice[]).map(decode)
      : decode(activation as ActivationChoice),
    ...(request.output !== undefined ? { output: decode(request.output) } : {}),
  };
}

/**
 * Builds the configuration and data of a training request and checks the work budget: a
 * request over `limits.maxTrainingWork` is a 422 naming the product and the limit.
 */
export function planTraining(body: TrainBody, limits: Limits): TrainPlan {
  const prepared = prepareRun(runRequest(body));
  const { config, data, epochs } = prepared;
  const optimizer = config.optimizer;
  if (optimizer && !(OPTIMIZER_IDS as readonly string[]).includes(optimizer.type)) {
    throw new TrainError(
      'INVALID_CONFIG',
      `unknown optimizer "${optimizer.type}"; use one of ${OPTIMIZER_IDS.join(', ')}`,
      'optimizer.type',
    );
  }
  // createNetwork validates the layers (ids, parameters) and gives the parameter count.
  const parameters = parameterCount(createNetwork(data.train.inputSize, config.layers));
  const work = epochs * data.train.size * parameters;
  if (work > limits.maxTrainingWork) {
    throw new ApiError(
      422,
      'WORK_LIMIT',
      `epochs x examples x parameters is ${epochs} x ${data.train.size} x ${parameters} = ` +
        `${work}, over the budget of ${limits.maxTrainingWork}; use fewer epochs, points or units`,
      'epochs',
    );
  }
  return { ...prepared, work };
}

/** One history entry as the API reports it (also the data of a `progress` event). */
export function historyEntry(m: Metrics) {
  const { epoch, ...values } = trainHistoryEntry(m);
  return { epoch, ...encodeDeep(values) };
}

/**
 * A run's result shaped for the wire. When the inputs were standardized, the model answered has
 * the standardization folded into its first layer, so it takes raw inputs like the dataset's.
 */
export function trainResponse(result: RunResult, plan: Pick<TrainPlan, 'scaling'>) {
  const model = plan.scaling ? foldStandardization(result.model, plan.scaling) : result.model;
  return {
    history: result.history.map(historyEntry),
    model: {
      ...model,
      layers: model.layers.map((l) => ({
        activation: l.activation,
        params: encodeDeep({ ...l.params }),
        weights: encodeDeep(l.weights),
        biases: encodeDeep(l.biases),
      })),
    },
    metrics: encodeDeep(result.metrics) as Record<string, unknown>,
  };
}
