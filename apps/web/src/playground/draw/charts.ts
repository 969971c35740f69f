/**
 * The two charts beside the heatmap, as line-plot specs built from the history: train and test
 * loss (test dashed), and each layer's gradient norm on a log scale (each layer its own dash, so
 * layers differ by more than colour).
 */
import type { LinePlotSpec } from '../../canvas/line-plot.js';
import type { Palette } from '../../lib/theme.js';
import type { History } from '../view-state.js';

/** Dash patterns by layer: solid, dashed, dotted, dash-dot, ... */
export const LAYER_DASHES: readonly (readonly number[])[] = [
  [],
  [8, 4],
  [2, 3],
  [10, 3, 2, 3],
  [4, 4],
  [12, 6],
  [1, 5],
];

/** The visible epoch range: at least one epoch wide. */
function epochRange(history: History): [number, number] {
  const first = history.epochs[0] ?? 0;
  const last = history.epochs[history.epochs.length - 1] ?? 1;
  return [first, Math.max(first + 1, last)];
}

/** Train and test loss against epochs, from 0 to the largest finite loss seen. */
export function lossChartSpec(history: History, palette: Palette): LinePlotSpec {
  let max = 0;
  for (const v of [...history.trainLoss, ...history.testLoss])
    if (Number.isFinite(v)) max = Math.max(max, v);
  return {
    x: epochRange(history),
    y: [0, max > 0 ? max * 1.05 : 1],
    xLabel: 'epoch',
    yLabel: 'loss',
    series: [
      { xs: history.epochs, ys: history.trainLoss, color: palette.series[0] ?? palette.text },
      {
        xs: history.epochs,
        ys: history.testLoss,
        color: palette.series[1] ?? palette.text,
        dash: [6, 4],
      },
    ],
  };
}

/** Powers of ten around the positive finite values (1e-8 to 1 when there are none). */
export function logRange(series: readonly (readonly number[])[]): [number, number] {
  let lo = Infinity;
  let hi = 0;
  for (const s of series) {
    for (const v of s) {
      if (!(v > 0) || !Number.isFinite(v)) continue;
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  }
  if (!(hi > 0)) return [1e-8, 1];
  const a = 10 ** Math.floor(Math.log10(lo));
  const b = 10 ** Math.ceil(Math.log10(hi));
  return [a, b > a ? b : a * 10];
}

/** Each layer's gradient norm ||dL/dW|| against epochs, log y. */
export function gradientChartSpec(history: History, palette: Palette): LinePlotSpec {
  return {
    x: epochRange(history),
    y: logRange(history.gradientNorms),
    yLog: true,
    xLabel: 'epoch',
    yLabel: '‖∂L/∂W‖',
    series: history.gradientNorms.map((ys, l) => ({
      xs: history.epochs,
      ys,
      color: palette.series[l % palette.series.length] ?? palette.text,
      dash: LAYER_DASHES[l % LAYER_DASHES.length] ?? [],
    })),
  };
}
