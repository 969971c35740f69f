/**
 * Curves for a lesson's live figure: training loss by epoch for each labelled part of an
 * experiment, gathered from its progress reports, and the outcome's series sorted into loss curves
 * and per-layer measurements (which have layers, not epochs, on x).
 */
import type { Series } from '@actlab/train';

/** One curve: a label and points. */
export interface Curve {
  readonly label: string;
  readonly xs: readonly number[];
  readonly ys: readonly number[];
}

/** The curves with one more point (epoch, loss) on the curve `label` (created when new). */
export function appendPoint(
  curves: readonly Curve[],
  label: string,
  x: number,
  y: number,
): Curve[] {
  const index = curves.findIndex((c) => c.label === label);
  if (index < 0) return [...curves, { label, xs: [x], ys: [y] }];
  return curves.map((c, i) => (i === index ? { label, xs: [...c.xs, x], ys: [...c.ys, y] } : c));
}

/** The outcome's series split into curves over epochs and curves over layers. */
export function splitSeries(series: readonly Series[]): {
  readonly byEpoch: Curve[];
  readonly byLayer: Curve[];
} {
  const curve = (s: Series): Curve => ({ label: s.label, xs: s.epochs, ys: s.values });
  const perLayer = (s: Series) => /by layer/i.test(s.label);
  return {
    byEpoch: series.filter((s) => !perLayer(s)).map(curve),
    byLayer: series.filter(perLayer).map(curve),
  };
}

/** The smallest and largest finite value of every curve on `axis` (fallback [0, 1]). */
export function curveExtent(curves: readonly Curve[], axis: 'xs' | 'ys'): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const c of curves) {
    for (const v of c[axis]) {
      if (!Number.isFinite(v)) continue;
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  }
  if (!(lo <= hi)) return [0, 1];
  return lo === hi ? [lo - 0.5, hi + 0.5] : [lo, hi];
}
