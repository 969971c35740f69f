/**
 * tanh and its relatives: hard_tanh (clipped identity), tanh_shrink (x - tanh x, computed without
 * cancellation: tanh_shrink(1e-8) = 3.333333333333333e-25) and softsign (x/(1 + |x|)).
 */
import { hardTanhInfo, softsignInfo, tanhInfo, tanhShrinkInfo } from '../catalog/tanh.js';
import { TANH_SHRINK_SMALL } from '../numeric/coefficients.js';
import { horner, sigmoidDerivative } from '../numeric/special.js';
import type { ScalarDefinition } from './kernel.js';
import { bulkOutput, nanOr, param } from './kernel.js';

/** tanh'(x) = sech^2 x = 4 sigmoid'(2x), with no cancellation in the tails (tanh'(20) = 1.6993417021166355e-17). */
function tanhDf(x: number): number {
  return 4 * sigmoidDerivative(2 * x);
}

const tanh: ScalarDefinition = {
  info: tanhInfo,
  build: () => ({
    f: Math.tanh,
    df: tanhDf,
    map(xs, out) {
      const o = bulkOutput(xs, out);
      for (let i = 0; i < xs.length; i++) o[i] = Math.tanh(xs[i] as number);
      return o;
    },
    grad(xs, out) {
      const o = bulkOutput(xs, out);
      for (let i = 0; i < xs.length; i++) o[i] = tanhDf(xs[i] as number);
      return o;
    },
    kinks: [],
  }),
};

/** hard_tanh(x) = min(max(x, min_val), max_val). */
function hardTanhF(x: number, lo: number, hi: number): number {
  return x <= lo ? lo : x >= hi ? hi : x;
}

/** hard_tanh'(x) = 1 strictly between the bounds, else 0 (0 at both bounds, as PyTorch). */
function hardTanhDf(x: number, lo: number, hi: number): number {
  return x > lo && x < hi ? 1 : nanOr(x, 0);
}

const hardTanh: ScalarDefinition = {
  info: hardTanhInfo,
  check: (p) =>
    param(p, 'min_val') < param(p, 'max_val')
      ? undefined
      : { param: 'min_val', message: 'min_val must be less than max_val' },
  build: (p) => {
    const lo = param(p, 'min_val');
    const hi = param(p, 'max_val');
    return {
      f: (x) => hardTanhF(x, lo, hi),
      df: (x) => hardTanhDf(x, lo, hi),
      map(xs, out) {
        const o = bulkOutput(xs, out);
        for (let i = 0; i < xs.length; i++) o[i] = hardTanhF(xs[i] as number, lo, hi);
        return o;
      },
      grad(xs, out) {
        const o = bulkOutput(xs, out);
        for (let i = 0; i < xs.length; i++) o[i] = hardTanhDf(xs[i] as number, lo, hi);
        return o;
      },
      kinks: [
        { x: lo, derivative: 0 },
        { x: hi, derivative: 0 },
      ],
    };
  },
};

/**
 * tanh_shrink(x) = x - tanh(x). Below |x| = 1 a fitted series x^3 P(x^2) replaces the subtraction
 * (which loses every digit near 0); above, x - tanh x = (x - 1) + 2/(1 + e^(2x)) adds two positive terms.
 */
function tanhShrinkF(x: number): number {
  const a = Math.abs(x);
  if (a < 1) return x * x * x * horner(TANH_SHRINK_SMALL, 2 * x * x - 1);
  const e = Math.exp(-2 * a);
  const r = a - 1 + (2 * e) / (1 + e);
  return x < 0 ? -r : r;
}

/** tanh_shrink'(x) = tanh(x)^2. */
function tanhShrinkDf(x: number): number {
  const t = Math.tanh(x);
  return t * t;
}

const tanhShrink: ScalarDefinition = {
  info: tanhShrinkInfo,
  build: () => ({
    f: tanhShrinkF,
    df: tanhShrinkDf,
    map(xs, out) {
      const o = bulkOutput(xs, out);
      for (let i = 0; i < xs.length; i++) o[i] = tanhShrinkF(xs[i] as number);
      return o;
    },
    grad(xs, out) {
      const o = bulkOutput(xs, out);
      for (let i = 0; i < xs.length; i++) o[i] = tanhShrinkDf(xs[i] as number);
      return o;
    },
    kinks: [],
  }),
};

/** softsign(x) = x/(1 + |x|), with the limits +-1 at +-Infinity. */
function softsignF(x: number): number {
  const a = Math.abs(x);
  return a === Infinity ? Math.sign(x) : x / (1 + a);
}

/**
 * softsign over an array. The loop divides without checking for infinities (at 1.2 ns an element a
 * check is a fifth of the cost) and sums x*0, which is NaN only if some x is infinite or NaN; only
 * then does a second pass redo those elements exactly.
 */
function softsignMap(xs: ArrayLike<number>, o: Float64Array): Float64Array {
  let special = 0;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i] as number;
    o[i] = x / (1 + Math.abs(x));
    special += x * 0;
  }
  if (special !== 0) {
    for (let i = 0; i < xs.length; i++) o[i] = softsignF(xs[i] as number);
  }
  return o;
}

/** softsign'(x) = 1/(1 + |x|)^2, squared after the division so it never overflows. */
function softsignDf(x: number): number {
  const r = 1 / (1 + Math.abs(x));
  return r * r;
}

const softsign: ScalarDefinition = {
  info: softsignInfo,
  build: () => ({
    f: softsignF,
    df: softsignDf,
    map: (xs, out) => softsignMap(xs, bulkOutput(xs, out)),
    grad(xs, out) {
      const o = bulkOutput(xs, out);
      for (let i = 0; i < xs.length; i++) o[i] = softsignDf(xs[i] as number);
      return o;
    },
    kinks: [],
  }),
};

/** The tanh family's definitions, by id. */
export const tanhDefinitions = {
  tanh,
  hard_tanh: hardTanh,
  tanh_shrink: tanhShrink,
  softsign,
} as const;
