/**
 * softmax, log_softmax and softmin with a temperature T: log-sum-exp stable, with the shifted
 * logits (x_i - max)/T carried in double-double so that even logits near 1000 keep every digit.
 * An Infinity logit takes the whole mass (shared equally among several); NaN anywhere gives NaN.
 */
import { logSoftmaxInfo, softmaxInfo, softminInfo } from '../catalog/softmax.js';
import { quotientError, sumError } from '../numeric/double-double.js';
import type { VectorDefinition, VectorKernel } from './kernel.js';
import { param } from './kernel.js';
import { checkVjpLength, outerJacobian } from './vector-shared.js';

/** The pieces of softmax(sign*x/T) from which every member of the family is read off. */
interface SoftmaxParts {
  /** The probabilities p = softmax(sign*x/T). */
  readonly p: Float64Array;
  /** log p_i (log_softmax's output). */
  readonly logP: Float64Array;
}

/**
 * Computes p = softmax(sign*x/T) and log p. Every e_i = exp(d_i) with d_i = (z_i - max)/T known to
 * about 2^-106, so the only roundings are those of exp, of a compensated sum and of one division.
 */
function softmaxParts(xs: ArrayLike<number>, sign: 1 | -1, t: number): SoftmaxParts {
  const n = xs.length;
  const p = new Float64Array(n);
  const logP = new Float64Array(n);
  let max = -Infinity;
  let hasNaN = false;
  for (let i = 0; i < n; i++) {
    const z = sign * (xs[i] as number);
    if (z !== z) hasNaN = true;
    else if (z > max) max = z;
  }
  if (hasNaN || max === -Infinity) {
    // NaN in gives NaN out; and with every logit at -Infinity there is no distribution to return.
    p.fill(NaN);
    logP.fill(NaN);
    return { p, logP };
  }
  if (max === Infinity) {
    let count = 0;
    for (let i = 0; i < n; i++) if (sign * (xs[i] as number) === Infinity) count++;
    for (let i = 0; i < n; i++) {
      const top = sign * (xs[i] as number) === Infinity;
      p[i] = top ? 1 / count : 0;
      // log 1 is +0, not the -0 that -Math.log(1) gives.
      logP[i] = top ? (count === 1 ? 0 : -Math.log(count)) : -Infinity;
    }
    return { p, logP };
  }
  // First pass: e_i into p and d_i into logP; the second pass normalizes both.
  let argmax = -1;
  let rest = 0;
  let restErr = 0;
  for (let i = 0; i < n; i++) {
    const z = sign * (xs[i] as number);
    if (z === -Infinity) {
      p[i] = 0;
      logP[i] = -Infinity;
      continue;
    }
    const hi = z - max;
    let q: number;
    let ql: number;
    if (hi === -Infinity) {
      // Finite logits more than Number.MAX_VALUE apart (-1e308 and 1e308): halve both before
      // subtracting, which cannot overflow; the term is 0 unless T is astronomically large, and
      // then one rounding of the halves and the division is all there is to lose.
      q = ((z / 2 - max / 2) / t) * 2;
      ql = 0;
    } else {
      const lo = sumError(z, -max, hi);
      q = hi;
      ql = lo;
      if (t !== 1) {
        q = hi / t;
        ql = quotientError(hi, t, q) + lo / t;
      }
    }
    const e = Math.exp(q);
    const ei = e + e * ql;
    p[i] = ei;
    // Sum every term but one maximal one (which is exactly 1), so log S = log1p(rest) keeps its digits.
    if (argmax < 0 && z === max) argmax = i;
    else {
      const s = rest + ei;
      restErr += sumError(rest, ei, s);
      rest = s;
    }
    logP[i] = q + ql;
  }
  rest += restErr;
  const total = 1 + rest;
  const logTotal = Math.log1p(rest);
  for (let i = 0; i < n; i++) {
    p[i] = (p[i] as number) / total;
    logP[i] = (logP[i] as number) - logTotal;
  }
  return { p, logP };
}

/** Builds softmax (log = false) or log_softmax (log = true) of sign*x/T. */
function softmaxKernel(sign: 1 | -1, t: number, log: boolean): VectorKernel {
  const scale = sign / t;
  return {
    f: (xs) => {
      const parts = softmaxParts(xs, sign, t);
      return log ? parts.logP : parts.p;
    },
    jacobian: (xs) => {
      const { p } = softmaxParts(xs, sign, t);
      // softmax: scale p_i (delta_ij - p_j); log_softmax: scale (delta_ij - p_j).
      return outerJacobian(p, scale, log);
    },
    vjp: (xs, v) => {
      checkVjpLength(xs.length, v);
      const { p } = softmaxParts(xs, sign, t);
      const n = p.length;
      const g = new Float64Array(n);
      let dot = 0;
      for (let i = 0; i < n; i++) dot += (v[i] as number) * (log ? 1 : (p[i] as number));
      for (let j = 0; j < n; j++) {
        const pj = p[j] as number;
        const vj = v[j] as number;
        g[j] = log ? scale * (vj - pj * dot) : scale * pj * (vj - dot);
      }
      return g;
    },
  };
}

const softmax: VectorDefinition = {
  info: softmaxInfo,
  build: (p) => softmaxKernel(1, param(p, 'temperature'), false),
};

const logSoftmax: VectorDefinition = {
  info: logSoftmaxInfo,
  build: (p) => softmaxKernel(1, param(p, 'temperature'), true),
};

const softmin: VectorDefinition = {
  info: softminInfo,
  build: (p) => softmaxKernel(-1, param(p, 'temperature'), false),
};

/** The softmax family's definitions, by id. */
export const softmaxDefinitions = { softmax, log_softmax: logSoftmax, softmin } as const;
