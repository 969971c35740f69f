import type { DepthResult } from '@actlab/train';
import { describe, expect, it } from 'vitest';
import { depthChartModel, drawDepthChart } from './depth-chart.js';
import type { DepthCurve } from './depth-compute.js';

/** A result whose curves are given; the other fields do not matter to the chart. */
function result(forward: number[], gradient: number[], predicted = forward): DepthResult {
  return {
    measured: { forward, gradient },
    predicted: { forward: predicted, gradient },
    weightVariance: 1,
    biasVariance: 0,
    gain: 1,
  };
}

const curves: DepthCurve[] = [
  { activation: 'tanh', result: result([1, 0.5, 0.25], [1e-6, 1e-3, 1]) },
  { activation: 'relu', error: 'refused' },
  { activation: 'selu', result: result([1, 1, 1], [2, 1.5, 1], [1, 1.01, 1.02]) },
];

describe('depthChartModel', () => {
  it('draws measured and predicted for each activation that has a result', () => {
    const model = depthChartModel(curves, 'forward');
    expect(model.series.map((s) => `${s.activation}/${s.source}`)).toEqual([
      'tanh/measured',
      'tanh/predicted',
      'selu/measured',
      'selu/predicted',
    ]);
    expect(model.x).toEqual([1, 3]);
    expect(model.series[0]?.xs).toEqual([1, 2, 3]);
    expect(model.series[2]?.ys).toEqual([1, 1, 1]);
    expect(model.series[3]?.ys).toEqual([1, 1.01, 1.02]);
  });

  it('tells measured from predicted by line style and marker, activations by index', () => {
    const [measured, predicted, seluMeasured] = depthChartModel(curves, 'forward').series;
    expect(measured?.dash).toEqual([]);
    expect(measured?.marker).toBe('circle');
    expect(predicted?.dash.length).toBeGreaterThan(0);
    expect(predicted?.marker).toBeUndefined();
    // selu is the third activation chosen: its colour and marker stay its own though relu failed.
    expect(seluMeasured?.index).toBe(2);
    expect(seluMeasured?.marker).toBe('triangle');
  });

  it('spans whole decades covering every value and the reference line at 1', () => {
    expect(depthChartModel(curves, 'gradient').y).toEqual([1e-6, 10]);
    expect(depthChartModel(curves, 'forward').y).toEqual([0.1, 10]);
    const tiny = [{ activation: 'tanh', result: result([1e-3, 1e-4], [1e-3, 1]) }];
    // 10 ** -4 is a hair below 1e-4 in floating point: compare by decade.
    expect(depthChartModel(tiny, 'forward').y.map((v) => Math.round(Math.log10(v)))).toEqual([
      -4, 0,
    ]);
  });

  it('clips a range of more than 40 decades at the top 40', () => {
    const wild = [{ activation: 'tanh', result: result([1], [1e-80, 1e20]) }];
    expect(depthChartModel(wild, 'gradient').y).toEqual([1e-20, 1e20]);
  });

  it('gives an empty but valid chart when nothing was measured', () => {
    const model = depthChartModel([{ activation: 'relu', error: 'x' }], 'gradient');
    expect(model.series).toEqual([]);
    expect(model.x).toEqual([1, 2]);
    expect(model.y).toEqual([1, 10]);
  });
});

describe('drawDepthChart', () => {
  it('draws every line and one marker per measured layer on a recording context', () => {
    const calls: string[] = [];
    const ctx = new Proxy(
      {},
      {
        get: (_t, key) =>
          key === 'measureText'
            ? () => ({ width: 10 })
            : () => {
                calls.push(String(key));
              },
        set: () => true,
      },
    ) as unknown as CanvasRenderingContext2D;
    const palette = {
      background: '#fff',
      text: '#000',
      muted: '#666',
      grid: '#eee',
      axis: '#999',
      series: ['#00f', '#f80', '#080'],
      positive: '#00f',
      negative: '#f80',
      shade: '#fee',
    };
    const frame = drawDepthChart(ctx, 400, 260, palette, depthChartModel(curves, 'forward'));
    expect(frame.right).toBeGreaterThan(frame.left);
    // tanh's three circles and selu's three triangles (three lineTo each after the moveTo).
    expect(calls.filter((c) => c === 'arc')).toHaveLength(3);
    expect(calls.filter((c) => c === 'closePath')).toHaveLength(3);
  });
});
