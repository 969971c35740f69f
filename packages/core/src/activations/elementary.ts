/**
 * Elementary functions used as activations: exponential, arctan, sin and the Gaussian bump
 * exp(-x^2) (whose x*x is corrected for rounding: the plain form loses ~50 ulp at |x| = 10).
 */
import { arctanInfo, exponentialInfo, gaussianInfo, sinInfo } from '../catalog/elementary.js';
import { expNegSquare } from '../numeric/special.js';
import type { ScalarDefinition } from './kernel.js';
import { bulkOutput, nanOr } from './kernel.js';

const exponential: ScalarDefinition = {
  info: exponentialInfo,
  build: () => ({
    f: Math.exp,
    df: Math.exp,
    map(xs, out) {
      const o = bulkOutput(xs, out);
      for (let i = 0; i < xs.length; i++) o[i] = Math.exp(xs[i] as number);
      return o;
    },
    grad(xs, out) {
      const o = bulkOutput(xs, out);
      for (let i = 0; i < xs.length; i++) o[i] = Math.exp(xs[i] as number);
      return o;
    },
    kinks: [],
  }),
};

/** 2^-300 and its square 2^-600: scaling by them keeps x^2 from overflowing without a branch. */
const ARCTAN_SCALE = 2 ** -300;
const ARCTAN_SCALE_SQUARED = 2 ** -600;

/**
 * arctan'(x) = 1/(1 + x^2), computed as 2^-600/(2^-600 + (2^-300 x)^2): the same three roundings,
 * but (2^-300 x)^2 overflows only where the result underflows anyway, so huge |x| (where x^2 would
 * overflow and give 0 instead of a subnormal) needs no branch.
 */
function arctanDf(x: number): number {
  const y = ARCTAN_SCALE * x;
  return ARCTAN_SCALE_SQUARED / (ARCTAN_SCALE_SQUARED + y * y);
}

const arctan: ScalarDefinition = {
  info: arctanInfo,
  build: () => ({
    f: Math.atan,
    df: arctanDf,
    map(xs, out) {
      const o = bulkOutput(xs, out);
      for (let i = 0; i < xs.length; i++) o[i] = Math.atan(xs[i] as number);
      return o;
    },
    grad(xs, out) {
      const o = bulkOutput(xs, out);
      for (let i = 0; i < xs.length; i++) o[i] = arctanDf(xs[i] as number);
      return o;
    },
    kinks: [],
  }),
};

const sin: ScalarDefinition = {
  info: sinInfo,
  build: () => ({
    f: Math.sin,
    df: Math.cos,
    map(xs, out) {
      const o = bulkOutput(xs, out);
      for (let i = 0; i < xs.length; i++) o[i] = Math.sin(xs[i] as number);
      return o;
    },
    grad(xs, out) {
      const o = bulkOutput(xs, out);
      for (let i = 0; i < xs.length; i++) o[i] = Math.cos(xs[i] as number);
      return o;
    },
    kinks: [],
  }),
};

/** gaussian'(x) = -2x exp(-x^2). */
function gaussianDf(x: number): number {
  // exp(-x^2) underflows long before |x| = 40; beyond it -2x could overflow into Infinity * 0.
  return Math.abs(x) < 40 ? -2 * x * expNegSquare(x) : nanOr(x, 0);
}

const gaussian: ScalarDefinition = {
  info: gaussianInfo,
  build: () => ({
    f: expNegSquare,
    df: gaussianDf,
    map(xs, out) {
      const o = bulkOutput(xs, out);
      for (let i = 0; i < xs.length; i++) o[i] = expNegSquare(xs[i] as number);
      return o;
    },
    grad(xs, out) {
      const o = bulkOutput(xs, out);
      for (let i = 0; i < xs.length; i++) o[i] = gaussianDf(xs[i] as number);
      return o;
    },
    kinks: [],
  }),
};

/** The elementary definitions, by id. */
export const elementaryDefinitions = { exponential, arctan, sin, gaussian } as const;
