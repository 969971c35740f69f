/** The two summaries the benchmark reports: the median of timings and the geometric mean of ratios. */

/** The median of `values` (the mean of the middle two for an even count); NaN when empty. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * The geometric mean of positive ratios, the right average for "how many times slower": a 2x and a
 * 0.5x cancel out. NaN when empty or when any value is not a positive finite number.
 */
export function geomean(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  let logSum = 0;
  for (const v of values) {
    if (!(v > 0) || !Number.isFinite(v)) return NaN;
    logSum += Math.log(v);
  }
  return Math.exp(logSum / values.length);
}
