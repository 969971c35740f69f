/**
 * GELU, exact (x times the normal CDF) and in its tanh approximation. Both keep their last digits in
 * the lower tail, where the textbook formulas lose everything: gelu(-10) = -7.619853024160526e-23.
 */
import { geluInfo, geluTanhInfo } from '../catalog/gelu.js';
import { SPLIT_LIMIT, productError, sumError } from '../numeric/double-double.js';
import { INV_SQRT_2PI, erfSmall, erfcxLarge, expNegHalfSquare } from '../numeric/special.js';
import type { ScalarDefinition } from './kernel.js';
import { bulkOutput } from './kernel.js';

/** gelu(x) = x*Phi(x), Phi the standard normal CDF. */
export function geluF(x: number): number {
  const u = x * Math.SQRT1_2;
  if (u > -0.5 && u < 0.5) return x * (0.5 + 0.5 * erfSmall(u));
  if (x > 0) return x * (1 - 0.5 * erfcxLarge(u) * expNegHalfSquare(x));
  // Phi(x) = exp(-x^2/2) erfcx(-x/sqrt 2)/2: the exponential comes from x itself (exact square), so
  // the rounding of x/sqrt 2 only reaches the tame erfcx factor, not the exponent.
  return x === -Infinity ? 0 : 0.5 * x * erfcxLarge(-u) * expNegHalfSquare(x);
}

/** gelu'(x) = Phi(x) + x*phi(x), phi the standard normal density. */
export function geluDf(x: number): number {
  const u = x * Math.SQRT1_2;
  if (u > -0.5 && u < 0.5) {
    return 0.5 + 0.5 * erfSmall(u) + x * INV_SQRT_2PI * expNegHalfSquare(x);
  }
  if (x > 0) {
    return x === Infinity
      ? 1
      : 1 + expNegHalfSquare(x) * (x * INV_SQRT_2PI - 0.5 * erfcxLarge(u));
  }
  // Both terms share exp(-x^2/2); factoring it out keeps the tail free of underflow until the end.
  return x === -Infinity
    ? 0
    : (0.5 * erfcxLarge(-u) + x * INV_SQRT_2PI) * expNegHalfSquare(x);
}

const gelu: ScalarDefinition = {
  info: geluInfo,
  build: () => ({
    f: geluF,
    df: geluDf,
    map(xs, out) {
      const o = bulkOutput(xs, out);
      for (let i = 0; i < xs.length; i++) o[i] = geluF(xs[i] as number);
      return o;
    },
    grad(xs, out) {
      const o = bulkOutput(xs, out);
      for (let i = 0; i < xs.length; i++) o[i] = geluDf(xs[i] as number);
      return o;
    },
    kinks: [],
  }),
};

/** sqrt(2/pi) as a double-double (high, low). */
const C_HI = 0.7978845608028654;
const C_LO = -4.98465440455546e-17;
/** 0.044715 as a double-double: the decimal constant of the approximation is not a double. */
const K_HI = 0.044715;
const K_LO = 2.1960211427085595e-18;

/**
 * Evaluates the tanh approximation's pieces from 2u = 2 sqrt(2/pi)(x + 0.044715 x^3) carried in
 * double-double, since sigmoid(2u) amplifies the rounding of u by |2u| (87 at x = -10).
 * Writes s = sigmoid(2u) and 1 - s into `GT` to avoid allocating.
 */
function geluTanhParts(x: number): void {
  if (!(Math.abs(x) < 1e100)) {
    // Far tails (and NaN): the correction would overflow and the result is settled anyway.
    const s = x > 0 ? 1 : x < 0 ? 0 : x;
    GT.s = s;
    GT.sm = 1 - s;
    return;
  }
  const x2 = x * x;
  const x2e = productError(x, x, x2);
  const x3 = x2 * x;
  const x3e = productError(x2, x, x3) + x2e * x;
  const kx3 = K_HI * x3;
  const kx3e = productError(K_HI, x3, kx3) + K_HI * x3e + K_LO * x3;
  const inner = x + kx3;
  const innerE = sumError(x, kx3, inner) + kx3e;
  const u = C_HI * inner;
  const uE = (Math.abs(inner) < SPLIT_LIMIT ? productError(C_HI, inner, u) : 0) + C_HI * innerE + C_LO * inner;
  // sigmoid(a + d) = s + d*s*(1 - s) to first order, with s and 1 - s each computed without cancellation.
  const a = 2 * u;
  const ea = Math.exp(-Math.abs(a));
  const big = 1 / (1 + ea);
  const small = ea * big;
  const s0 = a >= 0 ? big : small;
  const sm0 = a >= 0 ? small : big;
  const d = 2 * uE * s0 * sm0;
  GT.s = s0 + d;
  GT.sm = sm0 - d;
}

/** Scratch for `geluTanhParts`: a module-level object keeps the hot path allocation-free. */
const GT = { s: 0, sm: 0 };

/** gelu_tanh(x) = x/2 (1 + tanh(u)) = x*sigmoid(2u). */
export function geluTanhF(x: number): number {
  if (x === -Infinity) return 0;
  geluTanhParts(x);
  return x * GT.s;
}

/** gelu_tanh'(x) = s + 2 x u'(x) s (1 - s), s = sigmoid(2u), u' = sqrt(2/pi)(1 + 3*0.044715 x^2). */
export function geluTanhDf(x: number): number {
  geluTanhParts(x);
  if (!(Math.abs(x) < 1e100)) return GT.s;
  const du = C_HI * (1 + 3 * K_HI * x * x);
  return GT.s * (1 + 2 * x * du * GT.sm);
}

const geluTanh: ScalarDefinition = {
  info: geluTanhInfo,
  build: () => ({
    f: geluTanhF,
    df: geluTanhDf,
    map(xs, out) {
      const o = bulkOutput(xs, out);
      for (let i = 0; i < xs.length; i++) o[i] = geluTanhF(xs[i] as number);
      return o;
    },
    grad(xs, out) {
      const o = bulkOutput(xs, out);
      for (let i = 0; i < xs.length; i++) o[i] = geluTanhDf(xs[i] as number);
      return o;
    },
    kinks: [],
  }),
};

/** The GELU definitions, by id. */
export const geluDefinitions = { gelu, gelu_tanh: geluTanh } as const;
