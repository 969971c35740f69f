/**
 * A mini-batch step computed layer by layer over the whole batch, the way matrix libraries do it:
 * each weight row is used for every example while it sits in the fastest cache, instead of the
 * whole weight matrix streaming through memory once per example. On a 784-128-10 network this is
 * what decides speed. Buffers are allocated once; a step allocates nothing.
 */
import type { Dataset } from './datasets/dataset.js';
import type { LossId, OutputMode } from './loss.js';
import { lossAndDelta } from './loss.js';
import type { Layer, Network, Workspace } from './network.js';
import { activationBackward, affineBatch, createWorkspace } from './network.js';

/** Per-layer buffers for a batch of up to `capacity` examples. */
interface BatchBuffers {
  /** Most examples per batch. */
  readonly capacity: number;
  /** The batch's input rows, copied contiguously. */
  readonly x: Float64Array;
  /** Pre-activations per layer, examples x rows. */
  readonly z: Float64Array[];
  /** Outputs per layer, examples x units. */
  readonly a: Float64Array[];
  /** dL/dz per layer, examples x rows. */
  readonly delta: Float64Array[];
  /** dL/da per layer, examples x max(units, rows); also one example's f' scratch. */
  readonly da: Float64Array[];
}

/** Buffers for `network` and batches of up to `capacity` examples. */
function createBatchBuffers(network: Network, capacity: number): BatchBuffers {
  return {
    capacity,
    x: new Float64Array(capacity * network.inputSize),
    z: network.layers.map((l) => new Float64Array(capacity * l.rows)),
    a: network.layers.map((l) => new Float64Array(capacity * l.units)),
    delta: network.layers.map((l) => new Float64Array(capacity * l.rows)),
    da: network.layers.map((l) => new Float64Array(capacity * Math.max(l.units, l.rows))),
  };
}

/**
 * dW[r, :] += sum_i delta[i, r] prev[i, :] and db[r] += sum_i delta[i, r], one weight row at a time
 * and four examples at a time, so each gradient entry is loaded and stored once per four examples.
 */
function weightGradient(
  layer: Layer,
  delta: Float64Array,
  prev: Float64Array,
  count: number,
  gW: Float64Array,
  gB: Float64Array,
): void {
  const { inputSize, rows } = layer;
  const whole = count - (count % 4);
  for (let r = 0; r < rows; r++) {
    const base = r * inputSize;
    let sb = 0;
    let i = 0;
    for (; i < whole; i += 4) {
      const d0 = delta[i * rows + r] as number;
      const d1 = delta[(i + 1) * rows + r] as number;
      const d2 = delta[(i + 2) * rows + r] as number;
      const d3 = delta[(i + 3) * rows + r] as number;
      sb += d0 + d1 + d2 + d3;
      // Dead ReLUs and saturated units give whole blocks of zeros: nothing to add.
      if (d0 === 0 && d1 === 0 && d2 === 0 && d3 === 0) continue;
      const p0 = i * inputSize;
      const p1 = p0 + inputSize;
      const p2 = p1 + inputSize;
      const p3 = p2 + inputSize;
      for (let c = 0; c < inputSize; c++) {
        gW[base + c] =
          (gW[base + c] as number) +
          d0 * (prev[p0 + c] as number) +
          d1 * (prev[p1 + c] as number) +
          d2 * (prev[p2 + c] as number) +
          d3 * (prev[p3 + c] as number);
      }
    }
    for (; i < count; i++) {
      const d = delta[i * rows + r] as number;
      sb += d;
      if (d === 0) continue;
      const p = i * inputSize;
      for (let c = 0; c < inputSize; c++)
        gW[base + c] = (gW[base + c] as number) + d * (prev[p + c] as number);
    }
    gB[r] = (gB[r] as number) + sb;
  }
}

/**
 * Everything a mini-batch step reads and writes, gathered once when training starts so a step
 * takes three arguments and allocates nothing: the network, how its output meets the loss, the
 * training rows, the epoch's row order, and the buffers.
 */
export interface StepContext {
  /** The network being trained (its weights are read; the optimizer changes them). */
  readonly network: Network;
  /** How the output layer and the loss combine (fused softmax, logits, plain). */
  readonly mode: OutputMode;
  /** The loss. */
  readonly loss: LossId;
  /** Training inputs, row-major. */
  readonly inputs: Float64Array;
  /** Training targets. */
  readonly targets: Float64Array;
  /** Targets per row: 1 for class indices, the output width otherwise. */
  readonly targetsPerRow: number;
  /** The epoch's order of training rows (reshuffled in place at each epoch's end). */
  readonly order: Uint32Array;
  /** The batch's per-layer buffers. */
  readonly buffers: BatchBuffers;
  /** One example's buffers (the loss of each example passes through them). */
  readonly ws: Workspace;
  /** dL/dW of each layer, accumulated over the batch. */
  readonly gradW: readonly Float64Array[];
  /** dL/db of each layer. */
  readonly gradB: readonly Float64Array[];
  /** Scratch for the loss (as long as the widest layer's rows). */
  readonly scratch: Float64Array;
  /**
   * [0]: the last example's or batch's summed loss, [1]: the running sum of step losses. Numbers
   * pass through this array rather than as return values: a double returned from a call V8 does
   * not inline is boxed, and the training loop must not allocate.
   */
  readonly sums: Float64Array;
}

/** A step context for training `network` on `train` in batches of up to `capacity` rows. */
export function createStepContext(
  network: Network,
  mode: OutputMode,
  loss: LossId,
  train: Dataset,
  order: Uint32Array,
  capacity: number,
): StepContext {
  return {
    network,
    mode,
    loss,
    inputs: train.inputs,
    targets: train.targets,
    targetsPerRow: train.task === 'multiclass' ? 1 : train.outputSize,
    order,
    buffers: createBatchBuffers(network, capacity),
    ws: createWorkspace(network),
    gradW: network.layers.map((l) => new Float64Array(l.weights.length)),
    gradB: network.layers.map((l) => new Float64Array(l.biases.length)),
    scratch: new Float64Array(Math.max(...network.layers.map((l) => l.rows))),
    sums: new Float64Array(2),
  };
}

/**
 * One batch: forward over `count` rows (their indices in `ctx.order` from `start`), the loss of
 * each example, backward into `ctx.gradW`/`ctx.gradB` (averaged over the batch). Writes the
 * batch's summed loss into `ctx.sums[0]`.
 */
export function batchStep(ctx: StepContext, start: number, count: number): void {
  const { network, mode, loss, inputs, targets, targetsPerRow, order, buffers, ws } = ctx;
  const { gradW, gradB, scratch } = ctx;
  const result = ctx.sums;
  const n = network.inputSize;
  const layers = network.layers;
  const last = layers.length - 1;
  const { x } = buffers;
  for (let i = 0; i < count; i++) {
    const row = order[start + i] as number;
    for (let c = 0; c < n; c++) x[i * n + c] = inputs[row * n + c] as number;
  }
  // Forward, layer by layer over the whole batch.
  let input = x;
  for (let l = 0; l <= last; l++) {
    const layer = layers[l] as Layer;
    const z = buffers.z[l] as Float64Array;
    const a = buffers.a[l] as Float64Array;
    affineBatch(layer, input, count, z);
    if (layer.act.kind === 'scalar') {
      layer.act.map(z.length === count * layer.rows ? z : z.subarray(0, count * layer.rows), a);
    } else {
      for (let i = 0; i < count; i++) {
        a.set(layer.act.f(z.subarray(i * layer.rows, (i + 1) * layer.rows)), i * layer.units);
      }
    }
    input = a;
  }
  // The loss of each example and its dL/dz at the output, through the one-example workspace.
  const out = layers[last] as Layer;
  const zOut = buffers.z[last] as Float64Array;
  const aOut = buffers.a[last] as Float64Array;
  const dOut = buffers.delta[last] as Float64Array;
  const z1 = ws.z[last] as Float64Array;
  const a1 = ws.a[last] as Float64Array;
  const d1 = ws.delta[last] as Float64Array;
  let total = 0;
  for (let i = 0; i < count; i++) {
    for (let j = 0; j < out.rows; j++) z1[j] = zOut[i * out.rows + j] as number;
    for (let j = 0; j < out.units; j++) a1[j] = aOut[i * out.units + j] as number;
    const row = order[start + i] as number;
    lossAndDelta(mode, loss, out, z1, a1, targets, row * targetsPerRow, count, d1, scratch, result);
    total += result[0] as number;
    for (let j = 0; j < out.rows; j++) dOut[i * out.rows + j] = d1[j] as number;
  }
  result[0] = total;
  // Backward, layer by layer over the whole batch.
  for (let l = last; l >= 0; l--) {
    const layer = layers[l] as Layer;
    const { inputSize, rows, weights } = layer;
    const delta = buffers.delta[l] as Float64Array;
    const prev = l === 0 ? x : (buffers.a[l - 1] as Float64Array);
    weightGradient(layer, delta, prev, count, gradW[l] as Float64Array, gradB[l] as Float64Array);
    if (l === 0) break;
    // dA of the layer below, example by example: dA[i, :] = sum_r delta[i, r] W[r, :].
    const below = layers[l - 1] as Layer;
    const da = buffers.da[l - 1] as Float64Array;
    const units = below.units;
    da.fill(0, 0, count * units);
    for (let i = 0; i < count; i++) {
      const o = i * units;
      for (let r = 0; r < rows; r++) {
        const d = delta[i * rows + r] as number;
        if (d === 0) continue;
        const base = r * inputSize;
        for (let c = 0; c < inputSize; c++)
          da[o + c] = (da[o + c] as number) + d * (weights[base + c] as number);
      }
    }
    const zBelow = buffers.z[l - 1] as Float64Array;
    const dBelow = buffers.delta[l - 1] as Float64Array;
    if (below.act.kind === 'scalar') {
      // delta = dA * f'(z) over the whole batch at once.
      below.act.grad(
        zBelow.length === count * below.rows ? zBelow : zBelow.subarray(0, count * below.rows),
        dBelow,
      );
      for (let k = 0; k < count * below.rows; k++)
        dBelow[k] = (dBelow[k] as number) * (da[k] as number);
    } else {
      for (let i = 0; i < count; i++) {
        activationBackward(
          below,
          zBelow.subarray(i * below.rows, (i + 1) * below.rows),
          da.subarray(i * units, (i + 1) * units),
          dBelow.subarray(i * below.rows, (i + 1) * below.rows),
        );
      }
    }
  }
}
