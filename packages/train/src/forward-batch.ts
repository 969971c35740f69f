/**
 * Forward passes over many rows at once (prediction, evaluation, serving a model): each
 * activation runs once over a chunk of rows, its bulk kernel, rather than once per example.
 */
import type { Layer, Network } from './network.js';
import { affineBatch } from './network.js';

/** Rows per chunk of a batched forward pass: big enough to amortize calls, small enough for cache. */
export const BATCH_ROWS = 256;

/** Buffers for a batched forward pass over up to BATCH_ROWS rows. */
export interface BatchWorkspace {
  /** Pre-activations of each layer, rows x layer.rows. */
  readonly z: Float64Array[];
  /** Outputs of each layer, rows x layer.units. */
  readonly a: Float64Array[];
}

/** Buffers sized for `network` and BATCH_ROWS rows. */
export function createBatchWorkspace(network: Network): BatchWorkspace {
  return {
    z: network.layers.map((l) => new Float64Array(BATCH_ROWS * l.rows)),
    a: network.layers.map((l) => new Float64Array(BATCH_ROWS * l.units)),
  };
}

/**
 * Forward pass of `count` (<= BATCH_ROWS) rows starting at row `first` of `inputs`, layer by layer:
 * each activation runs once over the whole chunk (its bulk kernel), not once per example, which is
 * what makes prediction over a 100x100 grid fast. Outputs land in bws.a[last].
 */
export function forwardBatch(
  network: Network,
  inputs: Float64Array,
  first: number,
  count: number,
  bws: BatchWorkspace,
): void {
  let input = inputs;
  let offset = first * network.inputSize;
  const layers = network.layers;
  for (let l = 0; l < layers.length; l++) {
    const layer = layers[l] as Layer;
    const { rows, units } = layer;
    const z = bws.z[l] as Float64Array;
    const a = bws.a[l] as Float64Array;
    affineBatch(layer, offset === 0 ? input : input.subarray(offset), count, z);
    if (layer.act.kind === 'scalar') {
      layer.act.map(count * rows === z.length ? z : z.subarray(0, count * rows), a);
    } else {
      for (let i = 0; i < count; i++)
        a.set(layer.act.f(z.subarray(i * rows, (i + 1) * rows)), i * units);
    }
    input = a;
    offset = 0;
  }
}

/**
 * The network's outputs (its last layer's activations) for `rows` input rows, row-major
 * (rows x inputSize in, rows x units out): the forward pass on its own, for serving a model.
 */
export function forwardRows(network: Network, inputs: Float64Array, rows: number): Float64Array {
  const last = network.layers[network.layers.length - 1] as Layer;
  const out = new Float64Array(rows * last.units);
  const bws = createBatchWorkspace(network);
  const outputs = bws.a[network.layers.length - 1] as Float64Array;
  for (let first = 0; first < rows; first += BATCH_ROWS) {
    const count = Math.min(BATCH_ROWS, rows - first);
    forwardBatch(network, inputs, first, count, bws);
    out.set(outputs.subarray(0, count * last.units), first * last.units);
  }
  return out;
}
