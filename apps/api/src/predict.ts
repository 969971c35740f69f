/**
 * Prediction from a model in the actlab.mlp/1 format, without a trainer: train's forward pass
 * (`forwardRows`) over the request's rows, after the API's own limits.
 */
import type { WireNumber } from '@actlab/format';
import { decodeRecord } from '@actlab/format';
import type { Network } from '@actlab/train';
import { TrainError, forwardRows, modelFromJson, parameterCount } from '@actlab/train';
import type { ActivationUse } from './formula-input.js';
import { formulaWork } from './formula-input.js';
import type { Limits } from './limits.js';
import { ApiError } from './problem.js';

/**
 * The layers' activation names with their fields and units, for those that are strings (train
 * reports any other shape).
 */
function layerUses(json: unknown): ActivationUse[] {
  const layers = (json as { layers?: unknown } | null)?.layers;
  if (!Array.isArray(layers)) return [];
  return layers.flatMap((layer: unknown, i): ActivationUse[] => {
    const { activation, biases } = (layer ?? {}) as { activation?: unknown; biases?: unknown };
    if (typeof activation !== 'string') return [];
    const units = Array.isArray(biases) ? biases.length : 0;
    return [{ field: `model.layers[${i}].activation`, name: activation, units }];
  });
}

/**
 * Reads `model` with train's validation, naming fields from the request's root (`model.layers[0]`),
 * and checks that `rows` rows of it fit the forward-work limit. A layer's typed formula that does
 * not parse is a 422 with its position; its evaluations count toward the work.
 */
export function readModel(
  model: unknown,
  rows: number,
  limits: Limits,
): { readonly network: Network; readonly json: unknown } {
  const json = decodeModelParams(model);
  // Before train reads the model, so that a formula's error keeps its position.
  const activationWork = formulaWork(layerUses(json));
  let network: Network;
  try {
    network = modelFromJson(json).network;
  } catch (error) {
    if (error instanceof TrainError && error.code === 'INVALID_MODEL') {
      const field = error.path ? `model.${error.path}` : 'model';
      throw new TrainError('INVALID_MODEL', `model.${error.message}`, field);
    }
    throw error;
  }
  if (rows > limits.maxRows) {
    throw new ApiError(
      413,
      'TOO_MANY_ROWS',
      `inputs has ${rows} rows; at most ${limits.maxRows} per request`,
      'inputs',
    );
  }
  const parameters = parameterCount(network);
  const work = rows * (parameters + activationWork);
  if (work > limits.maxForwardWork) {
    const per =
      activationWork > 0
        ? `(parameters + formula work) = ${rows} x (${parameters} + ${activationWork})`
        : 'parameters';
    throw new ApiError(
      422,
      'WORK_LIMIT',
      `rows x ${per} is ${work}, over the limit of ${limits.maxForwardWork}; send fewer rows`,
      'inputs',
    );
  }
  return { network, json };
}

/** The model with its layers' wire-number params decoded (a threshold may be "Infinity"). */
function decodeModelParams(model: unknown): unknown {
  if (typeof model !== 'object' || model === null || !('layers' in model)) return model;
  const { layers } = model as { layers: unknown };
  if (!Array.isArray(layers)) return model;
  return {
    ...model,
    layers: layers.map((layer: unknown) =>
      typeof layer === 'object' && layer !== null && 'params' in layer
        ? { ...layer, params: decodeRecord(layer.params as Record<string, WireNumber>) }
        : layer,
    ),
  };
}

/** Outputs of `network` for each input row; rows must have `inputSize` finite numbers. */
export function predict(network: Network, inputs: readonly (readonly number[])[]): Float64Array[] {
  const n = network.inputSize;
  const packed = new Float64Array(inputs.length * n);
  inputs.forEach((row, i) => {
    if (row.length !== n) {
      throw new TrainError(
        'SHAPE_MISMATCH',
        `inputs[${i}] must have ${n} numbers, has ${row.length}`,
        `inputs[${i}]`,
      );
    }
    packed.set(row, i * n);
  });
  const outputs = forwardRows(network, packed, inputs.length);
  const units = outputs.length / Math.max(inputs.length, 1);
  return inputs.map((_, i) => outputs.slice(i * units, (i + 1) * units));
}
