/**
 * Shrinkage: soft_shrink moves x toward 0 by lambda and zeroes [-lambda, lambda]; hard_shrink only
 * zeroes it. Their derivative at +-lambda is 0, as PyTorch's autograd returns.
 */
import { hardShrinkInfo, softShrinkInfo } from '../catalog/shrink.js';
import type { ScalarDefinition, ScalarKernel } from './kernel.js';
import { bulkOutput, nanOr, param } from './kernel.js';

/** soft_shrink(x) = x - lambda above lambda, x + lambda below -lambda, else 0. */
function softShrinkF(x: number, lambda: number): number {
  return x > lambda ? x - lambda : x < -lambda ? x + lambda : nanOr(x, 0);
}

/** hard_shrink(x) = x where |x| > lambda, else 0. */
function hardShrinkF(x: number, lambda: number): number {
  return x > lambda || x < -lambda ? x : nanOr(x, 0);
}

/** The derivative of both shrinks: 1 where |x| > lambda, else 0 (0 at +-lambda). */
function shrinkDf(x: number, lambda: number): number {
  return x > lambda || x < -lambda ? 1 : nanOr(x, 0);
}

/** The kinks of both shrinks at a given lambda (one kink when lambda = 0). */
function shrinkKinks(lambda: number): ScalarKernel['kinks'] {
  return lambda === 0
    ? [{ x: 0, derivative: 0 }]
    : [
        { x: -lambda, derivative: 0 },
        { x: lambda, derivative: 0 },
      ];
}

const softShrink: ScalarDefinition = {
  info: softShrinkInfo,
  build: (p) => {
    const lambda = param(p, 'lambda');
    return {
      f: (x) => softShrinkF(x, lambda),
      df: (x) => shrinkDf(x, lambda),
      map(xs, out) {
        const o = bulkOutput(xs, out);
        for (let i = 0; i < xs.length; i++) o[i] = softShrinkF(xs[i] as number, lambda);
        return o;
      },
      grad(xs, out) {
        const o = bulkOutput(xs, out);
        for (let i = 0; i < xs.length; i++) o[i] = shrinkDf(xs[i] as number, lambda);
        return o;
      },
      kinks: shrinkKinks(lambda),
    };
  },
};

const hardShrink: ScalarDefinition = {
  info: hardShrinkInfo,
  build: (p) => {
    const lambda = param(p, 'lambda');
    return {
      f: (x) => hardShrinkF(x, lambda),
      df: (x) => shrinkDf(x, lambda),
      map(xs, out) {
        const o = bulkOutput(xs, out);
        for (let i = 0; i < xs.length; i++) o[i] = hardShrinkF(xs[i] as number, lambda);
        return o;
      },
      grad(xs, out) {
        const o = bulkOutput(xs, out);
        for (let i = 0; i < xs.length; i++) o[i] = shrinkDf(xs[i] as number, lambda);
        return o;
      },
      kinks: shrinkKinks(lambda),
    };
  },
};

/** The shrink definitions, by id. */
export const shrinkDefinitions = { soft_shrink: softShrink, hard_shrink: hardShrink } as const;
