/**
 * The summaries the benchmarks report: medians of timings, nearest-rank percentiles of latencies
 * and the geometric mean of ratios. None of them sorts its input in place.
 */

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
 * The `p`-th percentile (0 to 100) of `values` by nearest rank: the smallest value with at least
 * p% of the values at or below it, so p99 of 100 values is the 99th smallest and p0 the smallest.
 * Nearest rank rather than interpolation, so the figure is always a latency that was observed.
 * NaN when empty.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] as number;
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
