/**
 * The plain hand-written baseline the issue measures the Playground-scale trainer against: a
 * 2-8-8-1 network (tanh, tanh, sigmoid) trained with binary cross-entropy from the logit and SGD,
 * everything hard-coded over Float64Arrays, one example at a time, exactly the work actlab's
 * trainer does per step (forward, loss, backward, averaged update), with nothing general about it.
 */
import type { Network } from '@actlab/train';
import { mulberry32 } from '../kit/index.js';

const HIDDEN = 8;

/** The six parameter arrays of the 2-8-8-1 network, weights row-major (units x inputs) as actlab's. */
export interface PlaygroundWeights {
  readonly w1: Float64Array;
  readonly b1: Float64Array;
  readonly w2: Float64Array;
  readonly b2: Float64Array;
  readonly w3: Float64Array;
  readonly b3: Float64Array;
}

/** A copy of an actlab 2-8-8-1 network's parameters; throws for any other shape. */
export function playgroundWeights(network: Network): PlaygroundWeights {
  const sizes = network.layers.map((l) => `${l.inputSize}-${l.rows}`).join(',');
  if (network.inputSize !== 2 || sizes !== '2-8,8-8,8-1') {
    throw new Error(`the plain loop is hard-coded for 2-8-8-1, got layers ${sizes}`);
  }
  const layer = (i: number): Network['layers'][number] =>
    network.layers[i] as Network['layers'][number];
  return {
    w1: layer(0).weights.slice(),
    b1: layer(0).biases.slice(),
    w2: layer(1).weights.slice(),
    b2: layer(1).biases.slice(),
    w3: layer(2).weights.slice(),
    b3: layer(2).biases.slice(),
  };
}

/** The baseline bound to its data. */
export interface PlaygroundLoop {
  /** The current parameters (updated in place by training). */
  readonly weights: PlaygroundWeights;
  /** One SGD step on rows order[start..end); returns the batch's mean loss before the update. */
  step(order: Uint32Array, start: number, end: number): number;
  /** A whole epoch in a freshly shuffled order, as the trainer runs one; returns its mean loss. */
  epoch(): number;
  /** Sigmoid outputs over a size x size grid of the two inputs, rows from yMin up. */
  predictGrid(
    grid: { xMin: number; xMax: number; yMin: number; yMax: number; size: number },
    out: Float64Array,
  ): Float64Array;
}

/**
 * The baseline, starting from a copy of `initial`, on `inputs` (2 per row) and 0/1 `targets`, with
 * learning rate `lr` and batches of `batchSize`; `seed` drives its own epoch shuffles.
 */
export function createPlaygroundLoop(
  initial: PlaygroundWeights,
  inputs: Float64Array,
  targets: Float64Array,
  lr: number,
  batchSize: number,
  seed: number,
): PlaygroundLoop {
  const w1 = initial.w1.slice();
  const b1 = initial.b1.slice();
  const w2 = initial.w2.slice();
  const b2 = initial.b2.slice();
  const w3 = initial.w3.slice();
  const b3 = initial.b3.slice();
  const gw1 = new Float64Array(2 * HIDDEN);
  const gb1 = new Float64Array(HIDDEN);
  const gw2 = new Float64Array(HIDDEN * HIDDEN);
  const gb2 = new Float64Array(HIDDEN);
  const gw3 = new Float64Array(HIDDEN);
  const gb3 = new Float64Array(1);
  const a1 = new Float64Array(HIDDEN);
  const a2 = new Float64Array(HIDDEN);
  const d1 = new Float64Array(HIDDEN);
  const d2 = new Float64Array(HIDDEN);
  const size = targets.length;
  const order = Uint32Array.from({ length: size }, (_, i) => i);
  const next = mulberry32(seed);

  const forward = (x0: number, x1: number): number => {
    for (let j = 0; j < HIDDEN; j++) {
      a1[j] = Math.tanh(
        (b1[j] as number) + (w1[2 * j] as number) * x0 + (w1[2 * j + 1] as number) * x1,
      );
    }
    for (let j = 0; j < HIDDEN; j++) {
      let s = b2[j] as number;
      for (let k = 0; k < HIDDEN; k++) s += (w2[j * HIDDEN + k] as number) * (a1[k] as number);
      a2[j] = Math.tanh(s);
    }
    let z = b3[0] as number;
    for (let k = 0; k < HIDDEN; k++) z += (w3[k] as number) * (a2[k] as number);
    return z;
  };

  const step = (rows: Uint32Array, start: number, end: number): number => {
    gw1.fill(0);
    gb1.fill(0);
    gw2.fill(0);
    gb2.fill(0);
    gw3.fill(0);
    gb3[0] = 0;
    const scale = 1 / (end - start);
    let total = 0;
    for (let i = start; i < end; i++) {
      const row = rows[i] as number;
      const x0 = inputs[2 * row] as number;
      const x1 = inputs[2 * row + 1] as number;
      const t = targets[row] as number;
      const z = forward(x0, x1);
      // BCE from the logit: softplus(z) - t z, whose derivative is sigmoid(z) - t.
      total += Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z))) - t * z;
      const d3 = (1 / (1 + Math.exp(-z)) - t) * scale;
      gb3[0] = (gb3[0] as number) + d3;
      for (let k = 0; k < HIDDEN; k++) {
        gw3[k] = (gw3[k] as number) + d3 * (a2[k] as number);
        d2[k] = d3 * (w3[k] as number) * (1 - (a2[k] as number) * (a2[k] as number));
      }
      d1.fill(0);
      for (let j = 0; j < HIDDEN; j++) {
        const d = d2[j] as number;
        gb2[j] = (gb2[j] as number) + d;
        for (let k = 0; k < HIDDEN; k++) {
          gw2[j * HIDDEN + k] = (gw2[j * HIDDEN + k] as number) + d * (a1[k] as number);
          d1[k] = (d1[k] as number) + (w2[j * HIDDEN + k] as number) * d;
        }
      }
      for (let j = 0; j < HIDDEN; j++) {
        const d = (d1[j] as number) * (1 - (a1[j] as number) * (a1[j] as number));
        gb1[j] = (gb1[j] as number) + d;
        gw1[2 * j] = (gw1[2 * j] as number) + d * x0;
        gw1[2 * j + 1] = (gw1[2 * j + 1] as number) + d * x1;
      }
    }
    for (let i = 0; i < 2 * HIDDEN; i++) w1[i] = (w1[i] as number) - lr * (gw1[i] as number);
    for (let i = 0; i < HIDDEN * HIDDEN; i++) w2[i] = (w2[i] as number) - lr * (gw2[i] as number);
    for (let i = 0; i < HIDDEN; i++) {
      b1[i] = (b1[i] as number) - lr * (gb1[i] as number);
      b2[i] = (b2[i] as number) - lr * (gb2[i] as number);
      w3[i] = (w3[i] as number) - lr * (gw3[i] as number);
    }
    b3[0] = (b3[0] as number) - lr * (gb3[0] as number);
    return total * scale;
  };

  return {
    weights: { w1, b1, w2, b2, w3, b3 },
    step,
    epoch() {
      for (let i = size - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        const t = order[i] as number;
        order[i] = order[j] as number;
        order[j] = t;
      }
      let total = 0;
      let batches = 0;
      for (let start = 0; start < size; start += batchSize) {
        total += step(order, start, Math.min(start + batchSize, size));
        batches++;
      }
      return total / batches;
    },
    predictGrid(grid, out) {
      const { xMin, xMax, yMin, yMax, size: n } = grid;
      for (let iy = 0; iy < n; iy++) {
        const y = yMin + ((yMax - yMin) * iy) / (n - 1);
        for (let ix = 0; ix < n; ix++) {
          const z = forward(xMin + ((xMax - xMin) * ix) / (n - 1), y);
          out[iy * n + ix] = 1 / (1 + Math.exp(-z));
        }
      }
      return out;
    },
  };
}
