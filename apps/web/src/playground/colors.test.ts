import { describe, expect, it } from 'vitest';
import {
  MAX_MIX,
  cellColor,
  fillHeatmap,
  fillThumbnail,
  fillValueHeatmap,
  parseColor,
  valueColor,
} from './colors.js';
import type { Rgb } from './colors.js';

const ORANGE: Rgb = [234, 88, 12];
const BLUE: Rgb = [37, 99, 235];
const GREEN: Rgb = [4, 120, 87];
const WHITE: Rgb = [255, 255, 255];
const colors = [ORANGE, BLUE, GREEN];

/** background + (c - background) * t, written out independently of `mix`. */
function expected(c: Rgb, t: number): number[] {
  return [0, 1, 2].map((i) => WHITE[i]! + (c[i]! - WHITE[i]!) * t);
}

describe('heatmap colours', () => {
  it('read CSS colours', () => {
    expect(parseColor('#2563eb')).toEqual([37, 99, 235]);
    expect(parseColor('#fff')).toEqual([255, 255, 255]);
    expect(parseColor('rgb(1, 2, 3)')).toEqual([1, 2, 3]);
    expect(parseColor('rgba(4 5 6 / 0.5)')).toEqual([4, 5, 6]);
    expect(parseColor('papayawhip')).toEqual([128, 128, 128]);
  });

  it('show even odds as the background and sure answers in the class colour', () => {
    expect(cellColor([0.5], 0, 1, colors, WHITE)).toEqual([255, 255, 255]);
    expect(cellColor([1], 0, 1, colors, WHITE)).toEqual(expected(BLUE, MAX_MIX));
    expect(cellColor([0], 0, 1, colors, WHITE)).toEqual(expected(ORANGE, MAX_MIX));
    expect(cellColor([0.75], 0, 1, colors, WHITE)).toEqual(expected(BLUE, 0.5 * MAX_MIX));
  });

  it('colour three classes by the winner, faded by confidence above chance', () => {
    expect(cellColor([0, 0, 1], 0, 3, colors, WHITE)).toEqual(expected(GREEN, MAX_MIX));
    const third = 1 / 3;
    expect(cellColor([third, third, third], 0, 3, colors, WHITE)).toEqual([255, 255, 255]);
    // p = (0.2, 0.6, 0.2): confidence (0.6 - 1/3) / (2/3) = 0.4.
    const c = cellColor([0.2, 0.6, 0.2], 0, 3, colors, WHITE);
    expected(BLUE, 0.4 * MAX_MIX).forEach((v, i) => expect(c[i]).toBeCloseTo(v, 10));
  });

  it('show only the predicted class, at full strength, when discretized', () => {
    expect(cellColor([0.6], 0, 1, colors, WHITE, true)).toEqual(expected(BLUE, MAX_MIX));
    expect(cellColor([0.4], 0, 1, colors, WHITE, true)).toEqual(expected(ORANGE, MAX_MIX));
    expect(cellColor([0.3, 0.3, 0.4], 0, 3, colors, WHITE, true)).toEqual(expected(GREEN, MAX_MIX));
  });

  it('grey out cells whose outputs are not numbers', () => {
    const grey = cellColor([NaN], 0, 1, colors, WHITE);
    expect(grey[0]).toBe(grey[1]);
    expect(grey[1]).toBe(grey[2]);
    expect(cellColor([0.1, NaN, 0.2], 0, 3, colors, WHITE)).toEqual(grey);
  });

  it('put the grid’s bottom row at the bottom of the image', () => {
    // 2 x 2 grid, bottom row (iy = 0) sure of class 1, top row sure of class 0.
    const pixels = new Uint8ClampedArray(16);
    fillHeatmap(pixels, [1, 1, 0, 0], 2, 1, colors, WHITE);
    const top = Array.from(pixels.slice(0, 3));
    const bottom = Array.from(pixels.slice(8, 11));
    expect(top).toEqual(expected(ORANGE, MAX_MIX).map(Math.round));
    expect(bottom).toEqual(expected(BLUE, MAX_MIX).map(Math.round));
    expect(pixels[3]).toBe(255);
  });

  it('scale each thumbnail by its largest magnitude', () => {
    const pixels = new Uint8ClampedArray(16);
    fillThumbnail(pixels, [9, 9, -4, 8, 8, 8], 2, 2, colors, WHITE);
    // Values -4, 8 (bottom), 8, 8 (top), scaled by 8: the strongest are full blue.
    expect(Array.from(pixels.slice(0, 3))).toEqual(expected(BLUE, MAX_MIX).map(Math.round));
    expect(Array.from(pixels.slice(8, 11))).toEqual(
      expected(ORANGE, 0.5 * MAX_MIX).map(Math.round),
    );
  });
});

describe('regression colours', () => {
  it('run from orange at -1 through the background at 0 to blue at 1, clamped beyond', () => {
    expect(valueColor(0, colors, WHITE)).toEqual([255, 255, 255]);
    expect(valueColor(1, colors, WHITE)).toEqual(expected(BLUE, MAX_MIX));
    expect(valueColor(-1, colors, WHITE)).toEqual(expected(ORANGE, MAX_MIX));
    expect(valueColor(-0.5, colors, WHITE)).toEqual(expected(ORANGE, 0.5 * MAX_MIX));
    expect(valueColor(3, colors, WHITE)).toEqual(expected(BLUE, MAX_MIX));
    // Discrete: only the sign.
    expect(valueColor(0.1, colors, WHITE, true)).toEqual(expected(BLUE, MAX_MIX));
  });

  it('fill a value heatmap bottom row last', () => {
    const pixels = new Uint8ClampedArray(2 * 2 * 4);
    // Grid rows from the bottom: (-1, 0) then (1, 0.5).
    fillValueHeatmap(pixels, [-1, 0, 1, 0.5], 2, colors, WHITE);
    const at = (i: number) => Array.from(pixels.slice(4 * i, 4 * i + 3));
    const round = (c: number[]) => c.map((v) => Math.round(v));
    expect(at(0)).toEqual(round(expected(BLUE, MAX_MIX)));
    expect(at(2)).toEqual(round(expected(ORANGE, MAX_MIX)));
    expect(at(3)).toEqual([255, 255, 255]);
  });
});
