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

/** arctan'(x) = 1/(1 + x^2), as (1/x)^2 for huge |x| where x^2 would overflow. */
export function arctanDf(x: number): number {
  if (Math.abs(x) < 1e150) return 1 / (1 + x * x);
  const r = 1 / x;
  return r * r;
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
export function gaussianDf(x: number): number {
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
