import { describe, expect, it } from 'vitest';
import { geomean, median, percentile } from './stats.js';

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

describe('percentile', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => 100 - i); // 100 down to 1

  it('takes the nearest rank: p99 of 1..100 is 99, p50 is 50', () => {
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 100)).toBe(100);
    expect(percentile(hundred, 0)).toBe(1);
  });

  it('gives p90 of 15 values as the 14th smallest (ceil(13.5))', () => {
    const fifteen = Array.from({ length: 15 }, (_, i) => (i * 7) % 15); // 0..14, shuffled
    expect(percentile(fifteen, 90)).toBe(13);
  });

  it('lets one slow answer in a hundred be the p99 only when there are fewer than 100', () => {
    const fast = Array.from({ length: 99 }, () => 1);
    expect(percentile([...fast, 500], 99)).toBe(1);
    expect(percentile([...fast.slice(1), 500], 99)).toBe(500);
  });

  it('is NaN for no values and leaves its input unsorted', () => {
    expect(percentile([], 99)).toBeNaN();
    const values = [3, 1, 2];
    percentile(values, 50);
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
