/**
 * ELU and its relatives SELU and CELU: linear for x > 0, a scaled expm1 below (expm1, not exp - 1,
 * so elu(-1e-10) keeps all its digits). The derivative at 0 is the left branch's, as PyTorch.
 */
import { celuInfo, eluInfo, seluInfo } from '../catalog/exponential-linear.js';
import { quotientError } from '../numeric/double-double.js';
import type { ScalarDefinition } from './kernel.js';
import { bulkOutput, param } from './kernel.js';

/** elu(x) = x for x > 0, else alpha*(e^x - 1). */
function eluF(x: number, alpha: number): number {
  return x > 0 ? x : alpha * Math.expm1(x);
}

/** elu'(x) = 1 for x > 0, else alpha*e^x (alpha at 0). */
function eluDf(x: number, alpha: number): number {
  return x > 0 ? 1 : alpha * Math.exp(x);
}

const elu: ScalarDefinition = {
  info: eluInfo,
  build: (p) => {
    const alpha = param(p, 'alpha');
    return {
      f: (x) => eluF(x, alpha),
      df: (x) => eluDf(x, alpha),
      map(xs, out) {
        const o = bulkOutput(xs, out);
        for (let i = 0; i < xs.length; i++) o[i] = eluF(xs[i] as number, alpha);
        return o;
      },
      grad(xs, out) {
        const o = bulkOutput(xs, out);
        for (let i = 0; i < xs.length; i++) o[i] = eluDf(xs[i] as number, alpha);
        return o;
      },
      kinks: alpha === 1 ? [] : [{ x: 0, derivative: alpha }],
    };
  },
};

/** SELU's lambda (Klambauer et al. 2017), the double nearest 1.0507009873554804934193349852946. */
const SELU_LAMBDA = 1.0507009873554805;
/** lambda*alpha rounded once from the exact product, so the negative branch has one rounding, not two. */
const SELU_LAMBDA_ALPHA = 1.7580993408473768;

/** selu(x) = lambda*x for x > 0, else lambda*alpha*(e^x - 1). */
function seluF(x: number): number {
  return x > 0 ? SELU_LAMBDA * x : SELU_LAMBDA_ALPHA * Math.expm1(x);
}

/** selu'(x) = lambda for x > 0, else lambda*alpha*e^x (lambda*alpha at 0). */
function seluDf(x: number): number {
  // The literal, not SELU_LAMBDA: V8 boxes the exp branch when the other returns a module constant,
  // and the derivative must allocate nothing (the benchmark counts garbage collections).
  return x > 0 ? 1.0507009873554805 : SELU_LAMBDA_ALPHA * Math.exp(x);
}

const selu: ScalarDefinition = {
  info: seluInfo,
  build: () => ({
    f: seluF,
    df: seluDf,
    map(xs, out) {
      const o = bulkOutput(xs, out);
      for (let i = 0; i < xs.length; i++) o[i] = seluF(xs[i] as number);
      return o;
    },
    grad(xs, out) {
      const o = bulkOutput(xs, out);
      for (let i = 0; i < xs.length; i++) o[i] = seluDf(xs[i] as number);
      return o;
    },
    kinks: [{ x: 0, derivative: SELU_LAMBDA_ALPHA }],
  }),
};

/** celu(x) = x for x > 0, else alpha*(e^(x/alpha) - 1). */
function celuF(x: number, alpha: number): number {
  return x > 0 ? x : alpha * Math.expm1(x / alpha);
}

/** celu'(x) = 1 for x > 0, else e^(x/alpha), with the rounding of x/alpha corrected (exp amplifies it by |x/alpha|). */
function celuDf(x: number, alpha: number): number {
  if (x > 0) return 1;
  const q = x / alpha;
  const e = Math.exp(q);
  return q > -1e300 ? e + e * quotientError(x, alpha, q) : e;
}

const celu: ScalarDefinition = {
  info: celuInfo,
  build: (p) => {
    const alpha = param(p, 'alpha');
    return {
      f: (x) => celuF(x, alpha),
      df: (x) => celuDf(x, alpha),
      map(xs, out) {
        const o = bulkOutput(xs, out);
        for (let i = 0; i < xs.length; i++) o[i] = celuF(xs[i] as number, alpha);
        return o;
      },
      grad(xs, out) {
        const o = bulkOutput(xs, out);
        for (let i = 0; i < xs.length; i++) o[i] = celuDf(xs[i] as number, alpha);
        return o;
      },
      kinks: [],
    };
  },
};

/** The exponential-linear definitions, by id. */
export const exponentialLinearDefinitions = { elu, selu, celu } as const;
