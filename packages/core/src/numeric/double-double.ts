/**
 * Error-free transformations: a sum or product of two doubles written exactly as a rounded double
 * plus the rounding error. They let a kernel carry the part of an intermediate that rounding would
 * lose (x*x inside exp(-x*x), beta*x inside sigmoid) and add it back as a first-order correction.
 * JavaScript has no fused multiply-add, so products use Dekker's splitting.
 */

/** 2^27 + 1: splits a double into two halves of 26 bits each (Dekker). */
const SPLITTER = 134217729;

/** Above this magnitude the splitting overflows; callers skip the correction there. */
export const SPLIT_LIMIT = 1e300;

/**
 * The rounding error of a*b: a*b = fl(a*b) + productError(a, b, fl(a*b)) exactly (|a|, |b| <
 * SPLIT_LIMIT). A product that overflowed (or a non-finite operand) has no error term: 0, not NaN.
 */
export function productError(a: number, b: number, p: number): number {
  if (!Number.isFinite(p)) return 0;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return al * bl - (p - ah * bh - al * bh - ah * bl);
}

/**
 * The rounding error of x*x: x*x = fl(x*x) + squareError(x, fl(x*x)) exactly; one split, not two.
 * An overflowed square has no error term: 0.
 */
export function squareError(x: number, p: number): number {
  if (!Number.isFinite(p)) return 0;
  const t = SPLITTER * x;
  const hi = t - (t - x);
  const lo = x - hi;
  return lo * lo - (p - hi * hi - 2 * hi * lo);
}

/**
 * The rounding error of a+b: a+b = fl(a+b) + sumError(a, b, fl(a+b)) exactly (Knuth's TwoSum). A
 * sum that overflowed (1e308 + 1e308, or -1e308 - 1e308 as a difference) has no error term: 0,
 * where the formula would give Infinity - Infinity = NaN and poison the result.
 */
export function sumError(a: number, b: number, s: number): number {
  if (!Number.isFinite(s)) return 0;
  const bb = s - a;
  return a - (s - bb) + (b - bb);
}

/** The low part of a/b: a/b = q + quotientError(a, b, q) to about 2^-106 relative, where q = fl(a/b). */
export function quotientError(a: number, b: number, q: number): number {
  if (!Number.isFinite(q) || !Number.isFinite(b)) return 0;
  const p = q * b;
  return (a - p - productError(q, b, p)) / b;
}
