import { describe, expect, it } from 'vitest';
import type { Boundary } from './boundary.js';
import { hasBoundaries, lessonBoundaries } from './boundary.js';
import { gridClass } from './boundary-chart.js';

describe('lessonBoundaries', () => {
  it('pictures the boundary lesson: circle and iris, straight and bent', async () => {
    expect(hasBoundaries('decision-boundary')).toBe(true);
    expect(hasBoundaries('digits')).toBe(false);
    const boundaries = await lessonBoundaries('decision-boundary', 3);
    expect(boundaries.map((b) => `${b.dataset}: ${b.label}`)).toEqual([
      'circle: no hidden layer',
      'circle: one hidden layer of 8 tanh units',
      'iris: no hidden layer',
      'iris: one hidden layer of 8 tanh units',
    ]);
    const [circleLine, circleBent, iris] = boundaries as [Boundary, Boundary, Boundary];
    // The experiment's own lesson, seen through the pictures' models.
    expect(circleLine.accuracy).toBeLessThanOrEqual(0.75);
    expect(circleBent.accuracy).toBeGreaterThanOrEqual(0.95);
    expect(iris.units).toBe(3);
    expect(iris.values).toHaveLength(iris.grid.size ** 2 * 3);
    expect(iris.classNames).toHaveLength(3);
    expect(iris.inputs).toHaveLength(2 * iris.targets.length);
  });
});

describe('gridClass', () => {
  const base = { grid: { xMin: 0, xMax: 1, yMin: 0, yMax: 1, size: 2 } } as const;
  it('reads one sigmoid output as label 1 from 0.5 up', () => {
    const b = { ...base, units: 1, values: [0.2, 0.5, 0.9, 0.4] } as unknown as Boundary;
    expect(gridClass(b, 0)).toEqual({ cls: 0, p: 0.8 });
    expect(gridClass(b, 1)).toEqual({ cls: 1, p: 0.5 });
    expect(gridClass(b, 2)).toEqual({ cls: 1, p: 0.9 });
  });

  it('takes the most probable of several classes', () => {
    const b = { ...base, units: 3, values: [0.1, 0.7, 0.2, 0.5, 0.2, 0.3] } as unknown as Boundary;
    expect(gridClass(b, 0)).toEqual({ cls: 1, p: 0.7 });
    expect(gridClass(b, 1)).toEqual({ cls: 0, p: 0.5 });
  });
});

describe('the boundary plane on the canvas', () => {
  it('keeps one unit as long across as up, centred', async () => {
    const { fitPlane } = await import('./boundary-chart.js');
    const square = { xMin: -6, xMax: 6, yMin: -6, yMax: 6 };
    expect(fitPlane(square, 600, 220)).toEqual({ width: 220, height: 220, left: 190, top: 0 });
    expect(fitPlane({ xMin: 0, xMax: 2, yMin: 0, yMax: 1 }, 300, 300)).toEqual({
      width: 300,
      height: 150,
      left: 0,
      top: 75,
    });
  });

  it('draws the iris maps of the softmax lesson, linear beside non-linear', async () => {
    const { hasBoundaries } = await import('./boundary.js');
    expect(hasBoundaries('softmax-multiclass')).toBe(true);
  });
});

describe('the class colours of a decision map', () => {
  it('match the Playground: class 0 in the negative (orange) colour, class 1 in the positive (blue)', async () => {
    const { drawBoundary } = await import('./boundary-chart.js');
    const fills: string[] = [];
    const ctx = new Proxy(
      {},
      {
        get: (_, key) => (key === 'canvas' ? {} : () => undefined),
        set: (_, key, value) => {
          if (key === 'fillStyle') fills.push(String(value));
          return true;
        },
      },
    ) as unknown as CanvasRenderingContext2D;
    const palette = {
      series: ['#111111', '#222222', '#333333'],
      positive: '#0000ff',
      negative: '#ff8000',
      text: '#000000',
      background: '#ffffff',
      muted: '#777777',
    } as unknown as Parameters<typeof drawBoundary>[3];
    // A 2 x 2 grid: every cell says class 0 (p = 0.1), then one training point of class 1.
    const boundary = {
      label: 'x',
      dataset: 'circle',
      accuracy: 1,
      grid: { size: 2, xMin: -1, xMax: 1, yMin: -1, yMax: 1 },
      units: 1,
      values: [0.1, 0.1, 0.1, 0.1],
      inputs: [0, 0],
      targets: [1],
      classNames: ['a', 'b'],
      featureNames: ['x1', 'x2'],
    } as unknown as Parameters<typeof drawBoundary>[4];
    drawBoundary(ctx, 100, 100, palette, boundary);
    expect(fills.slice(0, 4)).toEqual(['#ff8000', '#ff8000', '#ff8000', '#ff8000']);
    expect(fills).toContain('#0000ff');
  });
});
