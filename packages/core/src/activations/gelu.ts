/**
 * GELU, exact (x times the normal CDF) and in its tanh approximation. Both keep their last digits in
 * the lower tail, where the textbook formulas lose everything: gelu(-10) = -7.619853024160526e-23.
 */
import { geluInfo, geluTanhInfo } from '../catalog/gelu.js';
import {
  ERFCX_TABLE_END,
  INV_SQRT_2PI,
  erfcxTail,
  erfcxTable,
  expNegHalfSquare,
} from '../numeric/special.js';
import type { ScalarDefinition } from './kernel.js';
import { bulkOutput } from './kernel.js';

/*
 * Both gelu and its derivative are read off c = Phi(-|x|) = exp(-x^2/2) erfcx(|x|/sqrt 2)/2, with
 * the exponential taken from x itself (exact square), so the rounding of |x|/sqrt 2 only reaches the
 * tame erfcx factor. The sign of x then picks Phi(x) = c or 1 - c by arithmetic (w is 0 or 1), not
 * by a branch, which random signs would mispredict half the time.
 */

/** gelu(x) = x*Phi(x), Phi the standard normal CDF. */
function geluF(x: number): number {
  const v = Math.abs(x) * Math.SQRT1_2;
  if (!(v < ERFCX_TABLE_END)) return geluTailF(x, v);
  const c = 0.5 * erfcxTable(v) * expNegHalfSquare(x);
  const w = +(x > 0);
  return x * (w * (1 - c) + (1 - w) * c);
}

/** gelu beyond |x| = 6 sqrt 2, and NaN: rare, so a branch on the sign costs nothing here. */
function geluTailF(x: number, v: number): number {
  if (x > 0) return x * (1 - 0.5 * erfcxTail(v) * expNegHalfSquare(x));
  // Multiply the normal-sized factors first so a subnormal result is rounded only once.
  return x === -Infinity ? 0 : 0.5 * x * erfcxTail(v) * expNegHalfSquare(x);
}

/** gelu'(x) = Phi(x) + x phi(x) = d or 1 - d by the sign of x, d = Phi(-|x|) - |x| phi(x). */
function geluDf(x: number): number {
  const a = Math.abs(x);
  const v = a * Math.SQRT1_2;
  if (!(v < ERFCX_TABLE_END)) return geluTailDf(x, v);
  const d = expNegHalfSquare(x) * (0.5 * erfcxTable(v) - a * INV_SQRT_2PI);
  const w = +(x > 0);
  return w * (1 - d) + (1 - w) * d;
}

/** gelu' beyond |x| = 6 sqrt 2, and NaN. */
function geluTailDf(x: number, v: number): number {
  if (x === Infinity) return 1;
  if (x === -Infinity) return 0;
  // Both terms share exp(-x^2/2); factoring it out keeps the tail free of underflow until the end.
  const d = expNegHalfSquare(x) * (0.5 * erfcxTail(v) - Math.abs(x) * INV_SQRT_2PI);
  return x > 0 ? 1 - d : d;
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

/*
 * The tanh approximation is x sigmoid(a) with a = 2u = c1 x + c3 x^3, c1 = 2 sqrt(2/pi),
 * c3 = 0.044715 c1 (exact reals). sigmoid(a) amplifies the rounding of a by |a| (87 at x = -10), so a
 * is carried in double-double. Instead of general error-free products (too much code for V8 to
 * inline, and a kernel that is not inlined boxes its doubles), x is split into a 13-bit head xh and
 * a tail xl: then xh^2 and xh^3 are exact, and so are c1h*xh and c3h*xh^3 for heads of the constants
 * short enough (40 and 12 bits). Everything else is smaller by 2^-13 and needs no exact rounding.
 */
/** c1 = 2 sqrt(2/pi): a 40-bit head, the double nearest the rest, and the double nearest c1. */
const C1_HI = 1.5957691216062813;
const C1_LO = -5.505482686972437e-13;
const C1 = 1.5957691216057308;
/** c3 = 2 sqrt(2/pi) 0.044715: a 12-bit head and the rest, and the same for 3 c3 (the derivative's). */
const C3_HI = 0.07135009765625;
const C3_LO = 4.718616350248776e-6;
const C3 = 0.07135481627260025;
const C3X3_HI = 0.21405029296875;
const C3X3_LO = 1.4155849050746328e-5;
const C3X3 = 0.21406444881780073;
/** 2^40 + 1: splits x into a 13-bit head and the rest (Veltkamp). */
const HEAD_SPLITTER = 1099511627777;

/** Below this a, e^a is subnormal and the kernels switch to one exp of a sum of logs. */
const SUBNORMAL_TAIL = -708;

/** Beyond this |x| the tails are settled (0 or x) and the products could overflow. */
const GELU_TANH_TAIL = 1e90;

/** Scratch for `geluTanhArgument`: a typed array, since V8 stores raw doubles there (object fields are boxed). */
const CUBIC = new Float64Array(4);

/**
 * a = c1 x + c3 x^3 as a double-double into CUBIC[0] (high) and CUBIC[1] (low), and when `withQ`
 * also the derivative's q = x a'(x) = c1 x + 3 c3 x^3 into CUBIC[2] and CUBIC[3]. |x| < GELU_TANH_TAIL.
 */
function geluTanhArgument(x: number, withQ: boolean): void {
  const t = HEAD_SPLITTER * x;
  const xh = t - (t - x);
  const xl = x - xh;
  const xh2 = xh * xh;
  const xh3 = xh2 * xh;
  // The terms of (xh + xl)^3 - xh^3, each 2^-13 of the total or less.
  const cubeRest = xl * (3 * xh2 + xl * (3 * xh + xl));
  const p1 = C1_HI * xh;
  const rest1 = C1_LO * xh + C1 * xl;
  // Two exact products summed exactly (Knuth's TwoSum), then the small remainder, renormalized.
  let p3 = C3_HI * xh3;
  let s = p1 + p3;
  let bb = s - p1;
  let lo = p1 - (s - bb) + (p3 - bb) + rest1 + C3_LO * xh3 + C3 * cubeRest;
  let hi = s + lo;
  CUBIC[0] = hi;
  CUBIC[1] = lo - (hi - s);
  if (!withQ) return;
  p3 = C3X3_HI * xh3;
  s = p1 + p3;
  bb = s - p1;
  lo = p1 - (s - bb) + (p3 - bb) + rest1 + C3X3_LO * xh3 + C3X3 * cubeRest;
  hi = s + lo;
  CUBIC[2] = hi;
  CUBIC[3] = lo - (hi - s);
}

/** gelu_tanh(x) = x/2 (1 + tanh(u)) = x*sigmoid(2u). */
function geluTanhF(x: number): number {
  if (!(Math.abs(x) < GELU_TANH_TAIL)) return x > 0 ? x : x < 0 ? 0 : x;
  geluTanhArgument(x, false);
  const a = CUBIC[0] as number;
  // Far enough down, sigmoid(a) is subnormal: x e^a as one exp keeps the result's digits.
  if (a < SUBNORMAL_TAIL) return -Math.exp(a + Math.log(-x));
  // 1/(1 + e^-a) is accurate wherever e^-a is finite; the first-order correction for the low
  // part of a is d s (1 - s) with 1 - s = e^-a s.
  const e = Math.exp(-a);
  const s = 1 / (1 + e);
  return x * (s + (CUBIC[1] as number) * s * (e * s));
}

/**
 * gelu_tanh'(x) = s + q s (1 - s) with s = sigmoid(a), q = x a'(x) = c1 x + 3 c3 x^3. For x < 0 it is
 * written E (1 + E + q)/(1 + E)^2 with E = e^a, q in double-double, so near the root of the
 * derivative (x = -0.75) only the rounding of E is left to cancel; for x >= 0 it is
 * (1 + e + q e)/(1 + e)^2 with e = e^-a.
 */
function geluTanhDf(x: number): number {
  if (!(Math.abs(x) < GELU_TANH_TAIL)) return x > 0 ? 1 : x < 0 ? 0 : x;
  geluTanhArgument(x, true);
  const a = CUBIC[0] as number;
  const q = CUBIC[2] as number;
  const qLo = CUBIC[3] as number;
  if (a < SUBNORMAL_TAIL) return -Math.exp(a + Math.log(-1 - q));
  // e = e^-|a|; the sign of a picks (1 + e + q e) or e (1 + e + q) by arithmetic on p (0 or 1).
  const p = +(a >= 0);
  const e0 = Math.exp(-Math.abs(a));
  const e = e0 + (1 - p) * e0 * (CUBIC[1] as number);
  const d = 1 + e;
  const oneQ = 1 + q;
  const bb = oneQ - 1;
  const oneQLo = 1 - (oneQ - bb) + (q - bb);
  const negative = e * (oneQ + (oneQLo + qLo + e));
  return (p * (1 + e + q * e) + (1 - p) * negative) / d / d;
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
