/**
 * Per-layer diagnostics of a network on a batch of rows, as free functions over the network: the
 * gradient and weight norms, the share of saturated (or dead) units, and a histogram of each
 * layer's pre-activations. They show why a network does or does not learn (vanishing gradients,
 * dead ReLUs, saturated sigmoids).
 */
import type { StepContext } from './batch.js';
import { lossAndDelta } from './loss.js';
import type { LayerMetrics } from './metrics.js';
import { histogram, norm } from './metrics.js';
import type { Layer, Network, Workspace } from './network.js';
import { backward, forward } from './network.js';

/** |f'(z)| below this counts a unit as saturated (or dead) on an example. */
const SATURATION = 0.01;

/**
 * The batch gradient over `rows` of the training data into `ctx.gradW`/`ctx.gradB` (replacing
 * what they held), one example at a time: the gradient a step on those rows would apply. Used
 * before any step, so a fresh network's diagnostics already show its gradients.
 */
export function probeGradients(ctx: StepContext, rows: Uint32Array): void {
  const { network, ws, gradW, gradB } = ctx;
  const last = network.layers.length - 1;
  for (const g of gradW) g.fill(0);
  for (const g of gradB) g.fill(0);
  for (const row of rows) {
    forward(network, ctx.inputs, row, ws);
    lossAndDelta(
      ctx.mode,
      ctx.loss,
      network.layers[last] as Layer,
      ws.z[last] as Float64Array,
      ws.a[last] as Float64Array,
      ctx.targets,
      row * ctx.targetsPerRow,
      rows.length,
      ws.delta[last] as Float64Array,
      ctx.scratch,
      ctx.sums,
    );
    backward(network, ctx.inputs, row, ws, gradW, gradB);
  }
}

/**
 * Each layer's measures, input side first: the norms of the given gradients and of the weights,
 * and, over the `rows` of `inputs`, the share of units whose |f'(z)| < 0.01 on every row and the
 * histogram of the pre-activations. `ws` is one example's workspace for `network`.
 */
export function layerDiagnostics(
  network: Network,
  inputs: Float64Array,
  rows: Uint32Array,
  gradW: readonly Float64Array[],
  gradB: readonly Float64Array[],
  ws: Workspace,
): LayerMetrics[] {
  const layers = network.layers;
  const zs = layers.map((l) => new Float64Array(rows.length * l.rows));
  const active = layers.map((l) => new Uint8Array(l.rows));
  const slope = layers.map((l) => new Float64Array(l.rows));
  rows.forEach((row, i) => {
    forward(network, inputs, row, ws);
    layers.forEach((layer, l) => {
      const z = ws.z[l] as Float64Array;
      (zs[l] as Float64Array).set(z, i * layer.rows);
      if (layer.act.kind !== 'scalar') return;
      layer.act.grad(z, slope[l]);
      const flags = active[l] as Uint8Array;
      (slope[l] as Float64Array).forEach((d, u) => {
        if (Math.abs(d) >= SATURATION) flags[u] = 1;
      });
    });
  });
  return layers.map((layer, l) => ({
    gradientNorm: norm(gradW[l] as Float64Array),
    biasGradientNorm: norm(gradB[l] as Float64Array),
    weightNorm: norm(layer.weights),
    saturated:
      layer.act.kind === 'scalar'
        ? (active[l] as Uint8Array).reduce((n, f) => n + (f ? 0 : 1), 0) / layer.rows
        : 0,
    histogram: histogram(zs[l] as Float64Array),
  }));
}
