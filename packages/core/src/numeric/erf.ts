/**
 * The error function erf and its complement erfc, accurate to a couple of ulp in float64: erf near
 * zero from its Taylor series (no cancellation there), everything else from erfc(v) =
 * exp(-v^2) erfcx(v) with the tables gelu already uses, so erfc keeps its relative accuracy in the
 * right tail down to underflow (erfc(26) = 5.663192408856143e-296, not 0). Pure, no allocation.
 */
import { ERFCX_TABLE_END, erfcxTable, erfcxTail, expNegSquare, horner } from './special.js';

/** 2/sqrt(pi), the slope of erf at 0. */
export const TWO_OVER_SQRT_PI = 1.1283791670955126;

/** Below this |x| erf comes from its series; above, 1 - erfc(|x|) has no cancellation (erfc <= 0.48). */
const SERIES_END = 0.5;

/**
 * Taylor coefficients of erf(x)/(2x/sqrt(pi)) - 1 in z = x^2, highest degree first:
 * (-1)^n / (n! (2n + 1)) for n = 14 down to 1. At |x| < 0.5 the first omitted term is below 1e-21.
 */
const ERF_SERIES: readonly number[] = (() => {
  const c: number[] = [];
  let factorial = 1;
  for (let n = 1; n <= 14; n++) {
    factorial *= n;
    c.push((n % 2 === 0 ? 1 : -1) / (factorial * (2 * n + 1)));
  }
  return c.reverse().concat(0);
})();

/** erf(x) for |x| < SERIES_END: 2x/sqrt(pi) (1 + t), the small correction t added last. */
function erfSeries(x: number): number {
  const t = horner(ERF_SERIES, x * x);
  const cx = TWO_OVER_SQRT_PI * x;
  return cx + cx * t;
}

/** erfc(v) for v >= 0 (and +Infinity): exp(-v^2) erfcx(v), the square's rounding corrected. */
function erfcNonNegative(v: number): number {
  // erfcx is tame (between 0 and 1) and the exponential carries the underflow, so a subnormal
  // result is rounded only once more, by the product.
  return (v < ERFCX_TABLE_END ? erfcxTable(v) : erfcxTail(v)) * expNegSquare(v);
}

/** The error function erf(x) = 2/sqrt(pi) * integral of e^(-t^2) from 0 to x. erf(-0) = -0. */
export function erf(x: number): number {
  const a = Math.abs(x);
  if (a < SERIES_END) return erfSeries(x);
  if (a !== a) return x;
  const r = 1 - erfcNonNegative(a);
  return x > 0 ? r : -r;
}

/** The complementary error function erfc(x) = 1 - erf(x), without the cancellation for large x. */
export function erfc(x: number): number {
  if (x >= 0) return erfcNonNegative(x);
  // Below 0 erfc lies in (1, 2]: no cancellation either way.
  return x > -SERIES_END ? 1 - erfSeries(x) : x === x ? 2 - erfcNonNegative(-x) : x;
}
