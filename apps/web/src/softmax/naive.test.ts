import { describe, expect, it } from 'vitest';
import { OVERFLOW_FACTS, naiveExpSoftmax, naiveShares } from './naive.js';

describe('dividing by the sum (the course analogy)', () => {
  it('gives 5, 3, 2, 5 over 15 as 1/3, 1/5, 2/15, 1/3', () => {
    const { sum, shares, broken } = naiveShares([5, 3, 2, 5]);
    expect(sum).toBe(15);
    expect(shares).toEqual([1 / 3, 1 / 5, 2 / 15, 1 / 3]);
    expect(broken).toBe(false);
  });

  it('breaks with a negative score or a zero sum', () => {
    expect(naiveShares([2.33, -1.46, 0.56]).broken).toBe(true);
    expect(naiveShares([1, -1]).broken).toBe(true);
    expect(naiveShares([1, -1]).shares).toEqual([Infinity, -Infinity]);
  });
});

describe('the textbook formula taken literally', () => {
  it("reproduces the course's table: K = 12.26 for 2.33, -1.46, 0.56", () => {
    const { exps, sum, overflowed } = naiveExpSoftmax([2.33, -1.46, 0.56], 1);
    expect(exps[0]).toBeCloseTo(10.278, 3);
    expect(exps[1]).toBeCloseTo(0.232, 3);
    expect(exps[2]).toBeCloseTo(1.751, 3);
    expect(sum).toBeCloseTo(12.26, 2);
    expect(overflowed).toBe(false);
  });

  it('overflows at logits of 1000: exp is Infinity and Infinity/Infinity is NaN', () => {
    const { exps, sum, ratios, overflowed } = naiveExpSoftmax([1000, 999], 1);
    expect(exps).toEqual([Infinity, Infinity]);
    expect(sum).toBe(Infinity);
    expect(ratios.every(Number.isNaN)).toBe(true);
    expect(overflowed).toBe(true);
  });

  it('underflows at logits of -1000: 0/0 is NaN', () => {
    expect(naiveExpSoftmax([-1000, -1001], 1).overflowed).toBe(true);
  });
});

describe('the overflow facts shown on the page', () => {
  it('are what JavaScript computes: e^709 is finite, e^1000 is Infinity, Infinity/Infinity is NaN', () => {
    expect(OVERFLOW_FACTS.map((f) => f.expression)).toEqual([
      'Math.exp(709)',
      'Math.exp(1000)',
      'Math.exp(1000) / Math.exp(1000)',
    ]);
    const [e709, e1000, ratio] = OVERFLOW_FACTS.map((f) => f.value);
    expect(e709).toBeCloseTo(8.218407461554972e307, -295);
    expect(e1000).toBe(Infinity);
    expect(ratio).toBeNaN();
  });
});
