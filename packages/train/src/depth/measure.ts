/**
 * The measured half of signal propagation: a seeded batch of N(0, 1) inputs pushed forward through
 * a random network of `depth` square layers, recording the variance of each layer's
 * pre-activations z, then a seeded N(0, 1) gradient dL/dz at the last layer's pre-activations
 * pushed back (dL/da = W^T dL/dz above, dL/dz = f'(z) dL/da), recording the variance of each
 * layer's dL/dz. The weights are standard draws from a `DepthDraws` store (see draws.ts) scaled
 * here: z = scale * (W a) + b and W^T dL/dz = scale * (W^T dL/dz), one multiplication per sum
 * instead of one per weight.
 */
import type { ScalarActivation } from '@actlab/core';
import type { DepthDraws } from './draws.js';
import { createDepthDraws } from './draws.js';
import { fastRng, fillNormal } from './normal.js';

/** Variance per layer, input side first (index l is layer l + 1 of the network). */
export interface DepthCurves {
  /** Variance of the pre-activations z = W a + b of each layer. */
  readonly forward: number[];
  /** Variance of dL/dz of each layer divided by that of the last layer (so the last is 1). */
  readonly gradient: number[];
}

/** How one layer's weights and biases are drawn. */
export interface WeightLaw {
  /** Weights uniform in [-scale, scale) or normal with standard deviation `scale`. */
  readonly weights: 'uniform' | 'normal';
  /** The uniform's half-width or the normal's standard deviation. */
  readonly scale: number;
  /** Every bias, when `biasStd` is 0; otherwise the biases are N(0, biasStd^2). */
  readonly bias: number;
  /** Standard deviation of the biases (0: all equal to `bias`). */
  readonly biasStd: number;
}

/** The measured pass's settings, already checked. */
export interface MeasureSettings {
  /** The activation of every layer. */
  readonly act: ScalarActivation;
  /** Units per layer, and values per input. */
  readonly width: number;
  /** Layers. */
  readonly depth: number;
  /** Inputs pushed through together. */
  readonly batch: number;
  /** Seed of every stream. */
  readonly seed: number;
  /** How the weights and biases are drawn. */
  readonly law: WeightLaw;
}

/** Streams: 0 the inputs, 1 the output gradient (2 + l are the layers', in draws.ts). */
const INPUT_STREAM = 0;
const GRADIENT_STREAM = 1;

/** Layer `l`'s standard weights, and its biases under the law written into `biases`. */
function layerOf(s: MeasureSettings, draws: DepthDraws, l: number, biases: Float64Array) {
  const layer = draws.layer(s.seed, s.width, s.law.weights, l);
  const { bias, biasStd } = s.law;
  if (biasStd > 0) {
    for (let i = 0; i < biases.length; i++) biases[i] = biasStd * (layer.biasNoise[i] as number);
  } else biases.fill(bias);
  return layer.weights;
}

/** Variance (about the mean, two passes) of `xs`. */
function variance(xs: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < xs.length; i++) sum += xs[i] as number;
  const mean = sum / xs.length;
  let sq = 0;
  for (let i = 0; i < xs.length; i++) {
    const d = (xs[i] as number) - mean;
    sq += d * d;
  }
  return sq / xs.length;
}

/**
 * z = scale * (W a) + b for every example (rows of `a` and `z` are examples). Four examples share
 * each pass over a row of W, so a weight is loaded once for four multiply-adds.
 */
function forwardLayer(
  w: Float64Array,
  scale: number,
  bias: Float64Array,
  a: Float64Array,
  z: Float64Array,
  n: number,
  batch: number,
): void {
  let e = 0;
  for (; e + 4 <= batch; e += 4) {
    const x0 = e * n;
    const x1 = x0 + n;
    const x2 = x1 + n;
    const x3 = x2 + n;
    for (let i = 0; i < n; i++) {
      const row = i * n;
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      for (let j = 0; j < n; j++) {
        const q = w[row + j] as number;
        s0 += q * (a[x0 + j] as number);
        s1 += q * (a[x1 + j] as number);
        s2 += q * (a[x2 + j] as number);
        s3 += q * (a[x3 + j] as number);
      }
      const b = bias[i] as number;
      z[x0 + i] = scale * s0 + b;
      z[x1 + i] = scale * s1 + b;
      z[x2 + i] = scale * s2 + b;
      z[x3 + i] = scale * s3 + b;
    }
  }
  for (; e < batch; e++) {
    const x = e * n;
    for (let i = 0; i < n; i++) {
      const row = i * n;
      let s = 0;
      for (let j = 0; j < n; j++) s += (w[row + j] as number) * (a[x + j] as number);
      z[x + i] = scale * s + (bias[i] as number);
    }
  }
}

/**
 * g = W^T delta for every example, as g += W[i] delta_i row by row (W is stored by rows). Four
 * examples and two rows share each pass, so every load and store of g carries two multiply-adds.
 */
function backwardLayer(
  w: Float64Array,
  delta: Float64Array,
  g: Float64Array,
  n: number,
  batch: number,
): void {
  g.fill(0);
  let e = 0;
  for (; e + 4 <= batch; e += 4) {
    const x0 = e * n;
    const x1 = x0 + n;
    const x2 = x1 + n;
    const x3 = x2 + n;
    let i = 0;
    for (; i + 2 <= n; i += 2) {
      const row = i * n;
      const next = row + n;
      const d0 = delta[x0 + i] as number;
      const d1 = delta[x1 + i] as number;
      const d2 = delta[x2 + i] as number;
      const d3 = delta[x3 + i] as number;
      const e0 = delta[x0 + i + 1] as number;
      const e1 = delta[x1 + i + 1] as number;
      const e2 = delta[x2 + i + 1] as number;
      const e3 = delta[x3 + i + 1] as number;
      for (let j = 0; j < n; j++) {
        const q = w[row + j] as number;
        const p = w[next + j] as number;
        g[x0 + j] = (g[x0 + j] as number) + q * d0 + p * e0;
        g[x1 + j] = (g[x1 + j] as number) + q * d1 + p * e1;
        g[x2 + j] = (g[x2 + j] as number) + q * d2 + p * e2;
        g[x3 + j] = (g[x3 + j] as number) + q * d3 + p * e3;
      }
    }
    if (i < n) backwardRows(w, delta, g, n, e, e + 4, i);
  }
  backwardRows(w, delta, g, n, e, batch, 0);
}

/** g += W[i] delta_i for rows `from` to n - 1 and examples `first` to `end` - 1, one at a time. */
function backwardRows(
  w: Float64Array,
  delta: Float64Array,
  g: Float64Array,
  n: number,
  first: number,
  end: number,
  from: number,
): void {
  for (let e = first; e < end; e++) {
    const x = e * n;
    for (let i = from; i < n; i++) {
      const row = i * n;
      const d = delta[x + i] as number;
      for (let j = 0; j < n; j++) g[x + j] = (g[x + j] as number) + (w[row + j] as number) * d;
    }
  }
}

/**
 * Measured variance of z and relative variance of dL/dz per layer (see the module's comment). The
 * layers' draws come from `draws`, which keeps them for the next call. Without one, each layer is
 * drawn into one scratch layer forwards and again backwards: for a single call that is faster
 * than keeping 50 MB of draws in fresh memory, whose first writes cost as much as drawing again.
 */
export function measureDepth(
  s: MeasureSettings,
  draws: DepthDraws = createDepthDraws(0),
): DepthCurves {
  const { act, width: n, depth, batch } = s;
  const { scale } = s.law;
  const size = n * batch;
  const biases = new Float64Array(n);
  const a = new Float64Array(size);
  const z = new Float64Array(size);
  // f'(z) of every layer, kept for the backward pass.
  const slopes = new Float64Array(depth * size);
  fillNormal(fastRng(s.seed, INPUT_STREAM), a, 1);
  const forward: number[] = [];
  for (let l = 0; l < depth; l++) {
    const weights = layerOf(s, draws, l, biases);
    forwardLayer(weights, scale, biases, a, z, n, batch);
    forward.push(variance(z));
    act.grad(z, slopes.subarray(l * size, (l + 1) * size));
    act.map(z, a);
  }
  // `a` and `z` are free now: they hold dL/dz and W^T dL/dz.
  let delta = a;
  let g = z;
  fillNormal(fastRng(s.seed, GRADIENT_STREAM), delta, 1);
  const raw = new Array<number>(depth);
  raw[depth - 1] = variance(delta);
  for (let l = depth - 1; l > 0; l--) {
    backwardLayer(draws.layer(s.seed, n, s.law.weights, l).weights, delta, g, n, batch);
    const slope = slopes.subarray((l - 1) * size, l * size);
    for (let k = 0; k < size; k++) g[k] = scale * (g[k] as number) * (slope[k] as number);
    raw[l - 1] = variance(g);
    [delta, g] = [g, delta];
  }
  const last = raw[depth - 1] as number;
  return { forward, gradient: raw.map((v) => v / last) };
}
