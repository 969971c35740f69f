/**
 * Comparing exported code's outputs with @actlab/core's: relative error, with an absolute floor
 * for values at or near zero, reported as readable lines (empty when everything matches).
 */

/** How close two results must be. */
export interface Tolerance {
  /** Largest |a - b| / max(|a|, |b|) accepted. */
  readonly relative: number;
  /** Largest |a - b| accepted whatever the size (for results at or near zero). */
  readonly absolute: number;
}

/** Float64 agreement: a few ulp (1e-12 relative), and nothing but subnormal noise absolute. */
export const FLOAT64: Tolerance = { relative: 1e-12, absolute: 1e-300 };

/** Float32 agreement (TF.js's CPU backend computes in float32). */
export const FLOAT32: Tolerance = { relative: 1e-5, absolute: 1e-6 };

/** True when `actual` matches `expected` within `tolerance` (same infinity or both NaN included). */
export function close(actual: number, expected: number, tolerance: Tolerance): boolean {
  if (Object.is(actual, expected) || actual === expected) return true;
  if (Number.isNaN(actual) || Number.isNaN(expected)) return false;
  const error = Math.abs(actual - expected);
  if (error <= tolerance.absolute) return true;
  return error <= tolerance.relative * Math.max(Math.abs(actual), Math.abs(expected));
}

/** One line per input where `actual` and `expected` disagree (and one for a length mismatch). */
export function mismatches(
  label: string,
  xs: readonly unknown[],
  actual: readonly number[],
  expected: readonly number[],
  tolerance: Tolerance,
): string[] {
  if (actual.length !== expected.length) {
    return [`${label}: ${actual.length} values, expected ${expected.length}`];
  }
  return expected.flatMap((want, i) => {
    const got = actual[i] as number;
    return close(got, want, tolerance)
      ? []
      : [`${label} at x = ${JSON.stringify(xs[i])}: got ${got}, expected ${want}`];
  });
}
