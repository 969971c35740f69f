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
  /** Activations overlaid whose curves are still being measured (named, not drawn yet). */
  readonly pending?: readonly string[];
}

const TITLES: Readonly<Record<DepthQuantity, string>> = {
  forward: 'Forward signal: variance q of the pre-activations z',
  gradient: 'Gradients: variance of ∂L/∂z, relative to the last layer',
};

/** What a chart shows, in words, for screen readers (and the tests). */
function chartLabel(model: DepthChartModel, pending: readonly string[]): string {
  const n = (x: number | undefined) => formatNumber(x ?? NaN, 3, READOUT_STYLE);
  const parts = model.series.map(
    (s) =>
      `${activationName(s.activation)} ${s.source}: layer 1 ${n(s.ys[0])}, layer ${s.ys.length} ${n(s.ys[s.ys.length - 1])}`,
  );
  const waiting =
    pending.length > 0 ? ` Still being measured: ${pending.map(activationName).join(', ')}.` : '';
  return `${TITLES[model.quantity]}, log scale. ${parts.join('; ')}.${waiting}`;
}

function DepthChart(props: {
  readonly model: DepthChartModel;
  readonly pending: readonly string[];
}) {
  const { model, pending } = props;
  const draw = useCallback(
    (ctx: CanvasRenderingContext2D, w: number, h: number, palette: Palette) =>
      drawDepthChart(ctx, w, h, palette, model),
    [model],
  );
  return (
    <figure className="depth-chart">
      <figcaption>{TITLES[model.quantity]}</figcaption>
      <Canvas draw={draw} height={260} label={chartLabel(model, pending)} />
    </figure>
  );
}

/** Both charts and their legend. */
export function DepthCharts({ curves, pending = [] }: DepthChartsProps) {
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
        {pending.map((id, j) => (
          <li key={id} className="depth-legend-pending">
            <span
              className={`depth-swatch depth-swatch-${MARKERS[(curves.length + j) % MARKERS.length]}`}
              style={{ color: `var(--series-${curves.length + j})` }}
              aria-hidden="true"
            />
            {activationName(id)} (being measured…)
          </li>
        ))}
        <li>Solid line with markers: measured in a random network</li>
        <li>Dashed line: predicted by mean-field theory</li>
        <li>Dotted grey line: variance 1</li>
      </ul>
      <div className="depth-charts">
        <DepthChart model={forward} pending={pending} />
        <DepthChart model={gradient} pending={pending} />
      </div>
    </div>
  );
}
