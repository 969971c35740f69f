/**
 * Self-gated activations, x times a gate of x: SiLU/swish (x*sigmoid(beta x)), hard SiLU
 * (x*relu6(x + 3)/6) and mish (x*tanh(softplus x)). Limits at -Infinity are 0, not NaN.
 */
import { hardSiluInfo, mishInfo, siluInfo } from '../catalog/self-gated.js';
import { SPLIT_LIMIT, productError } from '../numeric/double-double.js';
import type { ScalarDefinition } from './kernel.js';
import { bulkOutput, param } from './kernel.js';

/** Below this beta*x, sigmoid(beta x) is subnormal: results come from one exp of a sum of logs. */
const SUBNORMAL_TAIL = -708;

/**
 * silu(x) = x*sigmoid(beta x); silu(-Infinity) = 0. The rounding error d of beta*x is added back
 * (the sigmoid's lower tail amplifies it by |beta x|), and in the far tail x e^(beta x) is taken as
 * -exp(beta x + log(-x)) so that subnormal results keep their digits.
 */
function siluF(x: number, beta: number): number {
  const y = beta * x;
  if (y < SUBNORMAL_TAIL) return y === -Infinity ? 0 : -Math.exp(y + Math.log(-x));
  // 1/(1 + e^-y) is accurate wherever e^-y is finite, so no branch on the sign is needed.
  const e = Math.exp(-y);
  const s = 1 / (1 + e);
  if (beta === 1 || !(Math.abs(x) < SPLIT_LIMIT)) return x * s;
  return x * (s + productError(beta, x, y) * s * (e * s));
}

/**
 * silu'(x) = g(beta x) with g(y) = sigmoid(y)(1 + y sigmoid(-y)). With e = e^-|y| it is
 * (1 + e + y e)/(1 + e)^2 for y >= 0 and e (1 + y + e)/(1 + e)^2 below, where 1 + y is exact near
 * the root at y = -1.28, so only the rounding of e is left to cancel. The sign picks a numerator by
 * arithmetic on w (0 or 1), not by a branch that random signs would mispredict.
 */
function siluDf(x: number, beta: number): number {
  const y = beta * x;
  if (y < SUBNORMAL_TAIL) return y === -Infinity ? 0 : -Math.exp(y + Math.log(-1 - y));
  if (y === Infinity) return 1;
  const w = +(y >= 0);
  const dy = beta === 1 || !(Math.abs(x) < SPLIT_LIMIT) ? 0 : productError(beta, x, y);
  const e0 = Math.exp(-Math.abs(y));
  // Below zero e = e^(y + dy) carries the rounding of beta*x; above, it does not matter.
  const e = e0 + (1 - w) * e0 * dy;
  const d = 1 + e;
  const numerator = w * (1 + e + y * e) + (1 - w) * (e * (1 + y + (e + dy)));
  return numerator / d / d;
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
function hardSiluF(x: number): number {
  return x <= -3 ? 0 : x >= 3 ? x : (x * (x + 3)) / 6;
}

/** hard_silu'(x) = (2x + 3)/6 inside (-3, 3), 0 at and below -3, 1 at and above 3 (as PyTorch). */
function hardSiluDf(x: number): number {
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
function mishF(x: number): number {
  if (x > MISH_LARGE) {
    // x (1 - 2e^(-2x)) rounds to x here; the product form also keeps mish(Infinity) = Infinity.
    const d = Math.exp(-x);
    return x * (1 - 2 * d * d);
  }
  if (x < SUBNORMAL_TAIL) return x === -Infinity ? 0 : -Math.exp(x + Math.log(-x));
  const e = Math.exp(x);
  const n = e * (e + 2);
  return (x * n) / (n + 2);
}

/** mish'(x) = t + x sigmoid(x) sech^2(softplus x) = n/(n + 2) + 4 x e (1 + e)/(n + 2)^2, n = e(e + 2). */
function mishDf(x: number): number {
  if (x > MISH_LARGE) {
    // Once e^(-2x) underflows the correction is gone (and 4x may overflow): the slope is 1.
    const d2 = Math.exp(-2 * x);
    return d2 === 0 ? 1 : 1 + (4 * x - 2) * d2;
  }
  if (x < SUBNORMAL_TAIL) return x === -Infinity ? 0 : -Math.exp(x + Math.log(-1 - x));
  // Over one denominator: e B/m^2 with B = 4(1 + x) + e(6 + 4x) + 4e^2 + e^3, whose terms cancel
  // only near the root (x = -1.19), where 4(1 + x) is exact.
  const e = Math.exp(x);
  const m = e * (e + 2) + 2;
  const b = 4 * (1 + x) + e * (6 + 4 * x) + e * e * (4 + e);
  return (e * b) / m / m;
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
