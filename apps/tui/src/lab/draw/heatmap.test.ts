import { gridInputs } from '@actlab/train';
import { describe, expect, it } from 'vitest';
import type { HeatmapGrid } from './heatmap.js';
import {
  cellIndex,
  cellValues,
  heatmapLegend,
  heatmapRows,
  pointMark,
  predictionGrid,
} from './heatmap.js';
import { rowText } from './runs.js';

/** Applies `f` to each (x1, x2) row of `inputs`. */
function predictWith(inputs: Float64Array, f: (x1: number, x2: number) => number[]): Float64Array {
  const out: number[] = [];
  for (let i = 0; i < inputs.length; i += 2)
    out.push(...f(inputs[i] as number, inputs[i + 1] as number));
  return Float64Array.from(out);
}

/**
 * `f` at the cells of `g` as the Train screen gets a network's outputs: over train's prediction
 * grid (its rows of inputs from `gridInputs`, as `predictGrid` makes them), picked out by cell.
 */
function mapValues(g: HeatmapGrid, f: (x1: number, x2: number) => number[]): Float64Array {
  const units = f(0, 0).length;
  return cellValues(g, predictWith(gridInputs(predictionGrid(g), 2), f), units);
}

const grid = { cols: 8, rows: 4, extent: 4 };

describe('heatmap grid', () => {
  it('puts cell centres row by row from the top left', () => {
    const centres = mapValues(grid, (x1, x2) => [x1, x2]);
    expect(centres.length).toBe(8 * 4 * 2);
    expect(centres[0]).toBeCloseTo(-3.5, 12);
    expect(centres[1]).toBeCloseTo(3, 12);
    const last = 8 * 4 - 1;
    expect(centres[last * 2]).toBeCloseTo(3.5, 12);
    expect(centres[last * 2 + 1]).toBeCloseTo(-3, 12);
  });

  it('gives each cell the value at its centre, wide or tall', () => {
    for (const g of [grid, { cols: 3, rows: 5, extent: 6 }, { cols: 20, rows: 10, extent: 2 }]) {
      const f = (x1: number, x2: number) => [Math.sin(x1) + 3 * x2, x1 * x2];
      const values = mapValues(g, f);
      for (let r = 0; r < g.rows; r++) {
        for (let c = 0; c < g.cols; c++) {
          // The centre of cell (c, r): x1 grows to the right, x2 falls downward.
          const x1 = -g.extent + ((2 * c + 1) * g.extent) / g.cols;
          const x2 = g.extent - ((2 * r + 1) * g.extent) / g.rows;
          const at = (r * g.cols + c) * 2;
          expect(values[at]).toBeCloseTo(f(x1, x2)[0] as number, 10);
          expect(values[at + 1]).toBeCloseTo(f(x1, x2)[1] as number, 10);
        }
      }
    }
  });

  it('finds the cell of a point and nothing outside the plane', () => {
    expect(cellIndex(grid, -3.9, 3.9)).toBe(0);
    expect(cellIndex(grid, 0.1, -0.1)).toBe(2 * 8 + 4);
    expect(cellIndex(grid, 5, 0)).toBe(-1);
  });
});

describe('heatmap rows', () => {
  it('shades p(class 1) in characters: blank where x1 < 0, full where x1 > 0', () => {
    const values = mapValues(grid, (x1) => [x1 > 0 ? 1 : 0]);
    const rows = heatmapRows({ ...grid, task: 'binary', units: 1, values });
    expect(rows.map(rowText)).toEqual(Array.from({ length: 4 }, () => '    ████'));
    expect(rows[0]?.map((r) => r.tone)).toEqual(['series1', 'series0']);
  });

  it('grades the shade with the probability', () => {
    const values = mapValues({ cols: 5, rows: 1, extent: 5 }, (x1) => [(x1 + 5) / 10]);
    const [row] = heatmapRows({ cols: 5, rows: 1, extent: 5, task: 'binary', units: 1, values });
    expect(rowText(row!)).toBe(' ░▒▓█');
  });

  it('draws points over the shade as o and x, the majority winning in a cell', () => {
    const values = mapValues(grid, (x1) => [x1 > 0 ? 1 : 0]);
    const points = {
      inputs: [-3.9, 3.9, 3.9, -3.9, 3.8, -3.8, 3.7, -3.7],
      labels: [0, 1, 1, 0],
      stride: 2,
    };
    const rows = heatmapRows({ ...grid, task: 'binary', units: 1, values, points });
    expect(rowText(rows[0]!)).toBe('o   ████');
    expect(rowText(rows[3]!)).toBe('    ███x');
    expect(rows[0]?.[0]).toEqual({ text: 'o', tone: 'plain' });
  });

  it('gives each predicted class its own shade, and points their class digit', () => {
    const values = mapValues({ cols: 3, rows: 1, extent: 3 }, (x1) =>
      x1 < -1 ? [0.8, 0.1, 0.1] : x1 < 1 ? [0.1, 0.8, 0.1] : [0.2, 0.3, 0.5],
    );
    const base = { cols: 3, rows: 1, extent: 3, task: 'multiclass' as const, units: 3, values };
    expect(rowText(heatmapRows(base)[0]!)).toBe('░▒▓');
    const points = { inputs: [2, 0], labels: [2], stride: 2 };
    expect(rowText(heatmapRows({ ...base, points })[0]!)).toBe('░▒2');
    expect(pointMark('multiclass', 1)).toBe('1');
    expect(pointMark('binary', 1)).toBe('x');
  });

  it('shades a regression surface from low to high over the given range, without points', () => {
    const values = Float64Array.from([-1, -0.5, 0, 0.5, 1]);
    const points = { inputs: [0, 0], labels: [0], stride: 2 };
    const opts = {
      cols: 5,
      rows: 1,
      extent: 1,
      task: 'regression' as const,
      units: 1,
      values,
      points,
    };
    expect(rowText(heatmapRows({ ...opts, range: [-1, 1] })[0]!)).toBe(' ░▒▓█');
    expect(rowText(heatmapRows({ ...opts, range: [-2, 2] })[0]!)).toBe('░░▒▓▓');
  });

  it('says what the characters mean, cut to the width', () => {
    expect(rowText(heatmapLegend('binary', 1, 6, 20, true))).toBe(
      'o=0 x=1 ░▒▓█=p(1) ±6'.padEnd(20),
    );
    expect(rowText(heatmapLegend('multiclass', 3, 6, 20, true))).toBe('░0 ▒1 ▓2 ±6'.padEnd(20));
    expect([...rowText(heatmapLegend('binary', 1, 6, 8, true))].length).toBe(8);
  });
});
