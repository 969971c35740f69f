/**
 * The correctness check behind the training ratios: two contenders trained from the same initial
 * weights on the same batches in the same order must report the same batch losses step after
 * step. A contender that computed something else (or nothing) would drift apart within a few
 * steps, so a fast but wrong trainer cannot pass.
 */

/** How two loss trajectories compare. */
export interface LossAgreement {
  /** Steps compared. */
  readonly steps: number;
  /** The largest |a - b| over all steps. */
  readonly maxDifference: number;
  /** The step (0-based) where it occurred. */
  readonly worstStep: number;
  /** The mean loss of the last `lastSteps` steps, for each side. */
  readonly lastMean: readonly [number, number];
  /** How many steps `lastMean` averages (the last epoch). */
  readonly lastSteps: number;
}

/**
 * Compares two per-step loss trajectories of equal length; `lastSteps` is how many final steps to
 * average (an epoch's worth). A NaN on either side counts as an infinite difference.
 */
export function compareLosses(
  a: readonly number[],
  b: readonly number[],
  lastSteps: number,
): LossAgreement {
  if (a.length !== b.length || a.length === 0) {
    throw new Error(`loss trajectories of ${a.length} and ${b.length} steps cannot be compared`);
  }
  let maxDifference = 0;
  let worstStep = 0;
  for (let i = 0; i < a.length; i++) {
    const d = Math.abs((a[i] as number) - (b[i] as number));
    const diff = d === d ? d : Infinity;
    if (diff > maxDifference) {
      maxDifference = diff;
      worstStep = i;
    }
  }
  const last = Math.max(1, Math.min(lastSteps, a.length));
  const tailMean = (xs: readonly number[]): number =>
    xs.slice(-last).reduce((s, x) => s + x, 0) / last;
  return {
    steps: a.length,
    maxDifference,
    worstStep,
    lastMean: [tailMean(a), tailMean(b)],
    lastSteps: last,
  };
}
