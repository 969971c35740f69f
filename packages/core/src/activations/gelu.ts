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
    return x === Infinity ? 1 : 1 + expNegHalfSquare(x) * (x * INV_SQRT_2PI - 0.5 * erfcxLarge(u));
  }
  // Both terms share exp(-x^2/2); factoring it out keeps the tail free of underflow until the end.
  return x === -Infinity ? 0 : (0.5 * erfcxLarge(-u) + x * INV_SQRT_2PI) * expNegHalfSquare(x);
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

/** Scratch for `geluTanhArgument`: a module-level object keeps the hot path allocation-free. */
const GT = { a: 0, aLo: 0, inner: 0, innerLo: 0, kx3: 0, kx3Lo: 0 };

/**
 * Computes a = 2u = 2 sqrt(2/pi)(x + 0.044715 x^3) in double-double into `GT`: sigmoid(a)
 * amplifies the rounding of a by |a| (87 at x = -10), so its low part is carried and added back.
 * Valid for |x| < 1e100; callers settle the far tails first.
 */
function geluTanhArgument(x: number): void {
  const x2 = x * x;
  const x2e = productError(x, x, x2);
  const x3 = x2 * x;
  const x3e = productError(x2, x, x3) + x2e * x;
  const kx3 = K_HI * x3;
  const kx3Lo = productError(K_HI, x3, kx3) + K_HI * x3e + K_LO * x3;
  const inner = x + kx3;
  const innerLo = sumError(x, kx3, inner) + kx3Lo;
  const u = C_HI * inner;
  const uLo =
    (Math.abs(inner) < SPLIT_LIMIT ? productError(C_HI, inner, u) : 0) +
    C_HI * innerLo +
    C_LO * inner;
  GT.a = 2 * u;
  GT.aLo = 2 * uLo;
  GT.inner = inner;
  GT.innerLo = innerLo;
  GT.kx3 = kx3;
  GT.kx3Lo = kx3Lo;
}

/** gelu_tanh(x) = x/2 (1 + tanh(u)) = x*sigmoid(2u). */
export function geluTanhF(x: number): number {
  if (!(Math.abs(x) < 1e100)) return x > 0 ? x : x < 0 ? 0 : x;
  geluTanhArgument(x);
  const a = GT.a;
  // sigmoid(a + d) = s (1 + d (1 - s)) to first order, s and 1 - s each without cancellation.
  const e = Math.exp(-Math.abs(a));
  const big = 1 / (1 + e);
  const s = a >= 0 ? big : e * big;
  const sm = a >= 0 ? e * big : big;
  return x * (s + GT.aLo * s * sm);
}

/**
 * gelu_tanh'(x) = s + q s (1 - s) with s = sigmoid(a), q = x a'(x) = 2 sqrt(2/pi)(x + 3*0.044715 x^3).
 * For x < 0 it is written E (1 + E + q)/(1 + E)^2 with E = e^a, and q is carried in double-double,
 * so near the root of the derivative (x = -0.75) only the rounding of E is left to cancel.
 */
export function geluTanhDf(x: number): number {
  if (!(Math.abs(x) < 1e100)) return x > 0 ? 1 : x < 0 ? 0 : x;
  geluTanhArgument(x);
  const a = GT.a;
  // q = 2C (inner + 2 k x^3) in double-double.
  const v = GT.inner + 2 * GT.kx3;
  const vLo = sumError(GT.inner, 2 * GT.kx3, v) + GT.innerLo + 2 * GT.kx3Lo;
  const w = C_HI * v;
  const wLo = productError(C_HI, v, w) + C_HI * vLo + C_LO * v;
  const q = 2 * w;
  const qLo = 2 * wLo;
  if (a >= 0) {
    const e = Math.exp(-a);
    const d = 1 + e;
    return (1 + e + q * e) / d / d;
  }
  const big = Math.exp(a);
  const e = big + big * GT.aLo;
  const d = 1 + e;
  const oneQ = 1 + q;
  const sum = oneQ + (sumError(1, q, oneQ) + qLo + e);
  return (e * sum) / d / d;
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
