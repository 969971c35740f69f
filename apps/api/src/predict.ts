/**
 * Prediction from a model in the actlab.mlp/1 format, without a trainer: train's forward pass
 * (`forwardRows`) over the request's rows, after the API's own limits.
 */
import type { WireNumber } from '@actlab/format';
import { decodeRecord } from '@actlab/format';
import type { Network } from '@actlab/train';
import { TrainError, forwardRows, modelFromJson, parameterCount } from '@actlab/train';
import type { Limits } from './limits.js';
import { ApiError } from './problem.js';

/**
 * Reads `model` with train's validation, naming fields from the request's root (`model.layers[0]`),
 * and checks that `rows` rows of it fit the forward-work limit.
 */
export function readModel(
  model: unknown,
  rows: number,
  limits: Limits,
): { readonly network: Network; readonly json: unknown } {
  const json = decodeModelParams(model);
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
  const work = rows * parameterCount(network);
  if (work > limits.maxForwardWork) {
    throw new ApiError(
      422,
      'WORK_LIMIT',
      `rows x parameters is ${work}, over the limit of ${limits.maxForwardWork}; send fewer rows`,
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
