/**
 * A lesson's picture of what the networks learned: the data as dots and each fitted function as a
 * line over the same x (the linear collapse lesson: the deep linear network draws the least-squares
 * line through the parabola, the ReLU one the parabola). Lines differ in colour and dash, the legend
 * names them, and the text alternative gives each line's ends and middle in numbers.
 */
import type { FitCurve } from '@actlab/train';
import { formatNumber } from '@actlab/format';
import { useCallback } from 'react';
import { drawLinePlot } from '../canvas/line-plot.js';
import { Canvas } from '../components/Canvas.js';
import { PROSE_STYLE } from '../lib/number-style.js';
import type { Palette } from '../lib/theme.js';
import { DASHES } from './curve-chart.js';
import { LineSwatch } from './LineSwatch.js';

/** Props of FitFigure. */
export interface FitFigureProps {
  readonly title: string;
  readonly fits: readonly FitCurve[];
}

/** The smallest and largest finite value of `values` over every fit, padded by a twentieth. */
function extent(fits: readonly FitCurve[], axis: 'xs' | 'ys'): [number, number] {
  const all = fits.flatMap((f) => f[axis]).filter(Number.isFinite);
  if (all.length === 0) return [0, 1];
  const lo = Math.min(...all);
  const hi = Math.max(...all);
  const pad = (hi - lo || 1) * 0.05;
  return [lo - pad, hi + pad];
}

/** "(x, y)" with a few significant digits. */
function pointText(x: number | undefined, y: number | undefined): string {
  const f = (v: number | undefined) => formatNumber(v ?? NaN, 3, PROSE_STYLE);
  return `(${f(x)}, ${f(y)})`;
}

/** The figure's text: what each line passes through, left end, middle and right end. */
export function fitDescription(title: string, fits: readonly FitCurve[]): string {
  const parts = fits.map((f) => {
    if (f.kind === 'points') return `${f.label}: ${f.xs.length} dots`;
    const mid = Math.floor(f.xs.length / 2);
    const last = f.xs.length - 1;
    return `${f.label} passes through ${pointText(f.xs[0], f.ys[0])}, ${pointText(f.xs[mid], f.ys[mid])} and ${pointText(f.xs[last], f.ys[last])}`;
  });
  return `${title}: ${parts.join('; ')}.`;
}

/** The data and the fitted functions on one plot, with a legend. */
export function FitFigure({ title, fits }: FitFigureProps) {
  const lines = fits.filter((f) => f.kind === 'line');
  const dots = fits.filter((f) => f.kind === 'points');
  const draw = useCallback(
    (ctx: CanvasRenderingContext2D, w: number, h: number, palette: Palette) =>
      drawLinePlot(ctx, w, h, palette, {
        x: extent(fits, 'xs'),
        y: extent(fits, 'ys'),
        series: lines.map((f, i) => ({
          xs: f.xs,
          ys: f.ys,
          color: palette.series[i % palette.series.length] ?? palette.text,
          dash: DASHES[i % DASHES.length] ?? [],
        })),
        points: dots.flatMap((f) =>
          f.xs.map((x, k) => ({ x, y: f.ys[k] ?? NaN, color: palette.muted })),
        ),
        xLabel: 'x',
        yLabel: 'y',
      }),
    [fits, lines, dots],
  );
  return (
    <figure className="lesson-figure">
      <figcaption>{title}</figcaption>
      <Canvas draw={draw} height={260} label={fitDescription(title, fits)} />
      <ul className="legend-list">
        {dots.map((f) => (
          <li key={f.label}>
            <svg width="28" height="10" aria-hidden="true">
              <circle cx="14" cy="5" r="3" style={{ fill: 'var(--muted)' }} />
            </svg>
            {f.label} (dots)
          </li>
        ))}
        {lines.map((f, i) => (
          <li key={f.label}>
            <LineSwatch index={i} />
            {f.label}
          </li>
        ))}
      </ul>
    </figure>
  );
}
