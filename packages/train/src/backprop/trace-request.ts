/**
 * The checks of a trace request, the same as `gradients` makes of its arguments (and with the same
 * codes), plus the trace's size limits; paths are named from the request's root.
 */
import { TrainError } from '../errors.js';
import type { LossId } from '../loss.js';
import { checkLossId } from '../loss.js';
import { modelFromJson } from '../model-json.js';
import type { Layer, Network } from '../network.js';
import { TRACE_LIMITS } from './trace-types.js';

/** A request checked and packed the way the training loop reads it. */
export interface CheckedRequest {
  readonly network: Network;
  readonly loss: LossId;
  readonly input: Float64Array;
  /** The target where `lossAndDelta` reads it: one class index, or one value per output. */
  readonly target: Float64Array;
  readonly learningRate: number;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The model, its paths named from the request's root (`model.layers[0].weights`). */
function readModel(model: unknown): Network {
  try {
    return modelFromJson(model).network;
  } catch (error) {
    if (error instanceof TrainError && error.path !== '' && !error.path.startsWith('model')) {
      throw new TrainError(error.code, `model.${error.message}`, `model.${error.path}`);
    }
    throw error;
  }
}

/** INVALID_CONFIG unless the network is small enough to read, and every unit has one z. */
function checkSize(network: Network): void {
  const { maxLayers, maxUnits, maxInputs } = TRACE_LIMITS;
  if (network.inputSize > maxInputs) {
    throw new TrainError(
      'INVALID_CONFIG',
      `the trace takes at most ${maxInputs} inputs, the model has ${network.inputSize}`,
      'model.inputSize',
    );
  }
  if (network.layers.length > maxLayers) {
    throw new TrainError(
      'INVALID_CONFIG',
      `the trace takes at most ${maxLayers} layers, the model has ${network.layers.length}`,
      'model.layers',
    );
  }
  network.layers.forEach((layer, l) => {
    const path = `model.layers[${l}]`;
    if (layer.rows !== layer.units) {
      // glu: two pre-activations per unit do not fit the trace's one z per unit.
      throw new TrainError(
        'INVALID_CONFIG',
        `${path}: the trace shows one z per unit, but ${layer.act.id} combines two per unit`,
        `${path}.activation`,
      );
    }
    if (layer.units > maxUnits) {
      throw new TrainError(
        'INVALID_CONFIG',
        `${path} has ${layer.units} units; the trace takes at most ${maxUnits} per layer`,
        `${path}.weights`,
      );
    }
  });
}

function finiteNumbers(value: unknown, length: number, path: string, what: string): number[] {
  if (!Array.isArray(value) || value.length !== length) {
    throw new TrainError('SHAPE_MISMATCH', `${path} must be ${length} ${what}`, path);
  }
  value.forEach((v: unknown, i) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new TrainError(
        'SHAPE_MISMATCH',
        `${path}[${i}] must be a finite number`,
        `${path}[${i}]`,
      );
    }
  });
  return value as number[];
}

/** The target packed as `lossAndDelta` reads it, checked as `gradients` checks its targets. */
function readTarget(target: unknown, loss: LossId, units: number): Float64Array {
  if (loss === 'cross_entropy') {
    if (typeof target !== 'number' || !Number.isInteger(target) || target < 0 || target >= units) {
      throw new TrainError(
        'SHAPE_MISMATCH',
        `target must be a class index from 0 to ${units - 1}`,
        'target',
      );
    }
    return Float64Array.of(target);
  }
  const values = typeof target === 'number' && units === 1 ? [target] : target;
  const checked = Float64Array.from(
    finiteNumbers(values, units, 'target', 'finite number(s), one per output'),
  );
  // As `gradients`: a binary cross-entropy target is a probability (7 would give a negative loss).
  if (loss === 'binary_cross_entropy' && checked.some((v) => v < 0 || v > 1)) {
    throw new TrainError(
      'SHAPE_MISMATCH',
      'target must be between 0 and 1 for binary cross-entropy (a probability of class 1)',
      'target',
    );
  }
  return checked;
}

/** Validates a request the way `gradients` validates its arguments, plus the trace's limits. */
export function checkRequest(request: unknown): CheckedRequest {
  if (!isRecord(request))
    throw new TrainError('INVALID_CONFIG', 'the trace request must be an object', '');
  const loss = checkLossId(request.loss, 'loss');
  const network = readModel(request.model);
  checkSize(network);
  const input = Float64Array.from(
    finiteNumbers(request.input, network.inputSize, 'input', 'finite numbers, one per input'),
  );
  const output = network.layers[network.layers.length - 1] as Layer;
  const target = readTarget(request.target, loss, output.units);
  const lr = request.learningRate;
  if (typeof lr !== 'number' || !Number.isFinite(lr) || lr <= 0) {
    throw new TrainError(
      'INVALID_CONFIG',
      `learningRate must be a finite number above 0, got ${JSON.stringify(lr)}`,
      'learningRate',
    );
  }
  return { network, loss, input, target, learningRate: lr };
}
