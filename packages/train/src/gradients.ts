/**
 * Gradients of a model in the JSON format on a batch: `gradients(model, inputs, targets, loss)` for
 * the API and the front ends, and `checkGradients`, which compares them with central finite
 * differences of the loss.
 */
import { TrainError } from './errors.js';
import type { LossId } from './loss.js';
import { checkLossId, lossAndDelta, outputMode } from './loss.js';
import { modelFromJson } from './model-json.js';
import type { Layer, Network } from './network.js';
import { backward, createWorkspace, forward } from './network.js';

/** One layer's gradient: dL/dW with the weights' shape, and dL/db. */
export interface LayerGradient {
  /** rows x inputs. */
  readonly weights: number[][];
  /** One per row. */
  readonly biases: number[];
}

/** The mean loss of a batch and its gradient with respect to every parameter. */
export interface GradientResult {
  /** Mean-reduced loss over the batch. */
  readonly loss: number;
  /** Per layer, input side first. */
  readonly layers: LayerGradient[];
}

/** A batch packed for the network: inputs row-major, targets where the loss reads them. */
interface Batch {
  readonly inputs: Float64Array;
  readonly targets: Float64Array;
  readonly rows: number;
  readonly targetWidth: number;
}

function packBatch(network: Network, loss: LossId, inputs: unknown, targets: unknown): Batch {
  const n = network.inputSize;
  const units = (network.layers[network.layers.length - 1] as Layer).units;
  if (!Array.isArray(inputs) || inputs.length === 0) {
    throw new TrainError('SHAPE_MISMATCH', 'inputs must be a non-empty array of rows', 'inputs');
  }
  if (!Array.isArray(targets) || targets.length !== inputs.length) {
    throw new TrainError(
      'SHAPE_MISMATCH',
      `targets must have one entry per input row (${inputs.length})`,
      'targets',
    );
  }
  const packed = new Float64Array(inputs.length * n);
  inputs.forEach((row: unknown, i) => {
    if (!Array.isArray(row) || row.length !== n) {
      throw new TrainError('SHAPE_MISMATCH', `inputs[${i}] must have ${n} numbers`, `inputs[${i}]`);
    }
    row.forEach((v: unknown, j) => {
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        throw new TrainError(
          'SHAPE_MISMATCH',
          `inputs[${i}][${j}] must be a finite number`,
          `inputs[${i}][${j}]`,
        );
      }
      packed[i * n + j] = v;
    });
  });
  const width = loss === 'cross_entropy' ? 1 : units;
  const t = new Float64Array(inputs.length * width);
  targets.forEach((target: unknown, i) => {
    if (loss === 'cross_entropy') {
      if (
        typeof target !== 'number' ||
        !Number.isInteger(target) ||
        target < 0 ||
        target >= units
      ) {
        throw new TrainError(
          'SHAPE_MISMATCH',
          `targets[${i}] must be a class index from 0 to ${units - 1}`,
          `targets[${i}]`,
        );
      }
      t[i] = target;
      return;
    }
    const values = typeof target === 'number' && units === 1 ? [target] : target;
    if (
      !Array.isArray(values) ||
      values.length !== units ||
      values.some((v) => typeof v !== 'number' || !Number.isFinite(v))
    ) {
      throw new TrainError(
        'SHAPE_MISMATCH',
        `targets[${i}] must be ${units} finite number(s)`,
        `targets[${i}]`,
      );
    }
    // Binary cross-entropy reads a target as a probability: one outside [0, 1] gives a negative,
    // meaningless loss (a target of 7 trained towards an impossible output).
    if (loss === 'binary_cross_entropy' && (values as number[]).some((v) => v < 0 || v > 1)) {
      throw new TrainError(
        'SHAPE_MISMATCH',
        `targets[${i}] must be between 0 and 1 for binary cross-entropy (a probability of class 1)`,
        `targets[${i}]`,
      );
    }
    t.set(values as number[], i * units);
  });
  return { inputs: packed, targets: t, rows: inputs.length, targetWidth: width };
}

/** Mean loss and summed-then-averaged gradients of `network` on a packed batch. */
function networkGradients(
  network: Network,
  loss: LossId,
  batch: Batch,
): { loss: number; gradW: Float64Array[]; gradB: Float64Array[] } {
  const ws = createWorkspace(network);
  const gradW = network.layers.map((l) => new Float64Array(l.weights.length));
  const gradB = network.layers.map((l) => new Float64Array(l.biases.length));
  const last = network.layers.length - 1;
  const output = network.layers[last] as Layer;
  const mode = outputMode(loss, output);
  const scratch = new Float64Array(Math.max(...network.layers.map((l) => l.rows)));
  let total = 0;
  const result = new Float64Array(1);
  for (let row = 0; row < batch.rows; row++) {
    forward(network, batch.inputs, row, ws);
    lossAndDelta(
      mode,
      loss,
      output,
      ws.z[last] as Float64Array,
      ws.a[last] as Float64Array,
      batch.targets,
      row * batch.targetWidth,
      batch.rows,
      ws.delta[last] as Float64Array,
      scratch,
      result,
    );
    total += result[0] as number;
    backward(network, batch.inputs, row, ws, gradW, gradB);
  }
  return { loss: total / batch.rows, gradW, gradB };
}

/**
 * The mean loss of `model` (actlab.mlp/1 JSON) on a batch and its gradient: `inputs` are rows;
 * `targets` one per row (an array of output values, or a number for a single output, for mse and
 * binary_cross_entropy; the integer class index for cross_entropy).
 */
export function gradients(
  model: unknown,
  inputs: unknown,
  targets: unknown,
  loss: string,
): GradientResult {
  const lossId = checkLossId(loss);
  const { network } = modelFromJson(model);
  const batch = packBatch(network, lossId, inputs, targets);
  const result = networkGradients(network, lossId, batch);
  return {
    loss: result.loss,
    layers: network.layers.map((layer, l) => ({
      weights: Array.from({ length: layer.rows }, (_, r) =>
        Array.from(
          (result.gradW[l] as Float64Array).subarray(
            r * layer.inputSize,
            (r + 1) * layer.inputSize,
          ),
        ),
      ),
      biases: Array.from(result.gradB[l] as Float64Array),
    })),
  };
}

/** How far backpropagation and central finite differences disagree. */
export interface GradientCheck {
  /** Largest |analytic - numeric| / max(1e-8, |analytic| + |numeric|) over every parameter. */
  readonly maxRelativeError: number;
  /** Largest |analytic - numeric|. */
  readonly maxAbsoluteError: number;
  /** Parameters compared. */
  readonly parameters: number;
}

/**
 * Compares `gradients` with central differences (L(w + h) - L(w - h))/(2h) for every weight and
 * bias. Near a kink of an activation the two may legitimately differ.
 */
export function checkGradients(
  model: unknown,
  inputs: unknown,
  targets: unknown,
  loss: string,
  h = 1e-6,
): GradientCheck {
  const lossId = checkLossId(loss);
  const { network } = modelFromJson(model);
  const batch = packBatch(network, lossId, inputs, targets);
  const analytic = networkGradients(network, lossId, batch);
  let maxRelativeError = 0;
  let maxAbsoluteError = 0;
  let parameters = 0;
  network.layers.forEach((layer, l) => {
    const pairs: [Float64Array, Float64Array][] = [
      [layer.weights, analytic.gradW[l] as Float64Array],
      [layer.biases, analytic.gradB[l] as Float64Array],
    ];
    for (const [values, grad] of pairs) {
      for (let i = 0; i < values.length; i++) {
        const w = values[i] as number;
        values[i] = w + h;
        const plus = networkGradients(network, lossId, batch).loss;
        values[i] = w - h;
        const minus = networkGradients(network, lossId, batch).loss;
        values[i] = w;
        const numeric = (plus - minus) / (2 * h);
        const g = grad[i] as number;
        const abs = Math.abs(g - numeric);
        maxAbsoluteError = Math.max(maxAbsoluteError, abs);
        maxRelativeError = Math.max(
          maxRelativeError,
          abs / Math.max(1e-8, Math.abs(g) + Math.abs(numeric)),
        );
        parameters++;
      }
    }
  });
  return { maxRelativeError, maxAbsoluteError, parameters };
}
