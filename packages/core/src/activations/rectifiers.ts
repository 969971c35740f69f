/**
 * The rectifier family: relu, the course's thresholded ReLU, relu6, and the leaky variants.
 * Derivatives at the kinks follow PyTorch's autograd (relu'(0) = 0, leaky_relu'(0) = alpha).
 */
import {
  leakyReluInfo,
  preluInfo,
  relu6Info,
  reluInfo,
  rreluInfo,
  thresholdInfo,
} from '../catalog/rectifiers.js';
import type { ScalarDefinition, ScalarKernel } from './kernel.js';
import { bulkOutput, nanOr, param } from './kernel.js';

/** relu(x) = max(x, 0); NaN stays NaN (Math.max propagates it). */
function reluF(x: number): number {
  return Math.max(x, 0);
}

/** relu'(x): 1 for x > 0, else 0 (0 at the kink, as PyTorch). */
function reluDf(x: number): number {
  return x > 0 ? 1 : nanOr(x, 0);
}

const relu: ScalarDefinition = {
  info: reluInfo,
  build: () => ({
    f: reluF,
    df: reluDf,
    map(xs, out) {
      const o = bulkOutput(xs, out);
      for (let i = 0; i < xs.length; i++) o[i] = reluF(xs[i] as number);
      return o;
    },
    grad(xs, out) {
      const o = bulkOutput(xs, out);
      for (let i = 0; i < xs.length; i++) o[i] = reluDf(xs[i] as number);
      return o;
    },
    kinks: [{ x: 0, derivative: 0 }],
  }),
};

/** threshold(x) = x above the threshold, else `value`. */
function thresholdF(x: number, threshold: number, value: number): number {
  return x > threshold ? x : nanOr(x, value);
}

/** threshold'(x) = 1 above the threshold, else 0 (0 at the threshold itself). */
function thresholdDf(x: number, threshold: number): number {
  return x > threshold ? 1 : nanOr(x, 0);
}

const threshold: ScalarDefinition = {
  info: thresholdInfo,
  build: (p) => {
    const t = param(p, 'threshold');
    const v = param(p, 'value');
    return {
      f: (x) => thresholdF(x, t, v),
      df: (x) => thresholdDf(x, t),
      map(xs, out) {
        const o = bulkOutput(xs, out);
        for (let i = 0; i < xs.length; i++) o[i] = thresholdF(xs[i] as number, t, v);
        return o;
      },
      grad(xs, out) {
        const o = bulkOutput(xs, out);
        for (let i = 0; i < xs.length; i++) o[i] = thresholdDf(xs[i] as number, t);
        return o;
      },
      kinks: [{ x: t, derivative: 0 }],
    };
  },
};

/** relu6(x) = min(max(x, 0), 6). */
function relu6F(x: number): number {
  return Math.min(Math.max(x, 0), 6);
}

/** relu6'(x) = 1 strictly between 0 and 6, else 0 (0 at both kinks, as PyTorch). */
function relu6Df(x: number): number {
  return x > 0 && x < 6 ? 1 : nanOr(x, 0);
}

const relu6: ScalarDefinition = {
  info: relu6Info,
  build: () => ({
    f: relu6F,
    df: relu6Df,
    map(xs, out) {
      const o = bulkOutput(xs, out);
      for (let i = 0; i < xs.length; i++) o[i] = relu6F(xs[i] as number);
      return o;
    },
    grad(xs, out) {
      const o = bulkOutput(xs, out);
      for (let i = 0; i < xs.length; i++) o[i] = relu6Df(xs[i] as number);
      return o;
    },
    kinks: [
      { x: 0, derivative: 0 },
      { x: 6, derivative: 0 },
    ],
  }),
};

/** leaky(x) = x for x > 0, else alpha*x; with alpha = 0 the -Infinity limit is 0, not NaN. */
function leakyF(x: number, alpha: number): number {
  return x > 0 ? x : alpha === 0 ? Math.max(x, 0) : alpha * x;
}

/** leaky'(x) = 1 for x > 0, else alpha (alpha at 0, as PyTorch). */
function leakyDf(x: number, alpha: number): number {
  return x > 0 ? 1 : nanOr(x, alpha);
}

/** The kernel shared by leaky_relu, prelu and rrelu: they differ only in how alpha is chosen. */
function leakyKernel(alpha: number): ScalarKernel {
  return {
    f: (x) => leakyF(x, alpha),
    df: (x) => leakyDf(x, alpha),
    map(xs, out) {
      const o = bulkOutput(xs, out);
      for (let i = 0; i < xs.length; i++) o[i] = leakyF(xs[i] as number, alpha);
      return o;
    },
    grad(xs, out) {
      const o = bulkOutput(xs, out);
      for (let i = 0; i < xs.length; i++) o[i] = leakyDf(xs[i] as number, alpha);
      return o;
    },
    kinks: alpha === 1 ? [] : [{ x: 0, derivative: alpha }],
  };
}

const leakyRelu: ScalarDefinition = {
  info: leakyReluInfo,
  build: (p) => leakyKernel(param(p, 'alpha')),
};

const prelu: ScalarDefinition = {
  info: preluInfo,
  build: (p) => leakyKernel(param(p, 'alpha')),
};

const rrelu: ScalarDefinition = {
  info: rreluInfo,
  check: (p) =>
    param(p, 'lower') > param(p, 'upper')
      ? { param: 'lower', message: 'lower must not exceed upper' }
      : undefined,
  // Evaluation mode: the random slope is replaced by its mean, as PyTorch does with training=False.
  build: (p) => leakyKernel((param(p, 'lower') + param(p, 'upper')) / 2),
};

/** The rectifier family's definitions, by id. */
export const rectifierDefinitions = {
  relu,
  threshold,
  relu6,
  leaky_relu: leakyRelu,
  prelu,
  rrelu,
} as const;
