/**
 * The course's first two activations: the binary step (fires or not; no usable gradient) and the
 * linear map y = slope*x + intercept (which makes a deep network collapse to one linear map).
 */
import { binaryStepInfo, linearInfo } from '../catalog/step-linear.js';
import type { ScalarDefinition } from './kernel.js';
import { bulkOutput, fillKeepingNaN, nanOr, param } from './kernel.js';

/** step(x) = 1 when x >= threshold, else 0. */
function binaryStepF(x: number, threshold: number): number {
  return x >= threshold ? 1 : nanOr(x, 0);
}

/** step'(x) = 0 everywhere, the threshold included: the reason a step network cannot learn by gradient. */
function binaryStepDf(x: number): number {
  return nanOr(x, 0);
}

const binaryStep: ScalarDefinition = {
  info: binaryStepInfo,
  build: (p) => {
    const t = param(p, 'threshold');
    return {
      f: (x) => binaryStepF(x, t),
      df: binaryStepDf,
      map(xs, out) {
        const o = bulkOutput(xs, out);
        for (let i = 0; i < xs.length; i++) o[i] = binaryStepF(xs[i] as number, t);
        return o;
      },
      grad: (xs, out) => fillKeepingNaN(xs, bulkOutput(xs, out), 0),
      kinks: [{ x: t, derivative: 0 }],
    };
  },
};

/** linear(x) = slope*x + intercept; with slope 0 it is the constant even at +-Infinity. */
function linearF(x: number, slope: number, intercept: number): number {
  return slope === 0 ? nanOr(x, intercept) : slope * x + intercept;
}

/** linear'(x) = slope. */
function linearDf(x: number, slope: number): number {
  return nanOr(x, slope);
}

const linear: ScalarDefinition = {
  info: linearInfo,
  build: (p) => {
    const slope = param(p, 'slope');
    const intercept = param(p, 'intercept');
    return {
      f: (x) => linearF(x, slope, intercept),
      df: (x) => linearDf(x, slope),
      map(xs, out) {
        const o = bulkOutput(xs, out);
        for (let i = 0; i < xs.length; i++) o[i] = linearF(xs[i] as number, slope, intercept);
        return o;
      },
      grad: (xs, out) => fillKeepingNaN(xs, bulkOutput(xs, out), slope),
      kinks: [],
    };
  },
};

/** The step and linear definitions, by id. */
export const stepLinearDefinitions = { binary_step: binaryStep, linear } as const;
