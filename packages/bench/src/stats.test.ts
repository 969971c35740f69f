import { describe, expect, it } from 'vitest';
import { mulberry32, uniformInputs } from './inputs.js';
import { geomean, median } from './stats.js';

describe('median', () => {
  it('is the middle value of an odd count and the mean of the middle two of an even one', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });

  it('is NaN for no values and leaves its input unsorted', () => {
    expect(median([])).toBeNaN();
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('geomean', () => {
  it('averages ratios multiplicatively: 2x and 0.5x cancel', () => {
    expect(geomean([2, 0.5])).toBeCloseTo(1, 15);
    expect(geomean([1, 4, 16])).toBeCloseTo(4, 14);
  });

  it('is NaN for no values or a non-positive one', () => {
    expect(geomean([])).toBeNaN();
    expect(geomean([1, 0])).toBeNaN();
    expect(geomean([1, -2])).toBeNaN();
    expect(geomean([1, Infinity])).toBeNaN();
  });
});

describe('inputs', () => {
  it('mulberry32 is reproducible and in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    for (let i = 0; i < 1000; i++) {
      const x = a();
      expect(x).toBe(b());
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });

  it('uniformInputs spans its interval', () => {
    const xs = uniformInputs(10000, -8, 8, 1);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(-8);
    expect(Math.max(...xs)).toBeLessThan(8);
    expect(Math.min(...xs)).toBeLessThan(-7.9);
    expect(Math.max(...xs)).toBeGreaterThan(7.9);
  });
});
