import { describe, expect, it } from 'vitest';
import { rounds } from './fixtures.js';
import { roundOrder, summarizeScenario } from './stats.js';

describe('summarizeScenario', () => {
  it('judges by the median of per-round ratios, not the ratio of medians', () => {
    // Round 2 is slow for both; per-round ratios are 1.0, 1.0, 0.5.
    const s = summarizeScenario(rounds([1000, 500, 500], [1000, 500, 1000]));
    expect(s.ratios).toEqual([1, 1, 0.5]);
    expect(s.ratio).toBe(1);
    expect(s.actlab.rps).toBe(500);
    expect(s.bare.rps).toBe(1000);
  });

  it('counts every non-2xx answer and error of a contender', () => {
    const s = summarizeScenario(
      rounds([1, 1], [1, 1]).map((r, i) => ({
        ...r,
        actlab: { ...r.actlab, ...(i === 0 ? { non2xx: 2 } : { errors: 1 }) },
      })),
    );
    expect(s.actlab.failures).toBe(3);
    expect(s.bare.failures).toBe(0);
  });

  it('reports server CPU time per answer in microseconds', () => {
    const s = summarizeScenario(rounds([2000], [1000]));
    // One core busy (cpu 1) at 2,000 answers/s is 500 µs per answer.
    expect(s.actlab.cpuPerRequest).toBe(500);
    expect(s.bare.cpuPerRequest).toBe(1000);
  });
});

describe('roundOrder', () => {
  it('alternates which contender goes first', () => {
    expect([0, 1, 2, 3].map((i) => roundOrder(i, 'A', 'B').join(''))).toEqual([
      'AB',
      'BA',
      'AB',
      'BA',
    ]);
  });
});
