import { describe, expect, it } from 'vitest';
import { bar, logBar } from './bars.js';
import { brailleCanvas } from './braille.js';
import { fitY, plotRows } from './plot.js';
import { rowText } from './runs.js';

describe('bars', () => {
  it('draws eighths and pads to the width', () => {
    expect(bar(0.5, 4)).toBe('██  ');
    expect(bar(1 / 16, 2)).toBe('▏ ');
    expect(bar(2, 3)).toBe('███');
    expect(bar(Number.NaN, 3)).toBe('   ');
  });
  it('places values on a log scale', () => {
    expect(logBar(1e-3, -6, 0, 6)).toBe('███   ');
    expect(logBar(0, -6, 0, 6)).toBe('      ');
  });
});

describe('braille canvas', () => {
  it('sets the dot bits of the Unicode pattern', () => {
    const c = brailleCanvas(2, 1);
    c.set(0, 0, 'series0');
    c.set(1, 3, 'series0');
    c.set(2, 1, 'series1');
    const [row] = c.rows();
    expect(rowText(row!)).toBe('\u2881\u2802');
    expect(row!.map((r) => r.tone)).toEqual(['series0', 'series1']);
  });
  it('clips lines that leave the canvas and draws the part inside', () => {
    const c = brailleCanvas(3, 1);
    c.line(-10, 1, 100, 1, 'plain');
    expect(rowText(c.rows()[0]!)).toBe('\u2812\u2812\u2812');
  });
  it('skips every other dot of a dotted line', () => {
    const c = brailleCanvas(2, 1);
    c.line(0, 0, 3, 0, 'plain', true);
    expect(rowText(c.rows()[0]!)).toBe('\u2801\u2801');
  });
});

describe('plot', () => {
  it('is exactly as wide and high as asked, with labelled ends', () => {
    const x = Float64Array.from({ length: 50 }, (_, i) => -5 + (10 * i) / 49);
    const y = x.map((v) => Math.tanh(v));
    const rows = plotRows({
      width: 40,
      height: 10,
      x: [-5, 5],
      series: [{ x, y, tone: 'series0' }],
      strip: [],
    });
    expect(rows).toHaveLength(10);
    for (const row of rows) expect([...rowText(row)].length).toBe(40);
    expect(rowText(rows[rows.length - 1]!)).toMatch(/-5 .* 0 .* 5$/);
    expect(rowText(rows[0]!).trimStart().startsWith('1.')).toBe(true);
  });
  it('fits y to the finite values in view', () => {
    const series = [
      { x: [0, 1, 2, 3], y: [1, Number.POSITIVE_INFINITY, 3, 100], tone: 'plain' as const },
    ];
    const [lo, hi] = fitY(series, 0, 2);
    expect(lo).toBeLessThan(1);
    expect(hi).toBeGreaterThan(3);
    expect(hi).toBeLessThan(4);
  });
  it('marks strip intervals in their characters', () => {
    const rows = plotRows({
      width: 22,
      height: 5,
      x: [0, 10],
      y: [0, 1],
      series: [],
      strip: [
        { from: 0, to: 10, char: '░', tone: 'muted' },
        { from: 5, to: 5, char: '^', tone: 'warn' },
      ],
    });
    const strip = rowText(rows[rows.length - 2]!);
    expect(strip).toContain('░^░');
  });
});

describe('plot axes', () => {
  it('labels a log axis with values, not their logarithms', () => {
    const rows = plotRows({ width: 30, height: 6, x: [0, 1], y: [-2, 0], logY: true, series: [] });
    expect(rowText(rows[0]!).trimStart().startsWith('1┤')).toBe(true);
    expect(
      rowText(rows[rows.length - 2]!)
        .trimStart()
        .startsWith('0.01┤'),
    ).toBe(true);
  });
  it('never overlaps the x labels of a narrow plot', () => {
    const rows = plotRows({ width: 12, height: 4, x: [-0.991, 0.991], y: [0, 1], series: [] });
    expect(rowText(rows[rows.length - 1]!).trim()).toBe('-0.991');
  });
});
