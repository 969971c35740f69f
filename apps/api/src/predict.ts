/**
 * Prediction from a model in the actlab.mlp/1 format, without a trainer: train's forward pass
 * (`forwardRows`) over the request's rows, after the API's own limits (cost.ts) and a check of the
 * model's shapes against the arrays sent, both before anything is allocated.
 */
import { findActivationId } from '@actlab/core';
import type { WireNumber } from '@actlab/format';
import { decodeRecord } from '@actlab/format';
import type { Network } from '@actlab/train';
import { TrainError, forwardRows, modelFromJson, parameterCount } from '@actlab/train';
import type { ActivationUse } from './formula-input.js';
import { formulaWork } from './formula-input.js';
import type { Cost, ModelSize } from './cost.js';
import { checkCost } from './cost.js';
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
 * The size of a model as its arrays give it, checked before train allocates anything: every row of
 * a layer's weights must have as many entries as the layer has inputs (`inputSize` for the first),
 * so that the network train builds holds exactly the numbers sent (a claimed `inputSize` of 2^31
 * with one short row is a 422 here, not 16 GiB of zeros). Undefined when the model is not shaped
 * like one at all (train then names the field at fault, before it allocates).
 */
function modelSize(json: unknown): Omit<ModelSize, 'formulaWork'> | undefined {
  const { inputSize, layers } = (json ?? {}) as { inputSize?: unknown; layers?: unknown };
  if (typeof inputSize !== 'number' || !Array.isArray(layers)) return undefined;
  let width = inputSize;
  let parameters = 0;
  for (const [i, layer] of layers.entries()) {
    const { weights, activation } = (layer ?? {}) as { weights?: unknown; activation?: unknown };
    if (!Array.isArray(weights) || weights.length === 0) return undefined;
    for (const [r, row] of weights.entries()) {
      if (!Array.isArray(row)) return undefined;
      if (row.length !== width) {
        const field = `model.layers[${i}].weights[${r}]`;
        throw new TrainError(
          'INVALID_MODEL',
          `${field}: must have ${width} entries, has ${row.length}`,
          field,
        );
      }
    }
    parameters += weights.length * (width + 1);
    // glu gates half its pre-activations by the other half: its rows are twice its units.
    const glu = typeof activation === 'string' && findActivationId(activation) === 'glu';
    width = glu ? Math.floor(weights.length / 2) : weights.length;
  }
  return { parameters, outputs: width };
}

/** What a model route costs for `rows` rows of a model of this size (cost.ts). */
export type ModelCost = (rows: number, size: ModelSize) => Cost;

/**
 * Reads `model` with train's validation, naming fields from the request's root (`model.layers[0]`),
 * after checking, before anything is allocated, the rows (413), the weights' shapes against the
 * arrays sent (422) and what `costOf` says `rows` rows cost (413 for an answer too large, 422 for
 * work over the budget). A layer's typed formula that does not parse is a 422 with its position;
 * its evaluations count toward the work.
 */
export function readModel(
  model: unknown,
  rows: number,
  limits: Limits,
  costOf: ModelCost,
): { readonly network: Network; readonly json: unknown } {
  if (rows > limits.maxRows) {
    throw new ApiError(
      413,
      'TOO_MANY_ROWS',
      `inputs has ${rows} rows; at most ${limits.maxRows} per request`,
      'inputs',
    );
  }
  const json = decodeModelParams(model);
  const shape = modelSize(json);
  // Before train reads the model, so that a formula's error keeps its position.
  const formulaWorkPerRow = formulaWork(layerUses(json));
  if (shape) checkCost(costOf(rows, { ...shape, formulaWork: formulaWorkPerRow }), limits);
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
  if (!shape) {
    const outputs = network.layers[network.layers.length - 1]?.units ?? 0;
    const size = { parameters: parameterCount(network), formulaWork: formulaWorkPerRow, outputs };
    checkCost(costOf(rows, size), limits);
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

/**
 * A 422 INVALID_TARGET unless every target of a binary cross-entropy loss is in [0, 1] (a target
 * of 7 would give a negative loss). `field` names the targets (`targets` or `target`); entries are
 * named by index. Other losses' targets are train's to check (cross-entropy's class indices).
 */
export function checkBinaryTargets(loss: string, targets: unknown, field: string): void {
  if (loss !== 'binary_cross_entropy') return;
  const check = (value: unknown, at: string) => {
    if (typeof value === 'number' && !(value >= 0 && value <= 1)) {
      throw new ApiError(
        422,
        'INVALID_TARGET',
        `${at} is ${value}: binary cross-entropy targets must be from 0 to 1`,
        at,
      );
    }
  };
  const each = (value: unknown, at: string) => {
    if (Array.isArray(value)) value.forEach((v, j) => check(v, `${at}[${j}]`));
    else check(value, at);
  };
  if (field === 'targets' && Array.isArray(targets))
    targets.forEach((t, i) => each(t, `${field}[${i}]`));
  else each(targets, field);
}
