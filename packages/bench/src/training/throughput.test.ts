import { describe, expect, it } from 'vitest';
import { measureThroughput } from './throughput.js';

/** Spins for about `us` microseconds. */
function spin(us: number): void {
  const end = process.hrtime.bigint() + BigInt(us * 1000);
  while (process.hrtime.bigint() < end);
}

describe('measureThroughput', () => {
  it('gives every contender one slice per round, each after its enter and the between hook', async () => {
    const events: string[] = [];
    const contenders = ['a', 'b'].map((name) => ({
      examplesPerCall: 10,
      run: () => spin(50),
      enter: async () => {
        events.push(`enter ${name}`);
      },
    }));
    const result = await measureThroughput(contenders, { rounds: 3, sliceMs: 2, warmupMs: 1 }, () =>
      events.push('between'),
    );
    expect(result.map((r) => r.samples.length)).toEqual([3, 3]);
    // Warm-up enters both, then each round alternates which one starts.
    expect(events.slice(2, 8)).toEqual([
      'enter a',
      'between',
      'enter b',
      'between',
      'enter b',
      'between',
    ]);
    expect(result.every((r) => r.calls >= 3 && r.examplesPerSecond > 0)).toBe(true);
  });

  it('ranks a slower contender slower, and counts the examples each call trains on', async () => {
    const [fast, slow, batched] = await measureThroughput(
      [
        { examplesPerCall: 1, run: () => spin(100) },
        { examplesPerCall: 1, run: () => spin(400) },
        { examplesPerCall: 20, run: () => spin(100) },
      ],
      { rounds: 5, sliceMs: 10, warmupMs: 2 },
    );
    const rate = (t: typeof fast): number => t?.examplesPerSecond as number;
    expect(rate(fast)).toBeGreaterThan(rate(slow));
    expect(rate(batched)).toBeGreaterThan(5 * rate(fast));
  });
});
