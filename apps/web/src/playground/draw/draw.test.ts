import { describe, expect, it } from 'vitest';
import type { Palette } from '../../lib/theme.js';
import type { History } from '../view-state.js';
import { LAYER_DASHES, gradientChartSpec, logRange, lossChartSpec } from './charts.js';
import { drawDecisionMap, mapFrame, pixelOf, pointAt } from './decision-map.js';
import { diagramLayout, drawNetworkDiagram, weightWidth } from './network-diagram.js';
import { LEGEND_TICKS, drawValueLegend, legendX } from './value-legend.js';

const palette: Palette = {
  background: '#ffffff',
  text: '#111111',
  muted: '#666666',
  grid: '#eeeeee',
  axis: '#999999',
  series: ['#2563eb', '#c2410c', '#047857', '#be185d'],
  positive: '#2563eb',
  negative: '#ea580c',
  shade: 'rgba(0,0,0,0.1)',
};

/** A context that records the calls a drawing makes and the styles set before each. */
function recorder() {
  const calls: { name: string; args: unknown[]; stroke: unknown; dash: unknown }[] = [];
  const state: Record<string | symbol, unknown> = { dash: [] };
  const ctx = new Proxy(state, {
    get: (target, key) => {
      if (key === 'createImageData')
        return (w: number, h: number) => ({ data: new Uint8ClampedArray(w * h * 4) });
      if (key === 'setLineDash') return (d: number[]) => (target.dash = d);
      if (key in target) return target[key];
      return (...args: unknown[]) =>
        calls.push({ name: String(key), args, stroke: target.strokeStyle, dash: target.dash });
    },
    set: (target, key, value) => {
      target[key] = value;
      return true;
    },
  });
  return { ctx: ctx as unknown as CanvasRenderingContext2D, calls, state };
}

const history: History = {
  epochs: [0, 1, 2],
  trainLoss: [0.7, 0.5, NaN],
  testLoss: [0.8, 0.6, 0.55],
  gradientNorms: [
    [0.3, 0.2, 0.1],
    [0.002, 0.001, 0],
  ],
};

describe('chart specs', () => {
  it('scale the loss axis to the largest finite loss and dash the test curve', () => {
    const spec = lossChartSpec(history, palette);
    expect(spec.y[0]).toBe(0);
    expect(spec.y[1]).toBeCloseTo(0.84, 12);
    expect(spec.x).toEqual([0, 2]);
    expect(spec.series[1]?.dash).toEqual([6, 4]);
  });

  it('draw gradient norms on a log axis spanning whole decades, one dash per layer', () => {
    expect(logRange(history.gradientNorms)).toEqual([0.001, 1]);
    expect(logRange([[0, NaN]])).toEqual([1e-8, 1]);
    expect(logRange([[0.5]])).toEqual([0.1, 1]);
    const spec = gradientChartSpec(history, palette);
    expect(spec.yLog).toBe(true);
    expect(spec.series.map((s) => s.dash)).toEqual([LAYER_DASHES[0], LAYER_DASHES[1]]);
  });
});

describe('the decision map', () => {
  it('maps pixels to points and back', () => {
    const frame = mapFrame(500, 340);
    expect(frame).toEqual({ left: 80, top: 0, side: 340 });
    expect(pointAt(frame, 6, 80 + 170, 170)).toEqual({ x: 0, y: 0 });
    expect(pointAt(frame, 6, 80, 0)).toEqual({ x: -6, y: 6 });
    const [px, py] = pixelOf(frame, 6, 1.5, -2);
    const back = pointAt(frame, 6, px, py);
    expect(back.x).toBeCloseTo(1.5, 12);
    expect(back.y).toBeCloseTo(-2, 12);
  });

  it('fills training points and only outlines test points', () => {
    const { ctx, calls } = recorder();
    drawDecisionMap(ctx, 300, 300, palette, {
      gridSize: 0,
      units: 1,
      classes: 2,
      extent: 6,
      train: { inputs: Float64Array.from([1, 1, -1, -1]), labels: Float64Array.from([0, 1]) },
      test: { inputs: Float64Array.from([2, 2]), labels: Float64Array.from([1]) },
      showTest: true,
      customCount: 0,
    });
    expect(calls.filter((c) => c.name === 'fill')).toHaveLength(2);
    expect(calls.filter((c) => c.name === 'arc')).toHaveLength(1);
    expect(calls.filter((c) => c.name === 'rect')).toHaveLength(2);
  });
});

/** The CSS colour white + (c - white) * 0.8|t|, written out apart from the colour module. */
function mixCss(c: readonly number[], t: number): string {
  const v = c.map((x) => Math.round(255 + (x - 255) * 0.8 * Math.min(1, Math.abs(t))));
  return `rgb(${v.join(', ')})`;
}
const BLUE = [37, 99, 235];
const ORANGE = [234, 88, 12];

describe('the regression map', () => {
  it('draws every point as a circle coloured by its value, whatever the value', () => {
    const { ctx, calls } = recorder();
    const fills: unknown[] = [];
    const spy = new Proxy(ctx, {
      get: (target, key) =>
        key === 'fill'
          ? () => fills.push((target as unknown as Record<string, unknown>).fillStyle)
          : Reflect.get(target, key),
      set: (target, key, value) => Reflect.set(target, key, value),
    });
    drawDecisionMap(spy, 300, 300, palette, {
      gridSize: 0,
      units: 1,
      classes: 2,
      extent: 6,
      train: {
        inputs: Float64Array.from([1, 1, -1, -1, 2, 0]),
        labels: Float64Array.from([1, -1, 0.37]),
      },
      test: { inputs: new Float64Array(0), labels: new Float64Array(0) },
      showTest: false,
      customCount: 0,
      regression: true,
    });
    expect(calls.filter((c) => c.name === 'arc')).toHaveLength(3);
    expect(calls.filter((c) => c.name === 'rect')).toHaveLength(0);
    // +1 is the full positive mix, -1 the full negative one, 0.37 a lighter blue.
    expect(fills).toEqual([mixCss(BLUE, 1), mixCss(ORANGE, -1), mixCss(BLUE, 0.37)]);
  });
});

describe('the value legend', () => {
  it('places -1, 0 and 1 along the bar and clamps beyond', () => {
    expect(LEGEND_TICKS).toEqual([-1, 0, 1]);
    expect(legendX(-1, 10, 200)).toBe(10);
    expect(legendX(0, 10, 200)).toBe(110);
    expect(legendX(1, 10, 200)).toBe(210);
    expect(legendX(5, 10, 200)).toBe(210);
  });

  it('draws a bar from orange to blue and writes the ticks', () => {
    const { ctx, calls } = recorder();
    const styles: unknown[] = [];
    const spy = new Proxy(ctx, {
      get: (target, key) =>
        key === 'fillRect'
          ? () => styles.push((target as unknown as Record<string, unknown>).fillStyle)
          : Reflect.get(target, key),
      set: (target, key, value) => Reflect.set(target, key, value),
    });
    drawValueLegend(spy, 224, 26, palette);
    expect(styles).toHaveLength(200);
    // The ends are nearly the full negative and positive mixes; the middle is the background.
    expect(styles[0]).toBe(mixCss(ORANGE, -0.995));
    expect(styles[199]).toBe(mixCss(BLUE, 0.995));
    expect(styles[100]).toBe(mixCss(BLUE, 0.005));
    expect(calls.filter((c) => c.name === 'fillText').map((c) => c.args[0])).toEqual([
      '-1',
      '0',
      '1',
    ]);
  });
});

describe('the network diagram', () => {
  it('writes the input features beside the input nodes', () => {
    const { ctx, calls } = recorder();
    drawNetworkDiagram(ctx, 300, 200, palette, {
      shape: [3, 1],
      activations: ['sigmoid'],
      weights: [],
      thumbnails: new Float32Array(0),
      thumbSize: 0,
      inputNames: ['x1²', 'x2²', 'sin(x1)'],
    });
    const texts = calls.filter((c) => c.name === 'fillText').map((c) => c.args[0]);
    expect(texts.slice(0, 3)).toEqual(['x1²', 'x2²', 'sin(x1)']);
  });

  it('places a column per layer and a node per unit', () => {
    const layout = diagramLayout([2, 4, 2, 1], 400, 230);
    expect(layout.centres.map((c) => c.length)).toEqual([2, 4, 2, 1]);
    expect(layout.centres[0]![0]![0]).toBe(50);
    expect(layout.centres[3]![0]![0]).toBe(350);
    expect(layout.node).toBeLessThanOrEqual(40);
  });

  it('draws weights wider when larger, solid when positive and dashed when negative', () => {
    expect(weightWidth(0)).toBe(0.5);
    expect(weightWidth(2)).toBe(3.5);
    expect(weightWidth(100)).toBe(6);
    const { ctx, calls } = recorder();
    drawNetworkDiagram(ctx, 300, 200, palette, {
      shape: [2, 1],
      activations: ['sigmoid'],
      weights: [Float64Array.from([1, -1])],
      thumbnails: new Float32Array(0),
      thumbSize: 0,
    });
    const strokes = calls.filter((c) => c.name === 'stroke');
    expect(strokes[0]).toMatchObject({ stroke: palette.positive, dash: [] });
    expect(strokes[1]).toMatchObject({ stroke: palette.negative, dash: [5, 3] });
  });
});
