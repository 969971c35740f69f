/**
 * Smooth rectifiers: softplus (log(1 + e^(beta x))/beta, exact with no linear cut-off), Keras's
 * sparse_plus (a quadratic bridge between 0 and x) and squareplus ((x + sqrt(x^2 + b))/2).
 */
import { softplusInfo, sparsePlusInfo, squareplusInfo } from '../catalog/softplus.js';
import { SPLIT_LIMIT, productError } from '../numeric/double-double.js';
import { sigmoid, softplus as softplusKernel } from '../numeric/special.js';
import type { ScalarDefinition } from './kernel.js';
import { bulkOutput, param } from './kernel.js';

/**
 * softplus(x; beta) = softplus(beta x)/beta. The rounding error d of beta*x is added back as
 * d*sigmoid(beta x) (softplus amplifies it by |beta x| in the lower tail).
 */
function softplusBetaF(x: number, beta: number): number {
  const y = beta * x;
  // beta*x can overflow for finite x; softplus is then x itself (or 0 below).
  if (Math.abs(y) === Infinity && Math.abs(x) !== Infinity) return y > 0 ? x : 0;
  const s = softplusKernel(y);
  if (!(Math.abs(x) < SPLIT_LIMIT) || beta === 1) return s / beta;
  return (s + productError(beta, x, y) * sigmoid(y)) / beta;
}

/** softplus'(x; beta) = sigmoid(beta x), with the rounding of beta*x corrected. */
function softplusBetaDf(x: number, beta: number): number {
  const y = beta * x;
  const s = sigmoid(y);
  if (!(Math.abs(x) < SPLIT_LIMIT) || beta === 1) return s;
  return s + productError(beta, x, y) * s * sigmoid(-y);
}

const softplus: ScalarDefinition = {
  info: softplusInfo,
  build: (p) => {
    const beta = param(p, 'beta');
    if (beta === 1) {
      return {
        f: softplusKernel,
        df: sigmoid,
        map(xs, out) {
          const o = bulkOutput(xs, out);
          for (let i = 0; i < xs.length; i++) o[i] = softplusKernel(xs[i] as number);
          return o;
        },
        grad(xs, out) {
          const o = bulkOutput(xs, out);
          for (let i = 0; i < xs.length; i++) o[i] = sigmoid(xs[i] as number);
          return o;
        },
        kinks: [],
      };
    }
    return {
      f: (x) => softplusBetaF(x, beta),
      df: (x) => softplusBetaDf(x, beta),
      map(xs, out) {
        const o = bulkOutput(xs, out);
        for (let i = 0; i < xs.length; i++) o[i] = softplusBetaF(xs[i] as number, beta);
        return o;
      },
      grad(xs, out) {
        const o = bulkOutput(xs, out);
        for (let i = 0; i < xs.length; i++) o[i] = softplusBetaDf(xs[i] as number, beta);
        return o;
      },
      kinks: [],
    };
  },
};

/** sparse_plus(x) = 0 for x <= -1, (x + 1)^2/4 inside, x for x >= 1. */
function sparsePlusF(x: number): number {
  if (x <= -1) return 0;
  if (x >= 1) return x;
  const t = x + 1;
  return 0.25 * t * t;
}

/** sparse_plus'(x) = 0, (x + 1)/2, 1 on the three pieces (continuous: no kinks). */
function sparsePlusDf(x: number): number {
  return x <= -1 ? 0 : x >= 1 ? 1 : 0.5 * (x + 1);
}

const sparsePlus: ScalarDefinition = {
  info: sparsePlusInfo,
  build: () => ({
    f: sparsePlusF,
    df: sparsePlusDf,
    map(xs, out) {
      const o = bulkOutput(xs, out);
      for (let i = 0; i < xs.length; i++) o[i] = sparsePlusF(xs[i] as number);
      return o;
    },
    grad(xs, out) {
      const o = bulkOutput(xs, out);
      for (let i = 0; i < xs.length; i++) o[i] = sparsePlusDf(xs[i] as number);
      return o;
    },
    kinks: [],
  }),
};

/** Beyond this |x|, x*x would overflow: sqrt(x^2 + b) is taken as |x| sqrt(1 + b/x^2). */
const SQUARE_LIMIT = 1e150;

/**
 * squareplus(x) = (x + sqrt(x^2 + b))/2. For x < 0 it is rewritten as b/(2(sqrt(x^2 + b) - x)),
 * which has no cancellation: squareplus(-1e200) = 1e-200, where the textbook form gives 0.
 */
function squareplusF(x: number, b: number): number {
  const a = Math.abs(x);
  if (!(a < SQUARE_LIMIT)) return squareplusTailF(x, b, a);
  // t = sqrt(x^2 + b) + |x|; the result is t/2 for x >= 0 and b/(2t) below, picked by arithmetic on
  // w (0 or 1) so that random signs cost no mispredicted branch.
  const t = Math.sqrt(x * x + b) + a;
  const w = +(x >= 0);
  return 0.5 * (w * t + (1 - w) * (b / t));
}

/** squareplus for |x| >= 1e150 (and NaN), where x*x would overflow. */
function squareplusTailF(x: number, b: number, a: number): number {
  // s = a q with q = sqrt(1 + b/x^2), and s - x = a (q + 1): neither side overflows near the top of the range.
  const q = Math.sqrt(1 + b / a / a);
  return x >= 0 ? 0.5 * x * (1 + q) : (0.5 * b) / a / (1 + q);
}

/**
 * squareplus'(x) = (1 + x/s)/2 with s = sqrt(x^2 + b); below zero 1 - |x|/s is rewritten as
 * b/(s (s + |x|)), which has no cancellation.
 */
function squareplusDf(x: number, b: number): number {
  const a = Math.abs(x);
  if (!(a < SQUARE_LIMIT)) return squareplusTailDf(x, b, a);
  const s = Math.sqrt(x * x + b);
  const w = +(x >= 0);
  return 0.5 * (w * (1 + a / s) + (1 - w) * (b / (s * (s + a))));
}

/** squareplus' for |x| >= 1e150 (and NaN). */
function squareplusTailDf(x: number, b: number, a: number): number {
  // x/s = sign(x)/q with q = sqrt(1 + b/x^2); below zero, b/(2 s (s - x)) underflows gracefully.
  const q = Math.sqrt(1 + b / a / a);
  return x > 0 ? 0.5 + 0.5 / q : x < 0 ? b / (2 * a * q) / (a * q + a) : x;
}

const squareplus: ScalarDefinition = {
  info: squareplusInfo,
  build: (p) => {
    const b = param(p, 'b');
    return {
      f: (x) => squareplusF(x, b),
      df: (x) => squareplusDf(x, b),
      map(xs, out) {
        const o = bulkOutput(xs, out);
        for (let i = 0; i < xs.length; i++) o[i] = squareplusF(xs[i] as number, b);
        return o;
      },
      grad(xs, out) {
        const o = bulkOutput(xs, out);
        for (let i = 0; i < xs.length; i++) o[i] = squareplusDf(xs[i] as number, b);
        return o;
      },
      kinks: [],
    };
  },
};

/** The softplus family's definitions, by id. */
export const softplusDefinitions = {
  softplus,
  sparse_plus: sparsePlus,
  squareplus,
} as const;
