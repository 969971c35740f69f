import { describe, expect, it } from 'vitest';
import { MNIST_SIDE, centerDigit, inkFromRgba } from './digit-image.js';

/** A width x height ink image with a filled rectangle. */
function rect(width: number, height: number, x0: number, y0: number, x1: number, y1: number) {
  const ink = new Float64Array(width * height);
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) ink[y * width + x] = 1;
  return ink;
}

function bounds(image: Float64Array) {
  let minX = MNIST_SIDE;
  let maxX = -1;
  let minY = MNIST_SIDE;
  let maxY = -1;
  let mass = 0;
  let cx = 0;
  let cy = 0;
  image.forEach((v, i) => {
    if (v <= 0) return;
    const x = i % MNIST_SIDE;
    const y = Math.floor(i / MNIST_SIDE);
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
    mass += v;
    cx += v * (x + 0.5);
    cy += v * (y + 0.5);
  });
  return { width: maxX - minX + 1, height: maxY - minY + 1, cx: cx / mass, cy: cy / mass };
}

describe('centerDigit', () => {
  it('returns null for an empty drawing', () => {
    expect(centerDigit(new Float64Array(100), 10, 10)).toBeNull();
  });

  it('scales the bounding box to 20 pixels, keeping the aspect ratio', () => {
    // A tall bar 40 x 200 in the top-left corner of a 280 x 280 pad.
    const image = centerDigit(rect(280, 280, 5, 10, 45, 210), 280, 280) as Float64Array;
    const b = bounds(image);
    expect(b.height).toBe(20);
    expect(b.width).toBe(4);
  });

  it('puts the centre of mass at the centre of the 28 x 28 image', () => {
    const image = centerDigit(rect(280, 280, 200, 200, 280, 240), 280, 280) as Float64Array;
    const b = bounds(image);
    expect(Math.abs(b.cx - 14)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(b.cy - 14)).toBeLessThanOrEqual(0.5);
    expect(b.width).toBe(20);
    expect(b.height).toBe(10);
  });

  it('keeps ink in [0, 1] and averages partial coverage', () => {
    const image = centerDigit(rect(40, 40, 0, 0, 40, 40), 40, 40) as Float64Array;
    expect(Math.max(...image)).toBe(1);
    expect(Math.min(...image)).toBe(0);
  });
});

describe('inkFromRgba', () => {
  it('reads the alpha channel', () => {
    expect(Array.from(inkFromRgba([0, 0, 0, 255, 9, 9, 9, 0, 1, 2, 3, 51], 3, 1))).toEqual([
      1, 0, 0.2,
    ]);
  });
});
