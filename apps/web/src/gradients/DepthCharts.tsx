/**
 * The two depth charts (forward variance q, and gradient variance relative to the last layer)
 * with a legend that names each activation's colour and marker shape and the two line styles.
 */
import { useCallback, useMemo } from 'react';
import { formatNumber } from '@actlab/format';
import { Canvas } from '../components/Canvas.js';
import { READOUT_STYLE } from '../lib/number-style.js';
import type { Palette } from '../lib/theme.js';
import type { DepthChartModel, DepthQuantity } from './depth-chart.js';
import { MARKERS, depthChartModel, drawDepthChart } from './depth-chart.js';
import type { DepthCurve } from './depth-compute.js';
import { activationName } from './depth-names.js';

/** Props of DepthCharts. */
export interface DepthChartsProps {
  readonly curves: readonly DepthCurve[];
}

const TITLES: Readonly<Record<DepthQuantity, string>> = {
  forward: 'Forward signal: variance q of the pre-activations z',
  gradient: 'Gradients: variance of ∂L/∂z, relative to the last layer',
};

/** What a chart shows, in words, for screen readers (and the tests). */
function chartLabel(model: DepthChartModel): string {
  const n = (x: number | undefined) => formatNumber(x ?? NaN, 3, READOUT_STYLE);
  const parts = model.series.map(
    (s) =>
      `${activationName(s.activation)} ${s.source}: layer 1 ${n(s.ys[0])}, layer ${s.ys.length} ${n(s.ys[s.ys.length - 1])}`,
  );
  return `${TITLES[model.quantity]}, log scale. ${parts.join('; ')}.`;
}

function DepthChart({ model }: { readonly model: DepthChartModel }) {
  const draw = useCallback(
    (ctx: CanvasRenderingContext2D, w: number, h: number, palette: Palette) =>
      drawDepthChart(ctx, w, h, palette, model),
    [model],
  );
  return (
    <figure className="depth-chart">
      <figcaption>{TITLES[model.quantity]}</figcaption>
      <Canvas draw={draw} height={260} label={chartLabel(model)} />
    </figure>
  );
}

/** Both charts and their legend. */
export function DepthCharts({ curves }: DepthChartsProps) {
  const forward = useMemo(() => depthChartModel(curves, 'forward'), [curves]);
  const gradient = useMemo(() => depthChartModel(curves, 'gradient'), [curves]);
  return (
    <div>
      <ul className="depth-legend" aria-label="Legend">
        {curves.map((c, i) => (
          <li key={c.activation}>
            <span
              className={`depth-swatch depth-swatch-${MARKERS[i % MARKERS.length]}`}
              style={{ color: `var(--series-${i})` }}
              aria-hidden="true"
            />
            {activationName(c.activation)} ({MARKERS[i % MARKERS.length]} markers)
          </li>
        ))}
        <li>Solid line with markers: measured in a random network</li>
        <li>Dashed line: predicted by mean-field theory</li>
        <li>Dotted grey line: variance 1</li>
      </ul>
      <div className="depth-charts">
        <DepthChart model={forward} />
        <DepthChart model={gradient} />
      </div>
    </div>
  );
}
