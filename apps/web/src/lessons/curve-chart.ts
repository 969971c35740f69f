/**
 * Drawing of a lesson's curves: colour and dash pattern both change from curve to curve (the
 * legend names them), so no curve is told apart by colour alone.
 */
import { drawLinePlot } from '../canvas/line-plot.js';
import type { Palette } from '../lib/theme.js';
import { decadeRange } from '../gradients/gradient-chart.js';
import type { Curve } from './curves.js';
import { curveExtent } from './curves.js';

/** Dash patterns, cycled with the colours. */
export const DASHES: readonly (readonly number[])[] = [[], [6, 4], [2, 3], [10, 3, 2, 3]];

/** The colour and dash of curve `i`. */
function curveStyle(
  i: number,
  palette: Palette,
): { readonly color: string; readonly dash: readonly number[] } {
  const colors = palette.series;
  return {
    color: colors[i % colors.length] ?? palette.text,
    dash: DASHES[i % DASHES.length] ?? [],
  };
}

/** What to draw. */
export interface CurveChartSpec {
  readonly curves: readonly Curve[];
  readonly xLabel: string;
  readonly yLabel: string;
  /** A log y axis (for values spanning many decades). */
  readonly yLog?: boolean;
}

/** Draws the curves with shared axes. */
export function drawCurveChart(
  ctx: CanvasRenderingContext2D,
  width: number,
  height: number,
  palette: Palette,
  spec: CurveChartSpec,
): void {
  const [x0, x1] = curveExtent(spec.curves, 'xs');
  const [y0, y1] = curveExtent(spec.curves, 'ys');
  const y: [number, number] = spec.yLog
    ? decadeRange(spec.curves.flatMap((c) => c.ys))
    : [Math.min(0, y0), y1 + (y1 - Math.min(0, y0)) * 0.05];
  drawLinePlot(ctx, width, height, palette, {
    x: [x0, x1],
    y,
    ...(spec.yLog ? { yLog: true } : {}),
    series: spec.curves.map((c, i) => ({ xs: c.xs, ys: c.ys, ...curveStyle(i, palette) })),
    xLabel: spec.xLabel,
    yLabel: spec.yLabel,
  });
}
