/**
 * Self-gated activations, x times a gate of x: SiLU/swish (x*sigmoid(beta x)), hard SiLU
 * (x*relu6(x + 3)/6) and mish (x*tanh(softplus x)). Limits at -Infinity are 0, not NaN.
 */
import { hardSiluInfo, mishInfo, siluInfo } from '../catalog/self-gated.js';
import { SPLIT_LIMIT, productError } from '../numeric/double-double.js';
import type { ScalarDefinition } from './kernel.js';
import { bulkOutput, param } from './kernel.js';

/**
 * sigmoid(beta x) and 1 - sigmoid(beta x), each without cancellation, with the rounding error of
 * beta*x added back (the sigmoid's lower tail amplifies it by |beta x|). Written into `SG`.
 */
function gate(x: number, beta: number): void {
  const y = beta * x;
  const e = Math.exp(-Math.abs(y));
  const big = 1 / (1 + e);
  const small = e * big;
  let s = y >= 0 ? big : small;
  let sm = y >= 0 ? small : big;
  if (beta !== 1 && Math.abs(x) < SPLIT_LIMIT) {
    const d = productError(beta, x, y) * s * sm;
    s += d;
    sm -= d;
  }
  SG.s = s;
  SG.sm = sm;
}

/** Scratch for `gate`, so the kernels allocate nothing. */
const SG = { s: 0, sm: 0 };

/** silu(x) = x*sigmoid(beta x); silu(-Infinity) = 0. */
export function siluF(x: number, beta: number): number {
  if (x === -Infinity) return 0;
  gate(x, beta);
  return x * SG.s;
}

/** silu'(x) = s (1 + beta x (1 - s)), s = sigmoid(beta x). */
export function siluDf(x: number, beta: number): number {
  if (x === -Infinity) return 0;
  gate(x, beta);
  return x === Infinity ? 1 : SG.s * (1 + beta * x * SG.sm);
}

const silu: ScalarDefinition = {
  info: siluInfo,
  build: (p) => {
    const beta = param(p, 'beta');
    return {
      f: (x) => siluF(x, beta),
      df: (x) => siluDf(x, beta),
      map(xs, out) {
        const o = bulkOutput(xs, out);
        for (let i = 0; i < xs.length; i++) o[i] = siluF(xs[i] as number, beta);
        return o;
      },
      grad(xs, out) {
        const o = bulkOutput(xs, out);
        for (let i = 0; i < xs.length; i++) o[i] = siluDf(xs[i] as number, beta);
        return o;
      },
      kinks: [],
    };
  },
};

/** hard_silu(x) = x*relu6(x + 3)/6: 0 below -3, x above 3. */
export function hardSiluF(x: number): number {
  return x <= -3 ? 0 : x >= 3 ? x : (x * (x + 3)) / 6;
}

/** hard_silu'(x) = (2x + 3)/6 inside (-3, 3), 0 at and below -3, 1 at and above 3 (as PyTorch). */
export function hardSiluDf(x: number): number {
  return x <= -3 ? 0 : x >= 3 ? 1 : (2 * x + 3) / 6;
}

const hardSilu: ScalarDefinition = {
  info: hardSiluInfo,
  build: () => ({
    f: hardSiluF,
    df: hardSiluDf,
    map(xs, out) {
      const o = bulkOutput(xs, out);
      for (let i = 0; i < xs.length; i++) o[i] = hardSiluF(xs[i] as number);
      return o;
    },
    grad(xs, out) {
      const o = bulkOutput(xs, out);
      for (let i = 0; i < xs.length; i++) o[i] = hardSiluDf(xs[i] as number);
      return o;
    },
    kinks: [
      { x: -3, derivative: 0 },
      { x: 3, derivative: 1 },
    ],
  }),
};

/** Above this x, tanh(softplus x) = 1 - 2e^(-2x) to far below one ulp, and e^(2x) would overflow. */
const MISH_LARGE = 20;

/**
 * mish(x) = x*tanh(softplus x). With e = e^x, tanh(log(1 + e)) = n/(n + 2), n = e(e + 2): no
 * cancellation at either end (the textbook form loses the lower tail to 1 - 1).
 */
export function mishF(x: number): number {
  if (x > MISH_LARGE) {
    // x (1 - 2e^(-2x)) rounds to x here; the product form also keeps mish(Infinity) = Infinity.
    const d = Math.exp(-x);
    return x * (1 - 2 * d * d);
  }
  if (x === -Infinity) return 0;
  const e = Math.exp(x);
  const n = e * (e + 2);
  return (x * n) / (n + 2);
}

/** mish'(x) = t + x sigmoid(x) sech^2(softplus x) = n/(n + 2) + 4 x e (1 + e)/(n + 2)^2. */
export function mishDf(x: number): number {
  if (x > MISH_LARGE) {
    if (x === Infinity) return 1;
    const d = Math.exp(-x);
    return 1 + (4 * x - 2) * d * d;
  }
  if (x === -Infinity) return 0;
  const e = Math.exp(x);
  const n = e * (e + 2);
  const m = n + 2;
  return n / m + (4 * x * e * (1 + e)) / m / m;
}

const mish: ScalarDefinition = {
  info: mishInfo,
  build: () => ({
    f: mishF,
    df: mishDf,
    map(xs, out) {
      const o = bulkOutput(xs, out);
      for (let i = 0; i < xs.length; i++) o[i] = mishF(xs[i] as number);
      return o;
    },
    grad(xs, out) {
      const o = bulkOutput(xs, out);
      for (let i = 0; i < xs.length; i++) o[i] = mishDf(xs[i] as number);
      return o;
    },
    kinks: [],
  }),
};

/** The self-gated definitions, by id. */
export const selfGatedDefinitions = { silu, hard_silu: hardSilu, mish } as const;
