/**
 * Agreement checks run on every timed output, so that a kernel that computes the wrong thing (or
 * nothing) cannot look fast.
 */

/** The outcome of comparing a contender's output with a reference. */
export interface Agreement {
  /** How many elements differ by more than the tolerance. */
  readonly mismatches: number;
  /** The largest error seen, scaled as in `closeEnough`. */
  readonly worstError: number;
  /** The input at the worst element, for the report. */
  readonly worstAt: number;
}

/**
 * Compares `got` with `want` element by element: the error is |got - want| / max(1, |want|), i.e.
 * relative for large values and absolute near zero, where relative error means nothing (gelu at
 * -8 is 1e-15 and its textbook erf is only good to 1.5e-7 absolute). NaN only matches NaN.
 * When `keep` is given, only the elements it marks with 1 are compared.
 */
export function agreement(
  xs: Float64Array,
  got: ArrayLike<number>,
  want: ArrayLike<number>,
  tolerance: number,
  keep?: Uint8Array,
): Agreement {
  let mismatches = 0;
  let worstError = 0;
  let worstAt = NaN;
  for (let i = 0; i < want.length; i++) {
    if (keep !== undefined && keep[i] !== 1) continue;
    const g = got[i] as number;
    const w = want[i] as number;
    const error = g === w || (g !== g && w !== w) ? 0 : Math.abs(g - w) / Math.max(1, Math.abs(w));
    if (!(error <= tolerance)) mismatches++;
    // A NaN error (a NaN where a number was wanted) counts as the worst possible.
    const e = error === error ? error : Infinity;
    if (e > worstError) {
      worstError = e;
      worstAt = xs[i] as number;
    }
  }
  return { mismatches, worstError, worstAt };
}

/** The inputs rounded to float32, which is what TF.js actually computes on. */
export function roundToFloat32(xs: Float64Array): Float64Array {
  return Float64Array.from(xs, Math.fround);
}
