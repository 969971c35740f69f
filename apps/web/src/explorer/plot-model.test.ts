import { activation } from '@actlab/core';
import { describe, expect, it } from 'vitest';
import type { Palette } from '../lib/theme.js';
import {
  DERIVATIVE_DASH,
  drawExplorerPlot,
  plotSpec,
  sampleFunctions,
  saturationOf,
  visibleValues,
} from './plot-model.js';

const palette: Palette = {
  background: '#fff',
  text: '#000',
  muted: '#666',
  grid: '#eee',
  axis: '#999',
  series: ['blue', 'orange', 'green', 'pink', 'purple', 'cyan'],
  positive: 'blue',
  negative: 'orange',
  shade: 'rgba(0,0,0,0.1)',
};
const view = { xmin: -6, xmax: 6, ymin: -1, ymax: 1 };
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

describe('the plot model', () => {
  it('samples each function by core, with its kink as an exact sample point', () => {
    const [relu] = sampleFunctions([{ id: 'relu', act: activation('relu') }], -1, 1);
    const i = Array.from(relu?.curve.x ?? []).indexOf(0);
    expect(i).toBeGreaterThan(0);
    expect(relu?.curve.dy[i]).toBe(0);
  });

  it('shades where |sigmoid′| < 0.05: outside ±ln((1 + √0.8) / (1 − √0.8))', () => {
    // σ(1 − σ) = 0.05 at σ = (1 ± √0.8) / 2, i.e. x = ±ln((1 + √0.8) / (1 − √0.8)).
    const edge = Math.log((1 + Math.sqrt(0.8)) / (1 - Math.sqrt(0.8)));
    const zones = saturationOf(activation('sigmoid'), -6, 6);
    expect(zones).toHaveLength(2);
    expect(zones[0]?.from).toBe(-6);
    expect(zones[0]?.to).toBeCloseTo(-edge, 9);
    expect(zones[1]?.from).toBeCloseTo(edge, 9);
    expect(zones[1]?.to).toBe(6);
  });

  it('draws f solid and f′ dashed in one colour per function, as toggled', () => {
    const sampled = sampleFunctions(
      [
        { id: 'sigmoid', act: activation('sigmoid') },
        { id: 'relu', act: activation('relu') },
      ],
      -6,
      6,
    );
    const both = plotSpec({ view, sampled, showF: true, showDf: true, zones: [] }, palette);
    expect(both.series.map((s) => [s.color, s.dash ?? null])).toEqual([
      ['blue', null],
      ['blue', DERIVATIVE_DASH],
      ['orange', null],
      ['orange', DERIVATIVE_DASH],
    ]);
    const onlyDf = plotSpec({ view, sampled, showF: false, showDf: true, zones: [] }, palette);
    expect(onlyDf.series).toHaveLength(2);
    expect(visibleValues(sampled, true, false)).toHaveLength(2);
  });

  it('marks kinks with the derivative used there, and the picked x with its values', () => {
    const sampled = sampleFunctions([{ id: 'relu', act: activation('relu') }], -6, 6);
    const spec = plotSpec(
      { view, sampled, showF: true, showDf: true, zones: [{ from: -6, to: 0 }], pickedX: 2 },
      palette,
    );
    expect(spec.markers?.map((m) => m.x)).toEqual([0, 2]);
    expect(spec.points).toEqual([
      { x: 0, y: 0, color: 'blue' },
      { x: 2, y: 2, color: 'blue' },
      { x: 2, y: 1, color: 'blue' },
    ]);
    expect(spec.shade).toEqual([[-6, 0]]);
  });

  it('puts dots on the curves at the values core computes', () => {
    const sampled = sampleFunctions([{ id: 'sigmoid', act: activation('sigmoid') }], -6, 6);
    const spec = plotSpec(
      { view, sampled, showF: true, showDf: true, zones: [], cursorX: 2 },
      palette,
    );
    expect(spec.points?.[0]?.y).toBeCloseTo(sigmoid(2), 15);
    expect(spec.points?.[1]?.y).toBeCloseTo(sigmoid(2) * (1 - sigmoid(2)), 15);
  });

  it('draws on a 2D context without throwing', () => {
    const calls: string[] = [];
    const ctx = new Proxy(
      {},
      {
        get: (_t, key) =>
          key === 'measureText'
            ? () => ({ width: 10 })
            : (...args: unknown[]) => calls.push(`${String(key)}(${args.length})`),
        set: () => true,
      },
    ) as unknown as CanvasRenderingContext2D;
    const sampled = sampleFunctions([{ id: 'tanh', act: activation('tanh') }], -6, 6);
    drawExplorerPlot(ctx, 600, 360, palette, {
      view,
      sampled,
      showF: true,
      showDf: true,
      zones: [],
    });
    expect(calls.filter((c) => c.startsWith('lineTo')).length).toBeGreaterThan(1000);
  });
});
