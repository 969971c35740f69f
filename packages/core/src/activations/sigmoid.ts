/**
 * The logistic sigmoid and its relatives: the piecewise-linear hard and sparse sigmoids and the
 * log-sigmoid. Tails are exact: sigmoid(-710) = 4.47628622567513e-309, log_sigmoid(-800) = -800.
 */
import {
  hardSigmoidInfo,
  logSigmoidInfo,
  sigmoidInfo,
  sparseSigmoidInfo,
} from '../catalog/sigmoid.js';
import { sigmoid as sigmoidKernel, sigmoidDerivative, softplus } from '../numeric/special.js';
import type { ScalarDefinition } from './kernel.js';
import { bulkOutput, nanOr } from './kernel.js';

const sigmoid: ScalarDefinition = {
  info: sigmoidInfo,
  build: () => ({
    f: sigmoidKernel,
    df: sigmoidDerivative,
    map(xs, out) {
      const o = bulkOutput(xs, out);
      for (let i = 0; i < xs.length; i++) o[i] = sigmoidKernel(xs[i] as number);
      return o;
    },
    grad(xs, out) {
      const o = bulkOutput(xs, out);
      for (let i = 0; i < xs.length; i++) o[i] = sigmoidDerivative(xs[i] as number);
      return o;
    },
    kinks: [],
  }),
};

/** hard_sigmoid(x) = clip(x/6 + 1/2, 0, 1), computed as (x + 3)/6, exact near -3 where x/6 + 1/2 cancels. */
function hardSigmoidF(x: number): number {
  return x <= -3 ? 0 : x >= 3 ? 1 : (x + 3) / 6;
}

/** hard_sigmoid'(x) = 1/6 strictly inside (-3, 3), else 0 (0 at +-3, as PyTorch). */
function hardSigmoidDf(x: number): number {
  return x > -3 && x < 3 ? 1 / 6 : nanOr(x, 0);
}

const hardSigmoid: ScalarDefinition = {
  info: hardSigmoidInfo,
  build: () => ({
    f: hardSigmoidF,
    df: hardSigmoidDf,
    map(xs, out) {
      const o = bulkOutput(xs, out);
      for (let i = 0; i < xs.length; i++) o[i] = hardSigmoidF(xs[i] as number);
      return o;
    },
    grad(xs, out) {
      const o = bulkOutput(xs, out);
      for (let i = 0; i < xs.length; i++) o[i] = hardSigmoidDf(xs[i] as number);
      return o;
    },
    kinks: [
      { x: -3, derivative: 0 },
      { x: 3, derivative: 0 },
    ],
  }),
};

/** log_sigmoid(x) = -softplus(-x). */
function logSigmoidF(x: number): number {
  return -softplus(-x);
}

/** log_sigmoid'(x) = sigmoid(-x). */
function logSigmoidDf(x: number): number {
  return sigmoidKernel(-x);
}

const logSigmoid: ScalarDefinition = {
  info: logSigmoidInfo,
  build: () => ({
    f: logSigmoidF,
    df: logSigmoidDf,
    map(xs, out) {
      const o = bulkOutput(xs, out);
      for (let i = 0; i < xs.length; i++) o[i] = logSigmoidF(xs[i] as number);
      return o;
    },
    grad(xs, out) {
      const o = bulkOutput(xs, out);
      for (let i = 0; i < xs.length; i++) o[i] = logSigmoidDf(xs[i] as number);
      return o;
    },
    kinks: [],
  }),
};

/** sparse_sigmoid(x) = clip((x + 1)/2, 0, 1). */
function sparseSigmoidF(x: number): number {
  return x <= -1 ? 0 : x >= 1 ? 1 : 0.5 * (x + 1);
}

/** sparse_sigmoid'(x) = 1/2 strictly inside (-1, 1), else 0. */
function sparseSigmoidDf(x: number): number {
  return x > -1 && x < 1 ? 0.5 : nanOr(x, 0);
}

const sparseSigmoid: ScalarDefinition = {
  info: sparseSigmoidInfo,
  build: () => ({
    f: sparseSigmoidF,
    df: sparseSigmoidDf,
    map(xs, out) {
      const o = bulkOutput(xs, out);
      for (let i = 0; i < xs.length; i++) o[i] = sparseSigmoidF(xs[i] as number);
      return o;
    },
    grad(xs, out) {
      const o = bulkOutput(xs, out);
      for (let i = 0; i < xs.length; i++) o[i] = sparseSigmoidDf(xs[i] as number);
      return o;
    },
    kinks: [
      { x: -1, derivative: 0 },
      { x: 1, derivative: 0 },
    ],
  }),
};

/** The sigmoid family's definitions, by id. */
export const sigmoidDefinitions = {
  sigmoid,
  hard_sigmoid: hardSigmoid,
  log_sigmoid: logSigmoid,
  sparse_sigmoid: sparseSigmoid,
} as const;
