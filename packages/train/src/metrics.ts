/**
 * Measures of a network on data and of its layers: loss, accuracy and R^2, gradient and weight
 * norms, the fraction of saturated (or dead) units, and histograms of pre-activations.
 */

/** A histogram over [min, max] in equal bins. */
export interface Histogram {
  /** Left end of the first bin. */
  readonly min: number;
  /** Right end of the last bin. */
  readonly max: number;
  /** Count per bin. */
  readonly counts: readonly number[];
}

/** Per-layer measures. */
export interface LayerMetrics {
  /** Euclidean norm of dL/dW on the last batch (or the probe batch before any step). */
  readonly gradientNorm: number;
  /** Euclidean norm of dL/db on the same batch. */
  readonly biasGradientNorm: number;
  /** Euclidean norm of W. */
  readonly weightNorm: number;
  /** Fraction of units whose |f'(z)| < 0.01 on every example of the batch: saturated or dead. */
  readonly saturated: number;
  /** Pre-activations z over the batch. */
  readonly histogram: Histogram;
}

/** A snapshot of training. */
export interface Metrics {
  /** Completed epochs. */
  readonly epoch: number;
  /** Completed steps (mini-batches). */
  readonly step: number;
  /** Mean loss over the training set. */
  readonly trainLoss: number;
  /** Mean loss over the test set, when there is one. */
  readonly testLoss?: number;
  /** Fraction classified correctly on the training set (classification tasks). */
  readonly accuracy?: number;
  /** Fraction classified correctly on the test set. */
  readonly testAccuracy?: number;
  /** Coefficient of determination on the training set (regression tasks). */
  readonly r2?: number;
  /** Coefficient of determination on the test set. */
  readonly testR2?: number;
  /** Per-layer measures, input side first. */
  readonly layers: readonly LayerMetrics[];
}

/** Euclidean norm of an array. */
export function norm(values: Float64Array): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += (values[i] as number) * (values[i] as number);
  return Math.sqrt(s);
}

/** A histogram of `values` in `bins` equal bins between their minimum and maximum. */
export function histogram(values: Float64Array, bins = 20): Histogram {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const counts = new Array<number>(bins).fill(0);
  if (!(min <= max)) return { min: 0, max: 0, counts };
  const width = (max - min) / bins || 1;
  for (const v of values) {
    const i = Math.min(bins - 1, Math.floor((v - min) / width));
    if (i >= 0) counts[i] = (counts[i] as number) + 1;
  }
  return { min, max, counts };
}

/** R^2 = 1 - SS_res/SS_tot of predictions against targets (both flat, same length). */
export function rSquared(predictions: Float64Array, targets: Float64Array): number {
  let mean = 0;
  for (const t of targets) mean += t;
  mean /= targets.length;
  let res = 0;
  let tot = 0;
  for (let i = 0; i < targets.length; i++) {
    const t = targets[i] as number;
    res += (t - (predictions[i] as number)) ** 2;
    tot += (t - mean) ** 2;
  }
  return tot === 0 ? (res === 0 ? 1 : 0) : 1 - res / tot;
}

/** One epoch's figures as the front ends report them (the API's and the CLI's training history). */
export interface HistoryEntry {
  readonly epoch: number;
  /** Training loss. */
  readonly loss: number;
  readonly testLoss?: number;
  readonly accuracy?: number;
  readonly testAccuracy?: number;
  readonly r2?: number;
  readonly testR2?: number;
  /** Gradient norm of each layer, input side first. */
  readonly gradientNorms: readonly number[];
}

/** The history entry of `m`: its losses, accuracy or R², and per-layer gradient norms. */
export function historyEntry(m: Metrics): HistoryEntry {
  return {
    epoch: m.epoch,
    loss: m.trainLoss,
    ...(m.testLoss !== undefined ? { testLoss: m.testLoss } : {}),
    ...(m.accuracy !== undefined ? { accuracy: m.accuracy } : {}),
    ...(m.testAccuracy !== undefined ? { testAccuracy: m.testAccuracy } : {}),
    ...(m.r2 !== undefined ? { r2: m.r2 } : {}),
    ...(m.testR2 !== undefined ? { testR2: m.testR2 } : {}),
    gradientNorms: m.layers.map((l) => l.gradientNorm),
  };
}
