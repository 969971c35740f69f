/**
 * Prediction as free functions over a network: outputs for input rows, read as probabilities
 * where the loss reads logits, and outputs over a grid of the (x1, x2) plane for decision-boundary
 * heatmaps.
 */
import { TrainError } from './errors.js';
import type { FeatureId } from './features.js';
import { featureRows } from './features.js';
import type { BatchWorkspace } from './forward-batch.js';
import { BATCH_ROWS, createBatchWorkspace, forwardBatch } from './forward-batch.js';
import type { LossId, OutputMode } from './loss.js';
import { outputMode, readableOutput, softmaxInto } from './loss.js';
import type { Layer, Network } from './network.js';

/** A square grid over the first two input dimensions, for decision-boundary heatmaps. */
export interface Grid {
  /** Range of the first input. */
  readonly xMin: number;
  readonly xMax: number;
  /** Range of the second input. */
  readonly yMin: number;
  readonly yMax: number;
  /** Points per side (the grid has size x size points, rows from yMin up). */
  readonly size: number;
  /**
   * Input features the network was trained on (see `featureRows`): each grid point (x1, x2) is
   * mapped through them, so the heatmap stays in the original plane. Left out, the grid feeds x1
   * and x2 as the first two inputs.
   */
  readonly features?: readonly FeatureId[];
}

/** Units of the network's output layer. */
export function outputUnits(network: Network): number {
  return (network.layers[network.layers.length - 1] as Layer).units;
}

/** Copies one output vector, as probabilities where the loss reads logits. */
function readOutput(
  mode: OutputMode,
  a: Float64Array,
  from: number,
  into: Float64Array,
  at: number,
  units: number,
): void {
  if (mode === 'ce-logit' || mode === 'ce-log-softmax') {
    // Logits (or log-probabilities) to probabilities.
    softmaxInto(a.subarray(from, from + units), units, 1, into.subarray(at, at + units));
    return;
  }
  if (mode !== 'bce-logit') {
    for (let j = 0; j < units; j++) into[at + j] = a[from + j] as number;
    return;
  }
  for (let j = 0; j < units; j++) into[at + j] = readableOutput(mode, a[from + j] as number);
}

/**
 * Outputs of `network` trained with `loss` for the rows of `inputs` (row-major, inputSize each),
 * rows x units, as probabilities for classification. Pass `out` and `bws` to reuse buffers.
 */
export function predict(
  network: Network,
  loss: LossId,
  inputs: Float64Array,
  out?: Float64Array,
  bws: BatchWorkspace = createBatchWorkspace(network),
): Float64Array {
  const n = network.inputSize;
  if (inputs.length % n !== 0) {
    throw new TrainError(
      'SHAPE_MISMATCH',
      `inputs hold ${inputs.length} values, not a multiple of the ${n} inputs per row`,
      'inputs',
    );
  }
  const rows = inputs.length / n;
  const units = outputUnits(network);
  const result = out ?? new Float64Array(rows * units);
  const mode = outputMode(loss, network.layers[network.layers.length - 1] as Layer);
  const outputs = bws.a[network.layers.length - 1] as Float64Array;
  for (let first = 0; first < rows; first += BATCH_ROWS) {
    const count = Math.min(BATCH_ROWS, rows - first);
    forwardBatch(network, inputs, first, count, bws);
    for (let i = 0; i < count; i++)
      readOutput(mode, outputs, i * units, result, (first + i) * units, units);
  }
  return result;
}

/**
 * The input rows of `grid` for a network of `inputSize` inputs: each point's (x1, x2) through
 * `grid.features` when given, else as the first two inputs (other inputs 0).
 */
export function gridInputs(grid: Grid, inputSize: number): Float64Array {
  const { xMin, xMax, yMin, yMax, size, features } = grid;
  if (!Number.isInteger(size) || size < 2 || size > 2000) {
    throw new TrainError('SHAPE_MISMATCH', 'a grid needs 2 to 2000 points per side', 'grid');
  }
  if (features ? features.length !== inputSize : inputSize < 2) {
    throw new TrainError(
      'SHAPE_MISMATCH',
      features
        ? `the grid lists ${features.length} features but the network takes ${inputSize} inputs`
        : 'a grid needs a network with at least 2 inputs',
      'grid',
    );
  }
  // Without features the plane's coordinates are the first two of n inputs; with them, they are
  // mapped through the features into exactly n.
  const width = features ? 2 : inputSize;
  const points = new Float64Array(size * size * width);
  for (let iy = 0; iy < size; iy++) {
    for (let ix = 0; ix < size; ix++) {
      points[(iy * size + ix) * width] = xMin + ((xMax - xMin) * ix) / (size - 1);
      points[(iy * size + ix) * width + 1] = yMin + ((yMax - yMin) * iy) / (size - 1);
    }
  }
  return features ? featureRows(points, size * size, features) : points;
}

/** Outputs of `network` over `grid`, size*size*units values, rows of the grid from yMin up. */
export function predictGrid(
  network: Network,
  loss: LossId,
  grid: Grid,
  out?: Float64Array,
): Float64Array {
  const inputs = gridInputs(grid, network.inputSize);
  return predict(
    network,
    loss,
    inputs,
    out ?? new Float64Array(grid.size ** 2 * outputUnits(network)),
  );
}

/** A grid's input rows kept between calls while the grid does not change (a heatmap redrawn). */
export interface GridCache {
  /** The rows of `grid` for a network of `inputSize` inputs, reused when they are the last ones. */
  rows(grid: Grid, inputSize: number): Float64Array;
}

/** An empty grid cache. */
export function createGridCache(): GridCache {
  let key = '';
  let cached: Float64Array | undefined;
  return {
    rows(grid, inputSize) {
      const { xMin, xMax, yMin, yMax, size, features } = grid;
      const next = `${xMin},${xMax},${yMin},${yMax},${size},${features?.join(',') ?? ''},${inputSize}`;
      if (cached === undefined || key !== next) {
        cached = gridInputs(grid, inputSize);
        key = next;
      }
      return cached;
    },
  };
}
