/**
 * A line plot drawn on a 2D context: grid, axes with nice ticks (linear or log y), shaded x
 * intervals, vertical markers, series (broken at NaN and at non-positive values on a log axis) and
 * highlighted points. Pure drawing: no DOM, no React; the explorer, the gradient charts and the
 * loss curves all use it.
 */
import type { Palette } from '../lib/theme.js';
import type { Scale } from './scale.js';
import { linearScale, logScale, logTicks, niceTicks, tickLabel } from './scale.js';

/** One curve. */
export interface LineSeries {
  readonly xs: ArrayLike<number>;
  readonly ys: ArrayLike<number>;
  readonly color: string;
  /** Line width in CSS pixels (default 2). */
  readonly width?: number;
  /** Dash pattern, e.g. [6, 4] for a derivative so it differs by more than colour. */
  readonly dash?: readonly number[];
}

/** What to draw. */
export interface LinePlotSpec {
  /** Visible x interval. */
  readonly x: readonly [number, number];
  /** Visible y interval (both > 0 when `yLog`). */
  readonly y: readonly [number, number];
  /** Base-10 logarithmic y axis. */
  readonly yLog?: boolean;
  readonly series: readonly LineSeries[];
  /** x intervals to shade (saturation zones). */
  readonly shade?: readonly (readonly [number, number])[];
  /** Vertical markers (kinks, the cursor). */
  readonly markers?: readonly {
    readonly x: number;
    readonly color?: string;
    readonly dash?: readonly number[];
  }[];
  /** Points to highlight, e.g. (x, f(x)). */
  readonly points?: readonly { readonly x: number; readonly y: number; readonly color: string }[];
  /** Axis titles. */
  readonly xLabel?: string;
  readonly yLabel?: string;
}

/** The scales of a drawn plot, for mapping pointer positions back to data. */
export interface PlotFrame {
  readonly xScale: Scale;
  readonly yScale: Scale;
  /** The plotting area in CSS pixels. */
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** Margins around the plotting area: room for tick labels and axis titles. */
const MARGIN = { left: 52, right: 12, top: 10, bottom: 34 };

/** The frame (scales and plotting area) a spec gets on a canvas of this size. */
export function plotFrame(spec: LinePlotSpec, width: number, height: number): PlotFrame {
  const left = MARGIN.left;
  const right = Math.max(left + 10, width - MARGIN.right);
  const top = MARGIN.top;
  const bottom = Math.max(top + 10, height - MARGIN.bottom);
  const xScale = linearScale(spec.x[0], spec.x[1], left, right);
  const yScale = spec.yLog
    ? logScale(spec.y[0], spec.y[1], bottom, top)
    : linearScale(spec.y[0], spec.y[1], bottom, top);
  return { xScale, yScale, left, top, right, bottom };
}

/** Draws `spec` on `ctx` (already scaled to CSS pixels) and returns its frame. */
export function drawLinePlot(
  ctx: CanvasRenderingContext2D,
  width: number,
  height: number,
  palette: Palette,
  spec: LinePlotSpec,
): PlotFrame {
  const frame = plotFrame(spec, width, height);
  const { xScale, yScale, left, top, right, bottom } = frame;
  ctx.font = '12px system-ui, sans-serif';
  ctx.lineWidth = 1;

  // Shading first, under everything.
  ctx.fillStyle = palette.shade;
  for (const [a, b] of spec.shade ?? []) {
    const x0 = Math.max(left, Math.min(right, xScale(a)));
    const x1 = Math.max(left, Math.min(right, xScale(b)));
    if (x1 > x0) ctx.fillRect(x0, top, x1 - x0, bottom - top);
  }

  // Grid and tick labels.
  const xTicks = niceTicks(spec.x[0], spec.x[1], Math.max(2, Math.floor((right - left) / 70)));
  const yTicks = spec.yLog
    ? logTicks(spec.y[0], spec.y[1]).filter((t) => t >= spec.y[0] && t <= spec.y[1])
    : niceTicks(spec.y[0], spec.y[1], Math.max(2, Math.floor((bottom - top) / 45)));
  ctx.strokeStyle = palette.grid;
  ctx.fillStyle = palette.muted;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  for (const t of xTicks) {
    const px = Math.round(xScale(t)) + 0.5;
    line(ctx, px, top, px, bottom);
    ctx.fillText(tickLabel(t), px, bottom + 4);
  }
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  for (const t of yTicks) {
    const py = Math.round(yScale(t)) + 0.5;
    line(ctx, left, py, right, py);
    ctx.fillText(tickLabel(t), left - 4, py);
  }

  // Axes through zero where zero is visible, else along the edges.
  ctx.strokeStyle = palette.axis;
  const zeroX = spec.x[0] <= 0 && spec.x[1] >= 0 ? Math.round(xScale(0)) + 0.5 : left + 0.5;
  const zeroY =
    !spec.yLog && spec.y[0] <= 0 && spec.y[1] >= 0 ? Math.round(yScale(0)) + 0.5 : bottom + 0.5;
  line(ctx, left, zeroY, right, zeroY);
  line(ctx, zeroX, top, zeroX, bottom);

  // Axis titles.
  ctx.fillStyle = palette.text;
  if (spec.xLabel) {
    ctx.textAlign = 'right';
    ctx.textBaseline = 'bottom';
    ctx.fillText(spec.xLabel, right, height - 2);
  }
  if (spec.yLabel) {
    ctx.textAlign = 'left';
    ctx.textBaseline = 'top';
    ctx.fillText(spec.yLabel, left + 4, top + 2);
  }

  ctx.save();
  ctx.beginPath();
  ctx.rect(left, top, right - left, bottom - top);
  ctx.clip();
  for (const m of spec.markers ?? []) {
    ctx.strokeStyle = m.color ?? palette.muted;
    ctx.setLineDash(m.dash ? [...m.dash] : [2, 3]);
    const px = Math.round(xScale(m.x)) + 0.5;
    line(ctx, px, top, px, bottom);
  }
  ctx.setLineDash([]);
  for (const s of spec.series) drawSeries(ctx, s, xScale, yScale, spec.yLog ?? false, top, bottom);
  for (const p of spec.points ?? []) {
    if (!Number.isFinite(p.x) || !Number.isFinite(p.y)) continue;
    ctx.fillStyle = p.color;
    ctx.beginPath();
    ctx.arc(xScale(p.x), yScale(p.y), 4, 0, 2 * Math.PI);
    ctx.fill();
  }
  ctx.restore();
  return frame;
}

function line(ctx: CanvasRenderingContext2D, x0: number, y0: number, x1: number, y1: number): void {
  ctx.beginPath();
  ctx.moveTo(x0, y0);
  ctx.lineTo(x1, y1);
  ctx.stroke();
}

/** One series as a polyline, lifted at NaN (and at values <= 0 on a log axis). */
function drawSeries(
  ctx: CanvasRenderingContext2D,
  s: LineSeries,
  xScale: Scale,
  yScale: Scale,
  yLog: boolean,
  top: number,
  bottom: number,
): void {
  ctx.strokeStyle = s.color;
  ctx.lineWidth = s.width ?? 2;
  ctx.setLineDash(s.dash ? [...s.dash] : []);
  ctx.lineJoin = 'round';
  ctx.beginPath();
  let pen = false;
  // Far-off values are clamped a little outside the area so steep lines still leave the frame.
  const lo = top - 1000;
  const hi = bottom + 1000;
  for (let i = 0; i < s.xs.length; i++) {
    const x = s.xs[i] as number;
    const y = s.ys[i] as number;
    if (!Number.isFinite(x) || Number.isNaN(y) || (yLog && !(y > 0))) {
      pen = false;
      continue;
    }
    const px = xScale(x);
    const py = Math.max(lo, Math.min(hi, yScale(y)));
    if (pen) ctx.lineTo(px, py);
    else ctx.moveTo(px, py);
    pen = true;
  }
  ctx.stroke();
  ctx.lineWidth = 1;
  ctx.setLineDash([]);
}
