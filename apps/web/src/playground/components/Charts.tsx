/**
 * The loss curves, the per-layer gradient norms (log scale) and a table of each layer's dead or
 * saturated units: how training is going and where the gradient stops flowing.
 */
import { useCallback } from 'react';
import { Canvas } from '../../components/Canvas.js';
import { drawLinePlot } from '../../canvas/line-plot.js';
import { formatNumber } from '@actlab/format';
import { READOUT_STYLE } from '../../lib/number-style.js';
import type { Palette } from '../../lib/theme.js';
import { gradientChartSpec, lossChartSpec } from '../draw/charts.js';
import type { Snapshot } from '../protocol.js';
import type { History } from '../view-state.js';

/** Props of Charts. */
export interface ChartsProps {
  readonly history: History;
  readonly snapshot?: Snapshot;
  /** Activation id per layer (hidden and output). */
  readonly activations: readonly string[];
}

const DASH_NAMES = [
  'solid',
  'dashed',
  'dotted',
  'dash-dot',
  'short dashes',
  'long dashes',
  'sparse dots',
];

/** Name of layer `i` of `n`. */
function layerTitle(i: number, n: number): string {
  return i === n - 1 ? 'Output' : `Hidden ${i + 1}`;
}

/** Loss and gradient charts and the layer table. */
export function Charts({ history, snapshot, activations }: ChartsProps) {
  const drawLoss = useCallback(
    (ctx: CanvasRenderingContext2D, w: number, h: number, palette: Palette) =>
      void drawLinePlot(ctx, w, h, palette, lossChartSpec(history, palette)),
    [history],
  );
  const drawGradients = useCallback(
    (ctx: CanvasRenderingContext2D, w: number, h: number, palette: Palette) =>
      void drawLinePlot(ctx, w, h, palette, gradientChartSpec(history, palette)),
    [history],
  );
  const layers = snapshot?.layers ?? [];
  return (
    <div className="pg-charts">
      <h3>Loss</h3>
      <Canvas
        draw={drawLoss}
        height={150}
        label="Loss against epochs: training loss solid, test loss dashed."
      />
      <p className="hint">Training loss solid, test loss dashed.</p>
      <h3>Gradient size per layer</h3>
      <Canvas
        draw={drawGradients}
        height={170}
        label="Size of each layer's weight gradient against epochs, on a log scale; each layer has its own line style."
      />
      <p className="hint">
        Log scale. A layer whose line sinks far below the others learns slowly (vanishing
        gradients).
      </p>
      <table className="pg-table readout">
        <caption className="visually-hidden">Per-layer measures on the last batch</caption>
        <thead>
          <tr>
            <th scope="col">Layer</th>
            <th scope="col">Line</th>
            <th scope="col">Gradient size</th>
            <th scope="col">Dead or saturated</th>
          </tr>
        </thead>
        <tbody>
          {layers.map((l, i) => (
            <tr key={i}>
              <th scope="row">
                {layerTitle(i, layers.length)} ({activations[i] ?? ''})
              </th>
              <td>{DASH_NAMES[i % DASH_NAMES.length]}</td>
              <td>{formatNumber(l.gradientNorm, 3, READOUT_STYLE)}</td>
              <td data-testid={`stuck-${i}`}>
                {l.stuck} of {l.units}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">
        Dead or saturated: units whose slope |f′(z)| stayed below 0.01 on every example of the last
        batch, so almost no gradient passes through them.
      </p>
    </div>
  );
}
