/**
 * Sampling for plots: a curve of f and f' over a range with the kinks included as sample points
 * (and their immediate neighbours, so a jump is drawn as a jump), and the zones where |f'| is small,
 * which is where gradients vanish.
 */
import type { ScalarActivation } from './activation.js';
import { ActlabError } from './errors.js';

/** A sampled curve: parallel arrays of x, f(x) and f'(x), x strictly increasing. */
export interface Curve {
  /** Sample points, strictly increasing, from `from` to `to`. */
  readonly x: Float64Array;
  /** f at each sample point. */
  readonly y: Float64Array;
  /** f' at each sample point. */
  readonly dy: Float64Array;
}

/** Where and how densely to sample. */
export interface CurveOptions {
  /** Left end of the range (finite). */
  readonly from: number;
  /** Right end of the range (finite, greater than `from`). */
  readonly to: number;
  /** Number of evenly spaced points (2 to 1,000,000); kink points come on top. */
  readonly points: number;
}

/** Largest number of evenly spaced points a curve may ask for. */
export const MAX_CURVE_POINTS = 1_000_000;

function checkRange(from: number, to: number): void {
  if (!Number.isFinite(from) || !Number.isFinite(to) || !(from < to)) {
    throw new ActlabError(
      'INVALID_ARGUMENT',
      `the range must be finite with from < to, got from=${from}, to=${to}`,
    );
  }
}

/**
 * Samples f and f' at `points` evenly spaced x in [from, to], plus every kink inside the range, the
 * points just beside it (1e-9 of the range away) and a few more within a step of it, so that plots
 * show corners and jumps exactly. Points outside [from, to] are never added.
 */
export function sampleCurve(act: ScalarActivation, options: CurveOptions): Curve {
  const { from, to, points } = options;
  checkRange(from, to);
  if (!Number.isInteger(points) || points < 2 || points > MAX_CURVE_POINTS) {
    throw new ActlabError(
      'INVALID_ARGUMENT',
      `points must be an integer from 2 to ${MAX_CURVE_POINTS}, got ${points}`,
    );
  }
  const step = (to - from) / (points - 1);
  const xs: number[] = [];
  for (let i = 0; i < points; i++) xs.push(i === points - 1 ? to : from + i * step);
  // Denser near each kink (a quarter and a sixteenth of a step away), then the kink itself and its
  // immediate neighbours, so corners are sharp and jumps vertical at any zoom that keeps the kink.
  const eps = (to - from) * 1e-9;
  for (const kink of act.kinks) {
    if (!(kink.x > from && kink.x < to)) continue;
    for (const d of [step / 4, step / 16, eps]) xs.push(kink.x - d, kink.x + d);
    xs.push(kink.x);
  }
  const x = Float64Array.from(new Set(xs.filter((v) => v >= from && v <= to))).sort();
  return { x, y: act.map(x), dy: act.grad(x) };
}

/** An interval of x where |f'(x)| stays below the threshold. */
export interface Zone {
  /** Left end (the range's start when the zone reaches it). */
  readonly from: number;
  /** Right end (the range's end when the zone reaches it). */
  readonly to: number;
}

/** Options for `saturationZones`. */
export interface SaturationOptions {
  /** Left end of the range searched. */
  readonly from: number;
  /** Right end of the range searched. */
  readonly to: number;
  /** |f'| below this counts as saturated; default 0.05 (sigmoid saturates outside about [-2.9, 2.9]). */
  readonly threshold?: number;
}

/**
 * The zones of [from, to] where |f'(x)| < threshold: where a unit passes back almost no gradient
 * (sigmoid and tanh tails, relu's negative half, the flat parts of the clipped functions). Edges are
 * located by bisection to about 1e-12 of the range.
 */
export function saturationZones(
  act: Pick<ScalarActivation, 'df'>,
  options: SaturationOptions,
): Zone[] {
  const { from, to } = options;
  const threshold = options.threshold ?? 0.05;
  checkRange(from, to);
  if (!(threshold > 0) || !Number.isFinite(threshold)) {
    throw new ActlabError(
      'INVALID_ARGUMENT',
      `threshold must be a positive number, got ${threshold}`,
    );
  }
  const small = (x: number): boolean => Math.abs(act.df(x)) < threshold;
  const edge = (a: number, b: number): number => {
    // Invariant: small(a) !== small(b); shrink until the bracket is negligible.
    const sa = small(a);
    for (let i = 0; i < 60 && b - a > (to - from) * 1e-12; i++) {
      const m = a + (b - a) / 2;
      if (small(m) === sa) a = m;
      else b = m;
    }
    return a + (b - a) / 2;
  };
  const n = 2000;
  const zones: Zone[] = [];
  let start: number | undefined = small(from) ? from : undefined;
  let prev = from;
  for (let i = 1; i <= n; i++) {
    const x = i === n ? to : from + ((to - from) * i) / n;
    const s = small(x);
    if (s && start === undefined) start = edge(prev, x);
    if (!s && start !== undefined) {
      zones.push({ from: start, to: edge(prev, x) });
      start = undefined;
    }
    prev = x;
  }
  if (start !== undefined) zones.push({ from: start, to });
  // Kinks can make a single point saturated (relu'(0) = 0): such zero-width zones say nothing.
  return zones.filter((z) => z.to > z.from);
}
