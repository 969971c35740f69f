/**
 * sparsemax (Martins & Astudillo, 2016): the Euclidean projection of x onto the probability
 * simplex, so that low scores get exactly 0. The threshold tau is carried in double-double, which
 * makes ties exact: sparsemax([0.5, 0.4]) = [0.55, 0.45].
 */
import { sparsemaxInfo } from '../catalog/sparsemax.js';
import { quotientError, sumError } from '../numeric/double-double.js';
import type { VectorDefinition } from './kernel.js';
import { checkVjpLength } from './vector-shared.js';

/** sparsemax(x); +Infinity entries share the mass equally, NaN anywhere gives NaN. */
function sparsemaxF(xs: ArrayLike<number>): Float64Array {
  const n = xs.length;
  const y = new Float64Array(n);
  let infinities = 0;
  for (let i = 0; i < n; i++) {
    const x = xs[i] as number;
    if (x !== x) return y.fill(NaN);
    if (x === Infinity) infinities++;
  }
  if (infinities > 0) {
    for (let i = 0; i < n; i++) y[i] = xs[i] === Infinity ? 1 / infinities : 0;
    return y;
  }
  // sparsemax(x) = sparsemax(x - c). Near the ends of the double range the running sums below
  // would overflow (1e308 + 1e308), so shift by the largest score first: entries more than 1 below
  // it are outside the support anyway, and a difference that overflows is one of them.
  let top = -Infinity;
  for (let i = 0; i < n; i++) top = Math.max(top, xs[i] as number);
  if (Math.abs(top) > 2 ** 1000) {
    return sparsemaxF(Array.from(xs, (x) => x - top));
  }
  const z = Float64Array.from(xs).sort().reverse();
  // Find the support size k: the largest k with 1 + k z_(k) > z_(1) + ... + z_(k).
  let sumHi = 0;
  let sumLo = 0;
  let k = 0;
  let tauSumHi = 0;
  let tauSumLo = 0;
  for (let j = 0; j < n; j++) {
    const zj = z[j] as number;
    if (zj === -Infinity) break;
    const s = sumHi + zj;
    sumLo += sumError(sumHi, zj, s);
    sumHi = s;
    if (1 + (j + 1) * zj > sumHi + sumLo) {
      k = j + 1;
      tauSumHi = sumHi;
      tauSumLo = sumLo;
    }
  }
  if (k === 0) return y.fill(NaN);
  // tau = (sum - 1)/k in double-double; y_i = max(x_i - tau, 0) with both parts subtracted.
  const cHi = tauSumHi - 1;
  const cLo = sumError(tauSumHi, -1, cHi) + tauSumLo;
  const tauHi = cHi / k;
  const tauLo = quotientError(cHi, k, tauHi) + cLo / k;
  for (let i = 0; i < n; i++) {
    // x_i - tau_hi is exact near the support's edge (Sterbenz), where the cancellation is.
    const v = (xs[i] as number) - tauHi - tauLo;
    y[i] = v > 0 ? v : 0;
  }
  return y;
}

/** The support indicator of a sparsemax output and its size. */
function support(y: Float64Array): { readonly s: Uint8Array; readonly size: number } {
  const s = new Uint8Array(y.length);
  let size = 0;
  for (let i = 0; i < y.length; i++) {
    if ((y[i] as number) > 0) {
      s[i] = 1;
      size++;
    }
  }
  return { s, size };
}

const sparsemax: VectorDefinition = {
  info: sparsemaxInfo,
  build: () => ({
    f: sparsemaxF,
    jacobian: (xs) => {
      const y = sparsemaxF(xs);
      const { s, size } = support(y);
      const nan = y.length > 0 && Number.isNaN(y[0]);
      return Array.from(y, (_, i) => {
        const row = new Float64Array(y.length);
        for (let j = 0; j < y.length; j++) {
          const si = s[i] as number;
          row[j] = nan ? NaN : (i === j ? si : 0) - (si * (s[j] as number)) / size;
        }
        return row;
      });
    },
    vjp: (xs, v) => {
      checkVjpLength(xs.length, v);
      const y = sparsemaxF(xs);
      const { s, size } = support(y);
      let mean = 0;
      for (let i = 0; i < y.length; i++) if (s[i]) mean += v[i] as number;
      mean /= size;
      const g = new Float64Array(y.length);
      for (let j = 0; j < y.length; j++) {
        g[j] = Number.isNaN(y[j]) ? NaN : s[j] ? (v[j] as number) - mean : 0;
      }
      return g;
    },
  }),
};

/** The sparsemax definition, by id. */
export const sparsemaxDefinitions = { sparsemax } as const;
