/**
 * What each node of the network computes over the plane: its output on a small grid of inputs,
 * for the thumbnails of the network diagram (as in TensorFlow Playground). The forward pass is
 * @actlab/train's own (`forwardRows` on the network cut after each layer), so no activation is
 * re-implemented here. The grid's rows are @actlab/train's `gridInputs` (see `buildRun`).
 */
import type { Network } from '@actlab/train';
import { forwardRows } from '@actlab/train';

/** Nodes of the diagram: the inputs, then every layer's units. */
export function nodeCount(network: Network): number {
  return network.layers.reduce((n, l) => n + l.units, network.inputSize);
}

/**
 * Every node's output over the grid `inputs` (`rows` rows), node-major: node k's values are
 * out[k * rows .. (k + 1) * rows). Input nodes show their own coordinate.
 */
export function nodeOutputs(network: Network, inputs: Float64Array, rows: number): Float32Array {
  const n = network.inputSize;
  const out = new Float32Array(nodeCount(network) * rows);
  for (let c = 0; c < n; c++) {
    for (let r = 0; r < rows; r++) out[c * rows + r] = inputs[r * n + c] as number;
  }
  let node = n;
  for (let l = 0; l < network.layers.length; l++) {
    const cut: Network = { inputSize: n, layers: network.layers.slice(0, l + 1) };
    const units = (network.layers[l] as Network['layers'][number]).units;
    const values = forwardRows(cut, inputs, rows);
    for (let u = 0; u < units; u++) {
      for (let r = 0; r < rows; r++) out[(node + u) * rows + r] = values[r * units + u] as number;
    }
    node += units;
  }
  return out;
}
