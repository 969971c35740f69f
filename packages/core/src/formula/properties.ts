/**
 * Shape properties of a typed formula, estimated by sampling: a formula has no hand-written
 * metadata, so monotonic, bounded, zero-centred, smooth, saturating and sparse are read off f and
 * f' on a grid and in the far tails, and labelled as estimates wherever they are shown.
 */
import type { Interval, Kink, ScalarActivation } from '../activation.js';
import { saturationZones } from '../curve.js';
import type { EstimatedProperties } from './types.js';

/** The interval sampled densely; the catalog's plots and saturation zones use the same scale. */
const OVER = { from: -20, to: 20 } as const;
/** Grid points over OVER: 0.01 apart, fine enough for any kink or dip a person draws by hand. */
const GRID = 4001;
/** Far points that decide boundedness and saturation, beyond any plotted range. */
const TAILS = [50, 1e3, 1e8] as const;
/** |f| above this in the far tails means unbounded (a bounded activation stays near its asymptote). */
const BOUND = 1e4;
/** |f'| below this counts as a vanishing gradient (the catalog's saturation threshold). */
const SMALL_GRADIENT = 0.05;

function gridPoints(): number[] {
  const step = (OVER.to - OVER.from) / (GRID - 1);
  return Array.from({ length: GRID }, (_, i) => OVER.from + i * step);
}

/** The output range: extremes over the grid, opened to infinity where the tails run away. */
function estimatedRange(
  values: readonly number[],
  lowTail: readonly number[],
  highTail: readonly number[],
): Interval {
  const finite = values.filter(Number.isFinite);
  const tails = [...lowTail, ...highTail];
  const all = [...finite, ...tails.filter(Number.isFinite)];
  const runsLow = tails.some((v) => v < -BOUND || v === -Infinity);
  const runsHigh = tails.some((v) => v > BOUND || v === Infinity);
  const gridMin = Math.min(...finite);
  const gridMax = Math.max(...finite);
  const min = runsLow ? -Infinity : Math.min(...all);
  const max = runsHigh ? Infinity : Math.max(...all);
  // An extreme reached on the grid is attained; one met only far out in the tails (sigmoid's 0 at
  // -1e8, where float64 rounds) is only approached.
  return {
    min,
    max,
    minInclusive: Number.isFinite(min) && min === gridMin,
    maxInclusive: Number.isFinite(max) && max === gridMax,
  };
}

/** True when at least ten consecutive grid values are exactly zero: a flat zero stretch. */
function hasZeroStretch(values: readonly number[]): boolean {
  let run = 0;
  for (const v of values) {
    run = v === 0 ? run + 1 : 0;
    if (run >= 10) return true;
  }
  return false;
}

/** Estimates a formula's shape properties from its ready activation and its kinks. */
export function estimateProperties(
  act: Pick<ScalarActivation, 'f' | 'df' | 'kinks'>,
  kinks: readonly Kink[] = act.kinks,
): EstimatedProperties {
  const xs = gridPoints();
  const values = xs.map((x) => act.f(x));
  const slopes = xs.map((x) => act.df(x));
  const lowTail = TAILS.map((t) => act.f(-t));
  const highTail = TAILS.map((t) => act.f(t));
  const range = estimatedRange(values, lowTail, highTail);
  const nonDecreasing = values.every((v, i) => i === 0 || v >= (values[i - 1] as number));
  const monotonic = nonDecreasing && slopes.every((d) => !(d < 0));
  const f0 = act.f(0);
  const zeroCentred =
    Math.abs(f0) < 1e-12 && values.some((v) => v > 0) && values.some((v) => v < 0);
  const smooth = kinks.length === 0 && slopes.every(Number.isFinite);
  const saturating = [-TAILS[0], TAILS[0]].some((t) => Math.abs(act.df(t)) < 1e-3);
  const zones = saturationZones(act, { ...OVER, threshold: SMALL_GRADIENT });
  return {
    estimated: true,
    over: OVER,
    range,
    monotonic,
    bounded: Number.isFinite(range.min) && Number.isFinite(range.max),
    zeroCentred,
    smooth,
    saturating,
    sparse: hasZeroStretch(values),
    smallGradient: { below: SMALL_GRADIENT, intervals: zones },
  };
}
