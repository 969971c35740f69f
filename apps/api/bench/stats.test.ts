import { describe, expect, it } from 'vitest';
import { loadResult, rounds } from './fixtures.js';
import { roundOrder, summarizeScenario, summarizeStoreScenario } from './stats.js';

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

describe('summarizeStoreScenario', () => {
  it('compares each API with bare and Redis with memory, round by round', () => {
    const round = (memory: number, redis: number, bare: number) => ({
      memory: loadResult({ rps: memory }),
      redis: loadResult({ rps: redis }),
      bare: loadResult({ rps: bare }),
    });
    // Round 2 is slow for all three: per-round ratios cancel it, ratios of medians would not.
    const s = summarizeStoreScenario([
      round(900, 810, 1000),
      round(450, 450, 500),
      round(800, 720, 1000),
    ]);
    expect(s.memory.ratios).toEqual([0.9, 0.9, 0.8]);
    expect(s.memory.ratio).toBe(0.9);
    expect(s.redis.ratios).toEqual([0.81, 0.9, 0.72]);
    expect(s.redis.ratio).toBe(0.81);
    expect(s.redisCost.ratios).toEqual([0.9, 1, 0.9]);
    expect(s.redisCost.ratio).toBe(0.9);
    expect(s.memory.bare).toEqual(s.redis.bare);
  });
});

describe('roundOrder', () => {
  it('alternates which of two contenders goes first', () => {
    expect([0, 1, 2, 3].map((i) => roundOrder(i, ['A', 'B']).join(''))).toEqual([
      'AB',
      'BA',
      'AB',
      'BA',
    ]);
  });

  it('goes through every order of three in six rounds, each first and last twice', () => {
    const orders = [0, 1, 2, 3, 4, 5].map((i) => roundOrder(i, ['A', 'B', 'C']).join(''));
    expect(new Set(orders)).toEqual(new Set(['ABC', 'ACB', 'BAC', 'BCA', 'CAB', 'CBA']));
    for (const name of 'ABC') {
      expect(orders.filter((o) => o.startsWith(name))).toHaveLength(2);
      expect(orders.filter((o) => o.endsWith(name))).toHaveLength(2);
    }
    expect(roundOrder(6, ['A', 'B', 'C'])).toEqual(['A', 'B', 'C']);
  });
});
