import { describe, expect, it } from 'vitest';
import { compareLosses } from './agreement.js';

describe('compareLosses', () => {
  it('finds the largest difference and averages the last epoch of each side', () => {
    const a = [0.7, 0.6, 0.5, 0.4];
    const b = [0.7, 0.6 + 3e-5, 0.5 - 1e-4, 0.4];
    const c = compareLosses(a, b, 2);
    expect(c.steps).toBe(4);
    expect(c.maxDifference).toBeCloseTo(1e-4, 12);
    expect(c.worstStep).toBe(2);
    expect(c.lastSteps).toBe(2);
    expect(c.lastMean[0]).toBeCloseTo(0.45, 12);
    expect(c.lastMean[1]).toBeCloseTo(0.45 - 5e-5, 12);
  });

  it('counts a NaN as an infinite difference', () => {
    expect(compareLosses([1, 2], [1, NaN], 1).maxDifference).toBe(Infinity);
  });

  it('refuses trajectories of different lengths', () => {
    expect(() => compareLosses([1], [1, 2], 1)).toThrow(/cannot be compared/);
  });
});
