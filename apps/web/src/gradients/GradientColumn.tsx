/**
 * One activation's column: its gradient-norm chart, the figures it is read by (loss, accuracy,
 * first-to-last layer ratio) and the update rule for a first-layer weight.
 */
import { useCallback } from 'react';
import { Canvas } from '../components/Canvas.js';
import { formatNumber, formatPercent } from '@actlab/format';
import { READOUT_STYLE } from '../lib/number-style.js';
import type { Palette } from '../lib/theme.js';
import { drawGradientChart } from './gradient-chart.js';
import type { ColumnSnapshot } from './run.js';
import { firstLastRatio } from './update-rule.js';
import { UpdateRule } from './UpdateRule.js';

/** Props of GradientColumn. */
export interface GradientColumnProps {
  readonly column: ColumnSnapshot;
  /** Epochs trained (0: only the initialization line is drawn). */
  readonly epoch: number;
  /** The y range all columns share. */
  readonly y: readonly [number, number];
}

const NAMES: Readonly<Record<string, string>> = {
  sigmoid: 'Sigmoid',
  tanh: 'tanh',
  relu: 'ReLU',
  xavier: 'Xavier',
  he: 'He',
};

/** A column of the comparison. */
export function GradientColumn({ column, epoch, y }: GradientColumnProps) {
  const { activation, init, initialNorms, norms, loss, accuracy, update } = column;
  const trained = epoch > 0;
  const draw = useCallback(
    (ctx: CanvasRenderingContext2D, w: number, h: number, palette: Palette) =>
      drawGradientChart(ctx, w, h, palette, {
        initial: initialNorms,
        ...(trained ? { current: norms } : {}),
        y,
      }),
    [initialNorms, norms, trained, y],
  );
  const shown = trained ? norms : initialNorms;
  const name = NAMES[activation] ?? activation;
  const label = `Gradient norm by layer for ${name}: layer 1 ${formatNumber(shown[0] ?? NaN, 3, READOUT_STYLE)}, layer ${shown.length} ${formatNumber(shown[shown.length - 1] ?? NaN, 3, READOUT_STYLE)}`;
  return (
    <section className="gradient-column panel" aria-labelledby={`col-${activation}`}>
      <h2 id={`col-${activation}`}>
        {name} <span className="hint">({NAMES[init] ?? init} initialization)</span>
      </h2>
      <Canvas draw={draw} height={220} label={label} />
      <p className="hint legend">
        Dashed: at initialization{trained ? `; solid: after ${epoch} epochs` : ''}. Log scale.
      </p>
      <dl className="readout figures">
        <dt>layer 1 ÷ layer {shown.length}</dt>
        <dd>{formatNumber(firstLastRatio(shown), 3, READOUT_STYLE)}</dd>
        <dt>loss</dt>
        <dd>{formatNumber(loss, 4, READOUT_STYLE)}</dd>
        <dt>accuracy</dt>
        <dd>{formatPercent(accuracy, 1)}</dd>
      </dl>
      <UpdateRule numbers={update} />
    </section>
  );
}
