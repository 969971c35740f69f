/**
 * What the Train screen's panels draw, computed from the run: the loss curve, the per-layer
 * gradient-norm bars, the decision map (or a 1-D set's fitted curve) and the score. Pure, so the
 * screen component only lays them out.
 */
import type { LayerMetrics, Metrics } from '@actlab/train';
import { formatNumber, formatPercent } from '@actlab/format';
import { logBar } from '../draw/bars.js';
import { heatmapLegend, heatmapRows } from '../draw/heatmap.js';
import { plotRows } from '../draw/plot.js';
import type { Row, Tone } from '../draw/runs.js';
import { plainRow } from '../draw/runs.js';
import { fit } from '../draw/wrap.js';
import type { RunOutputs } from '../hooks/use-training.js';
import type { TrainState } from '../state/train.js';

/** Gradient norms are drawn from 1e-8 (empty bar) to 10 (full bar). */
const GRAD_EXPONENTS = [-8, 1] as const;

/** Accuracy (classification) or R² (regression), train then test. */
export function score(m: Metrics): string {
  if (m.accuracy !== undefined) {
    const test = m.testAccuracy !== undefined ? ` test ${formatPercent(m.testAccuracy, 1)}` : '';
    return `acc ${formatPercent(m.accuracy, 1)}${test}`;
  }
  const test = m.testR2 !== undefined ? ` test ${formatNumber(m.testR2, 3)}` : '';
  return `R² ${formatNumber(m.r2 ?? Number.NaN, 3)}${test}`;
}

/** The loss curve: a title naming both lines with their latest values, then the log-scale plot. */
export function lossRows(state: TrainState, width: number, height: number): Row[] {
  const { history, metrics } = state.run;
  const last = history[history.length - 1]?.epoch ?? 0;
  const title: Row = [
    { text: 'loss (log)  ', tone: 'plain' },
    { text: '── train ', tone: 'series0' },
    { text: `${formatNumber(metrics?.trainLoss ?? Number.NaN, 4)}  `, tone: 'plain' },
    { text: '·· test ', tone: 'series1' },
    { text: formatNumber(metrics?.testLoss ?? Number.NaN, 4), tone: 'plain' },
  ];
  const x = history.map((p) => p.epoch);
  const plot = plotRows({
    width,
    height: height - 1,
    x: [0, Math.max(1, last)],
    logY: true,
    series: [
      { x, y: history.map((p) => p.trainLoss), tone: 'series0' },
      { x, y: history.map((p) => p.testLoss), tone: 'series1', dotted: true },
    ],
  });
  return [title, ...plot];
}

/** One bar per layer of |dL/dW| on a log scale, each named and with its number beside it. */
export function gradientRows(
  layers: readonly LayerMetrics[],
  names: readonly string[],
  width: number,
  height: number,
): Row[] {
  const rows: Row[] = [plainRow(fit('‖dL/dW‖ log 1e-8…10', width), 'muted')];
  const twoLines = 1 + 2 * layers.length <= height;
  layers.forEach((layer, i) => {
    const g = layer.gradientNorm;
    const num = formatNumber(g, 2).padStart(7);
    const tone: Tone = Number.isFinite(g) ? 'series0' : 'bad';
    const label = twoLines ? '' : `${i === layers.length - 1 ? 'out' : `L${i + 1}`} `;
    const barWidth = Math.max(1, width - label.length - num.length - 1);
    const drawn = logBar(g, GRAD_EXPONENTS[0], GRAD_EXPONENTS[1], barWidth);
    if (twoLines) rows.push(plainRow(fit(names[i] ?? '', width), 'muted'));
    rows.push([
      { text: label, tone: 'muted' },
      { text: drawn, tone },
      { text: ` ${num}`, tone: 'plain' },
    ]);
  });
  return rows.slice(0, height);
}

/** The map panel: the heatmap of a 2-D set, the fitted curve of a 1-D set. */
export function mapRows(
  state: TrainState,
  outputs: RunOutputs | undefined,
  cols: number,
  rows: number,
): Row[] {
  if (!outputs || cols < 4) return [];
  const { info } = outputs;
  if (outputs.map) {
    const labels = info.train.targets;
    return [
      ...heatmapRows({
        cols,
        rows,
        extent: info.extent,
        task: info.task,
        units: info.units,
        values: outputs.map,
        range: info.range,
        ...(state.showPoints ? { points: { inputs: info.train.inputs, labels, stride: 2 } } : {}),
      }),
      heatmapLegend(info.task, info.units, info.extent, cols, state.showPoints),
    ];
  }
  if (!outputs.curve) return [plainRow(fit(`${info.inputSize} inputs: no map`, cols), 'muted')];
  // Data as separate dots: a NaN after each point keeps the plot from joining them.
  const x = Array.from(info.train.inputs).flatMap((v) => [v, v]);
  const y = Array.from(info.train.targets).flatMap((v) => [v, Number.NaN]);
  const [x0, x1] = [outputs.curve.x[0] ?? -1, outputs.curve.x[outputs.curve.x.length - 1] ?? 1];
  return [
    ...plotRows({
      width: cols,
      height: rows,
      x: [x0, x1],
      series: [
        { x, y, tone: 'series1' },
        { x: outputs.curve.x, y: outputs.curve.y, tone: 'series0' },
      ],
    }),
    plainRow(fit('── fit  ⠂ data', cols), 'muted'),
  ];
}

/** Names of the network's layers, e.g. "layer 1 (tanh 8)" and "output (sigmoid 1)". */
export function layerNames(outputs: RunOutputs | undefined): string[] {
  const layers = outputs?.info.layers ?? [];
  return layers.map((l, i) => {
    const what = `(${l.activation} ${l.units})`;
    return i === layers.length - 1 ? `output ${what}` : `layer ${i + 1} ${what}`;
  });
}
