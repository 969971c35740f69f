/**
 * The model format the API and the front ends exchange:
 * `{ "format": "actlab.mlp/1", "inputSize": n, "layers": [{ "activation": id, "params": {...},
 * "weights": [[...]], "biases": [...] }], "loss"?: id }`, rows of `weights` being the layer's
 * pre-activations (its units; twice as many for glu) and columns its inputs. Import validates
 * everything and names the first field at fault.
 */
import { findActivationId } from '@actlab/core';
import { TrainError } from './errors.js';
import type { LossId } from './loss.js';
import { LOSS_IDS } from './loss.js';
import type { Network } from './network.js';
import { createNetwork } from './network.js';

/** The format tag of version 1. */
export const MODEL_FORMAT = 'actlab.mlp/1';

/** One layer in the JSON format. */
export interface LayerJson {
  /** Canonical activation id. */
  readonly activation: string;
  /** Every parameter of the activation. */
  readonly params: Readonly<Record<string, number>>;
  /** rows x inputs. */
  readonly weights: readonly (readonly number[])[];
  /** One per row. */
  readonly biases: readonly number[];
}

/** A model in the JSON format. */
export interface ModelJson {
  /** Always `actlab.mlp/1`. */
  readonly format: typeof MODEL_FORMAT;
  /** Values per input row. */
  readonly inputSize: number;
  /** Layers, input side first. */
  readonly layers: readonly LayerJson[];
  /** The loss it was trained with, if known. */
  readonly loss?: LossId;
}

/** A network written as JSON-ready data (numbers as they are; the API encodes non-finite ones). */
export function modelToJson(network: Network, loss?: LossId): ModelJson {
  return {
    format: MODEL_FORMAT,
    inputSize: network.inputSize,
    layers: network.layers.map((layer) => ({
      activation: layer.act.id,
      params: { ...layer.act.params },
      weights: Array.from({ length: layer.rows }, (_, r) =>
        Array.from(layer.weights.subarray(r * layer.inputSize, (r + 1) * layer.inputSize)),
      ),
      biases: Array.from(layer.biases),
    })),
    ...(loss ? { loss } : {}),
  };
}

function fail(path: string, message: string): never {
  throw new TrainError('INVALID_MODEL', `${path}: ${message}`, path);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks an array of finite numbers of the given length. */
function numbers(value: unknown, length: number, path: string): readonly number[] {
  if (!Array.isArray(value)) fail(path, 'must be an array of numbers');
  if (value.length !== length) fail(path, `must have ${length} entries, has ${value.length}`);
  value.forEach((v, i) => {
    if (typeof v !== 'number' || !Number.isFinite(v))
      fail(`${path}[${i}]`, `must be a finite number, got ${JSON.stringify(v)}`);
  });
  return value as number[];
}

/**
 * Reads a model from parsed JSON, validating the format tag, every shape, every number and every
 * activation id and parameter. Returns the network and its loss (if it names one).
 */
export function modelFromJson(json: unknown): {
  readonly network: Network;
  readonly loss?: LossId;
} {
  if (!isRecord(json)) fail('model', 'must be an object');
  if (json.format !== MODEL_FORMAT)
    fail('format', `must be "${MODEL_FORMAT}", got ${JSON.stringify(json.format)}`);
  const inputSize = json.inputSize;
  if (typeof inputSize !== 'number' || !Number.isInteger(inputSize) || inputSize < 1) {
    fail('inputSize', `must be a positive integer, got ${JSON.stringify(inputSize)}`);
  }
  if (!Array.isArray(json.layers) || json.layers.length === 0)
    fail('layers', 'must be a non-empty array');
  if (json.loss !== undefined && !(LOSS_IDS as readonly unknown[]).includes(json.loss)) {
    fail('loss', `must be one of ${LOSS_IDS.join(', ')}, got ${JSON.stringify(json.loss)}`);
  }
  const loss = json.loss as LossId | undefined;
  const raw = json.layers.map((layer: unknown, i: number) => {
    const path = `layers[${i}]`;
    if (!isRecord(layer)) fail(path, 'must be an object');
    if (typeof layer.activation !== 'string')
      fail(`${path}.activation`, 'must be an activation id');
    if (layer.params !== undefined && !isRecord(layer.params))
      fail(`${path}.params`, 'must be an object of numbers');
    if (!Array.isArray(layer.weights) || layer.weights.length === 0)
      fail(`${path}.weights`, 'must be a non-empty array of rows');
    return { path, layer };
  });
  let network: Network;
  try {
    network = createNetwork(
      inputSize,
      raw.map(({ layer, path }) => {
        const rows = (layer.weights as unknown[]).length;
        // glu halves its pre-activations: its rows are twice its units.
        const glu = findActivationId(layer.activation as string) === 'glu';
        if (glu && rows % 2 !== 0) fail(`${path}.weights`, 'glu needs an even number of rows');
        return {
          units: glu ? rows / 2 : rows,
          activation: layer.activation as string,
          params: layer.params as Record<string, number> | undefined,
        };
      }),
    );
  } catch (error) {
    if (error instanceof TrainError && error.code === 'INVALID_CONFIG') {
      throw new TrainError('INVALID_MODEL', error.message, error.path);
    }
    throw error;
  }
  network.layers.forEach((target, i) => {
    const { path, layer } = raw[i] as { path: string; layer: Record<string, unknown> };
    (layer.weights as unknown[]).forEach((row, r) => {
      const values = numbers(row, target.inputSize, `${path}.weights[${r}]`);
      target.weights.set(values, r * target.inputSize);
    });
    target.biases.set(numbers(layer.biases, target.rows, `${path}.biases`));
  });
  return loss ? { network, loss } : { network };
}
