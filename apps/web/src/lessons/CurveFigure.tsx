/**
 * A lesson's figure: curves on a canvas with a legend that shows each curve's colour and dash and
 * names it, and a text summary for screen readers.
 */
import { useCallback } from 'react';
import { Canvas } from '../components/Canvas.js';
import { formatNumber } from '@actlab/format';
import { READOUT_STYLE } from '../lib/number-style.js';
import type { Palette } from '../lib/theme.js';
import { drawCurveChart } from './curve-chart.js';
import { LineSwatch } from './LineSwatch.js';
import type { Curve } from './curves.js';

/** Props of CurveFigure. */
export interface CurveFigureProps {
  readonly title: string;
  readonly curves: readonly Curve[];
  readonly xLabel: string;
  readonly yLabel: string;
  readonly yLog?: boolean;
}

/** Curves with their legend. */
export function CurveFigure({ title, curves, xLabel, yLabel, yLog }: CurveFigureProps) {
  const draw = useCallback(
    (ctx: CanvasRenderingContext2D, w: number, h: number, palette: Palette) =>
      drawCurveChart(ctx, w, h, palette, {
        curves,
        xLabel,
        yLabel,
        ...(yLog ? { yLog } : {}),
      }),
    [curves, xLabel, yLabel, yLog],
  );
  const label = `${title}: ${curves
    .map(
      (c) => `${c.label} ends at ${formatNumber(c.ys[c.ys.length - 1] ?? NaN, 3, READOUT_STYLE)}`,
    )
    .join('; ')}`;
  return (
    <figure className="lesson-figure">
      <figcaption>{title}</figcaption>
      <Canvas draw={draw} height={240} label={label} />
      <ul className="legend-list">
        {curves.map((c, i) => (
          <li key={c.label}>
            <LineSwatch index={i} />
            {c.label}
          </li>
        ))}
      </ul>
    </figure>
  );
}
