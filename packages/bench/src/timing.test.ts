import { describe, expect, it } from 'vitest';
import { timeCell } from './timing.js';

describe('timeCell', () => {
  it('times every contender the same number of times, within the plan', () => {
    const calls = [0, 0];
    const plan = { inner: 2, warmupMs: 0, warmupCalls: 3, budgetMs: 1, minReps: 5, maxReps: 7 };
    const timing = timeCell([() => calls[0]!++, () => calls[1]!++], plan);
    expect(timing.medianNs).toHaveLength(2);
    expect(timing.reps).toBeGreaterThanOrEqual(5);
    expect(timing.reps).toBeLessThanOrEqual(7);
    expect(calls[0]).toBe(calls[1]);
    expect(timing.medianNs.every((ns) => ns >= 0)).toBe(true);
  });

  it('ranks a slower contender slower', () => {
    const spin = (n: number) => () => {
      let s = 0;
      for (let i = 0; i < n; i++) s += Math.sqrt(i);
      return s;
    };
    const plan = { inner: 1, warmupMs: 5, warmupCalls: 3, budgetMs: 20, minReps: 9, maxReps: 50 };
    const [fast, slow] = timeCell([spin(1e3), spin(1e5)], plan).medianNs;
    expect(slow).toBeGreaterThan(fast as number);
  });
});
