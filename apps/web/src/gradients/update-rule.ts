/**
 * The update rule theta := theta - alpha dJ/dtheta for one weight, as the numbers the page prints:
 * where the weight is, how far one step moves it, and that move as a share of the weight.
 */

/** One weight's gradient-descent step. */
export interface UpdateNumbers {
  /** The weight now. */
  readonly theta: number;
  /** The learning rate. */
  readonly alpha: number;
  /** dJ/dtheta. */
  readonly gradient: number;
  /** theta - alpha dJ/dtheta. */
  readonly next: number;
  /** next - theta = -alpha dJ/dtheta. */
  readonly change: number;
  /** |change| / |theta| (Infinity when theta is 0 and the change is not). */
  readonly relativeChange: number;
}

/** The step of `theta` under learning rate `alpha` and gradient `gradient`. */
export function updateNumbers(theta: number, alpha: number, gradient: number): UpdateNumbers {
  const change = -alpha * gradient;
  const next = theta + change;
  const relativeChange =
    change === 0 ? 0 : theta === 0 ? Infinity : Math.abs(change) / Math.abs(theta);
  return { theta, alpha, gradient, next, change, relativeChange };
}

/** Ratio of the first layer's gradient norm to the last layer's: far below 1 means vanishing. */
export function firstLastRatio(norms: readonly number[]): number {
  const first = norms[0];
  const last = norms[norms.length - 1];
  return first === undefined || last === undefined ? NaN : first / last;
}
