/**
 * The signal-through-depth charts: layer 1 to L on x, a variance's base-10 logarithm on y (a
 * linear axis of decades, so a span of 60 decades still gets a few readable ticks where a log axis
 * would label every decade), one colour and one marker shape per activation, measured solid with markers and predicted dashed without (so
 * the two differ by more than colour). `depthChartModel` turns the curves into that plain model
 * (tested on its own); `drawDepthChart` draws it over @actlab/web's line plot.
 */
import type { PlotFrame } from '../canvas/line-plot.js';
import { drawLinePlot } from '../canvas/line-plot.js';
import type { Palette } from '../lib/theme.js';
import type { DepthCurve } from './depth-compute.js';
import { decadeRange } from './gradient-chart.js';

/** Which variance a chart shows. */
export type DepthQuantity = 'forward' | 'gradient';

/** Marker shapes, one per activation in order, so curves differ by shape as well as colour. */
export const MARKERS = ['circle', 'square', 'triangle', 'diamond'] as const;

/** A marker shape. */
type Marker = (typeof MARKERS)[number];

/** One line of a chart. */
interface DepthSeries {
  readonly activation: string;
  readonly source: 'measured' | 'predicted';
  /** The activation's position: its colour (palette.series[index]) and marker. */
  readonly index: number;
  /** Layer numbers, 1 first. */
  readonly xs: readonly number[];
  readonly ys: readonly number[];
  /** Dash pattern: none for measured, dashed for predicted. */
  readonly dash: readonly number[];
  /** The marker drawn at each measured point (none on predicted lines). */
  readonly marker?: Marker;
}

/** What one chart draws. */
export interface DepthChartModel {
  readonly quantity: DepthQuantity;
  readonly x: readonly [number, number];
  /** Whole decades covering every positive value, and 1 (the reference line). */
  readonly y: readonly [number, number];
  readonly series: readonly DepthSeries[];
}

/** Dash of the predicted lines. */
const PREDICTED_DASH = [7, 5] as const;
/** A log axis spanning more than this many decades squeezes every curve flat; clip it. */
const MAX_DECADES = 40;

/** The chart model of `quantity` for the curves that have results. */
export function depthChartModel(
  curves: readonly DepthCurve[],
  quantity: DepthQuantity,
): DepthChartModel {
  const series: DepthSeries[] = [];
  let depth = 2;
  curves.forEach((curve, index) => {
    const result = curve.result;
    if (!result) return;
    const layers = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
    const measured = result.measured[quantity];
    const predicted = result.predicted[quantity];
    depth = Math.max(depth, measured.length, predicted.length);
    const { activation } = curve;
    const marker = MARKERS[index % MARKERS.length] as Marker;
    series.push(
      {
        activation,
        source: 'measured',
        index,
        xs: layers(measured.length),
        ys: measured,
        dash: [],
        marker,
      },
      {
        activation,
        source: 'predicted',
        index,
        xs: layers(predicted.length),
        ys: predicted,
        dash: PREDICTED_DASH,
      },
    );
  });
  const [low, high] = decadeRange([1, ...series.flatMap((s) => s.ys)]);
  const y: [number, number] =
    Math.log10(high / low) > MAX_DECADES
      ? [Math.max(low, high / 10 ** MAX_DECADES), high]
      : [low, high];
  return { quantity, x: [1, depth], y, series };
}

/** Draws one marker of `shape` centred at (x, y). */
function drawMarker(ctx: CanvasRenderingContext2D, shape: Marker, x: number, y: number): void {
  const r = 3.5;
  ctx.beginPath();
  if (shape === 'circle') ctx.arc(x, y, r, 0, 2 * Math.PI);
  else if (shape === 'square') ctx.rect(x - r, y - r, 2 * r, 2 * r);
  else if (shape === 'triangle') {
    ctx.moveTo(x, y - r * 1.2);
    ctx.lineTo(x + r * 1.1, y + r);
    ctx.lineTo(x - r * 1.1, y + r);
    ctx.closePath();
  } else {
    ctx.moveTo(x, y - r * 1.3);
    ctx.lineTo(x + r * 1.3, y);
    ctx.lineTo(x, y + r * 1.3);
    ctx.lineTo(x - r * 1.3, y);
    ctx.closePath();
  }
  ctx.fill();
}

/** Markers on at most about this many layers per line (100 markers would hide the lines). */
const MAX_MARKERS = 25;

/** Draws `model` on a context scaled to CSS pixels; returns the plot's frame. */
export function drawDepthChart(
  ctx: CanvasRenderingContext2D,
  width: number,
  height: number,
  palette: Palette,
  model: DepthChartModel,
): PlotFrame {
  const color = (i: number) => palette.series[i % palette.series.length] ?? palette.text;
  const decades = (ys: readonly number[]) => ys.map((y) => (y > 0 ? Math.log10(y) : NaN));
  const [x0, x1] = model.x;
  const frame = drawLinePlot(ctx, width, height, palette, {
    x: model.x,
    y: [Math.log10(model.y[0]), Math.log10(model.y[1])],
    series: [
      // The reference line at 10^0 = 1: a variance that neither grows nor shrinks.
      { xs: [x0, x1], ys: [0, 0], color: palette.axis, width: 1, dash: [2, 3] },
      ...model.series.map((s) => ({
        xs: s.xs,
        ys: decades(s.ys),
        color: color(s.index),
        dash: s.dash,
        width: s.source === 'measured' ? 2 : 1.5,
      })),
    ],
    xLabel: 'layer',
    yLabel: model.quantity === 'forward' ? 'log₁₀ q' : 'log₁₀ (Var ∂L/∂z ÷ last)',
  });
  const { xScale, yScale, left, top, right, bottom } = frame;
  ctx.save();
  ctx.beginPath();
  ctx.rect(left, top, right - left, bottom - top);
  ctx.clip();
  for (const s of model.series) {
    if (!s.marker) continue;
    ctx.fillStyle = color(s.index);
    const every = Math.max(1, Math.ceil(s.xs.length / MAX_MARKERS));
    for (let i = 0; i < s.xs.length; i += every) {
      const y = s.ys[i] as number;
      if (!(y > 0) || !Number.isFinite(y)) continue;
      drawMarker(ctx, s.marker, xScale(s.xs[i] as number), yScale(Math.log10(y)));
    }
  }
  ctx.restore();
  return frame;
}
