/**
 * The per-layer gradient-norm chart: layer 1 to L on x, ||dJ/dW|| on a log y axis, the norms at
 * initialization dashed and the current ones solid (so the two differ by more than colour). Pure
 * drawing over @actlab/web's line plot.
 */
import { drawLinePlot } from '../canvas/line-plot.js';
import type { Palette } from '../lib/theme.js';

/** What one chart shows. */
export interface GradientChartSpec {
  /** Norms at initialization, layer 1 first. */
  readonly initial: readonly number[];
  /** Norms now (omitted before training starts). */
  readonly current?: readonly number[];
  /** The shared y range, so the three columns compare at a glance. */
  readonly y: readonly [number, number];
}

/** A log range of whole decades covering every positive value (1e-8 to 1 when there is none). */
export function decadeRange(values: Iterable<number>): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (!(v > 0) || !Number.isFinite(v)) continue;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  if (!(lo <= hi)) return [1e-8, 1];
  const low = 10 ** Math.floor(Math.log10(lo));
  const high = 10 ** Math.ceil(Math.log10(hi));
  return [low, high > low ? high : low * 10];
}

/** Draws the chart on a context scaled to CSS pixels. */
export function drawGradientChart(
  ctx: CanvasRenderingContext2D,
  width: number,
  height: number,
  palette: Palette,
  spec: GradientChartSpec,
): void {
  const layers = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
  const series = [
    {
      xs: layers(spec.initial.length),
      ys: spec.initial,
      color: palette.series[1] ?? palette.muted,
      dash: [6, 4],
    },
  ];
  if (spec.current) {
    series.push({
      xs: layers(spec.current.length),
      ys: spec.current,
      color: palette.series[0] ?? palette.text,
      dash: [],
    });
  }
  drawLinePlot(ctx, width, height, palette, {
    x: [1, Math.max(2, spec.initial.length)],
    y: spec.y,
    yLog: true,
    series,
    points: series.flatMap((s) => Array.from(s.ys, (y, i) => ({ x: i + 1, y, color: s.color }))),
    xLabel: 'layer',
    yLabel: '‖∂J/∂W‖',
  });
}
