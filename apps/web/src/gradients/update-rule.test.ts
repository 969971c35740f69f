import { describe, expect, it } from 'vitest';
import { firstLastRatio, updateNumbers } from './update-rule.js';

describe('updateNumbers', () => {
  it('applies theta - alpha dJ/dtheta', () => {
    // 0.5 - 0.1 * 2 = 0.3, a change of -0.2, 40% of the weight.
    const u = updateNumbers(0.5, 0.1, 2);
    expect(u.next).toBeCloseTo(0.3, 15);
    expect(u.change).toBeCloseTo(-0.2, 15);
    expect(u.relativeChange).toBeCloseTo(0.4, 15);
  });

  it('moves against the gradient', () => {
    expect(updateNumbers(1, 0.5, -4).next).toBe(3);
  });

  it('says how tiny a vanishing step is', () => {
    const u = updateNumbers(0.25, 0.1, 1e-9);
    expect(u.next).not.toBe(0.25);
    expect(u.relativeChange).toBeCloseTo(4e-10, 20);
  });

  it('handles a zero weight and a zero gradient', () => {
    expect(updateNumbers(0, 0.1, 1).relativeChange).toBe(Infinity);
    expect(updateNumbers(0, 0.1, 0).relativeChange).toBe(0);
  });
});

describe('firstLastRatio', () => {
  it('divides the first layer by the last', () => {
    expect(firstLastRatio([1e-6, 1e-3, 1e-2])).toBeCloseTo(1e-4, 18);
    expect(firstLastRatio([])).toBeNaN();
  });
});
