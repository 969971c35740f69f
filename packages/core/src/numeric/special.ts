/**
 * Special functions JavaScript lacks, accurate to about one ulp in float64: exp(-x^2) with the
 * rounding of x*x corrected, the scaled complementary error function erfcx, erf near zero, the
 * normal distribution's CDF and density, and the logistic family. Pure functions, no allocation.
 */
import { ERFCX_4_8, ERFCX_TAIL, ERFCX_TABLE, ERFCX_TABLE_STRIDE } from './coefficients.js';
import { squareError } from './double-double.js';

/** Beyond this |x|, exp(-x^2/2) underflows to 0 whatever the correction, and x*x may overflow. */
const SQUARE_TAIL = 40;

/** Value of a polynomial (coefficients highest degree first) at t, by Horner's rule. */
export function horner(coefficients: readonly number[], t: number): number {
  let acc = coefficients[0] as number;
  for (let i = 1; i < coefficients.length; i++) acc = acc * t + (coefficients[i] as number);
  return acc;
}

/** exp(-x^2), with the rounding error of x*x added back (a plain Math.exp(-x*x) loses up to ~50 ulp at |x| = 10). */
export function expNegSquare(x: number): number {
  const hi = x * x;
  const e = Math.exp(-hi);
  // exp(-(hi + lo)) = exp(-hi) * (1 - lo) to first order; lo is below 2^-53 hi.
  return Math.abs(x) < SQUARE_TAIL ? e - e * squareError(x, hi) : e;
}

/** exp(-x^2 / 2), with the rounding error of x*x added back. */
export function expNegHalfSquare(x: number): number {
  const hi = x * x;
  const e = Math.exp(-0.5 * hi);
  return Math.abs(x) < SQUARE_TAIL ? e - 0.5 * e * squareError(x, hi) : e;
}

/**
 * erfcx(v) = exp(v^2) erfc(v) for 0 <= v < 6, from a table of 48 polynomial pieces of width 1/8
 * (degree 10, ERFCX_TABLE_STRIDE = 11) indexed by floor(8v): no data-dependent branch, so bulk loops
 * over random signs stay fast.
 */
export function erfcxTable(v: number): number {
  const i = (8 * v) | 0; // truncation is floor here: 0 <= v < 6
  const b = i * ERFCX_TABLE_STRIDE;
  // t = 16 (v - (i + 1/2)/8) maps the piece onto [-1, 1]; 16v is exact.
  const t = 16 * v - (2 * i + 1);
  // Estrin's scheme: the same polynomial as Horner's rule with a dependency chain of depth 4, not 10,
  // which is what keeps a bulk loop from waiting on the multiplier.
  const T = ERFCX_TABLE;
  const t2 = t * t;
  const t4 = t2 * t2;
  // Coefficients are stored highest degree first: T[b + 10] is the constant term.
  const q0 = (T[b + 10] as number) + (T[b + 9] as number) * t;
  const q1 = (T[b + 8] as number) + (T[b + 7] as number) * t;
  const q2 = (T[b + 6] as number) + (T[b + 5] as number) * t;
  const q3 = (T[b + 4] as number) + (T[b + 3] as number) * t;
  const q4 = (T[b + 2] as number) + (T[b + 1] as number) * t;
  const r0 = q0 + q1 * t2;
  const r1 = q2 + q3 * t2;
  const r2 = q4 + (T[b] as number) * t2;
  return r0 + r1 * t4 + r2 * (t4 * t4);
}

/** Upper end of `erfcxTable`'s domain. */
export const ERFCX_TABLE_END = 6;

/**
 * erfcx(v) = exp(v^2) erfc(v) for v >= 6 (and +Infinity), beyond `erfcxTable`: a fitted piece up
 * to 8, then v erfcx(v) as a polynomial in 1/v^2. It carries erfc's tail without its underflow, which
 * is how gelu keeps its last digits out to x = -38.
 */
export function erfcxTail(v: number): number {
  // (v - 6) is exact here (Sterbenz), so t carries no rounding of its own.
  return v < 8 ? horner(ERFCX_4_8, 0.5 * (v - 6)) : horner(ERFCX_TAIL, 128 / (v * v) - 1) / v;
}

/** 1/sqrt(2*pi), the peak of the standard normal density. */
export const INV_SQRT_2PI = 0.3989422804014327;

/** The logistic sigmoid 1/(1 + e^-x), to about one ulp everywhere (sigmoid(-710) = 4.476e-309, not 0). */
export function sigmoid(x: number): number {
  // 1/(1 + e^-x) is accurate for every x where e^-x is finite; below that it equals e^x to the last bit.
  return x > -709 ? 1 / (1 + Math.exp(-x)) : Math.exp(x);
}

/** The sigmoid's derivative sigma(x)(1 - sigma(x)), written without the cancellation of 1 - sigma. */
export function sigmoidDerivative(x: number): number {
  const e = Math.exp(-Math.abs(x));
  const d = 1 + e;
  return e / d / d;
}

/** softplus(x) = log(1 + e^x), exact in both tails (softplus(20.5) = 20.50000000125015, softplus(-800) = 0). */
export function softplus(x: number): number {
  return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
}
