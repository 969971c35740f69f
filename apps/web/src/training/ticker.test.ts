import { describe, expect, it } from 'vitest';
import { createTicker } from './ticker.js';

/** A host whose scheduled calls wait in a list until `fire`. */
function manualHost() {
  const queue: { fn: () => void; delay: number }[] = [];
  return {
    queue,
    host: { now: () => 0, schedule: (fn: () => void, delay: number) => queue.push({ fn, delay }) },
    fire: () => queue.shift()?.fn(),
  };
}

describe('createTicker', () => {
  it('ticks again after the delay each tick returns, until a tick returns undefined', () => {
    const h = manualHost();
    const delays = [5, 7, undefined];
    let ticks = 0;
    const ticker = createTicker(h.host, () => delays[ticks++]);
    ticker.start(3);
    expect(h.queue.map((q) => q.delay)).toEqual([3]);
    h.fire();
    h.fire();
    expect(h.queue.map((q) => q.delay)).toEqual([7]);
    h.fire();
    expect(ticks).toBe(3);
    expect(ticker.running).toBe(false);
    expect(h.queue).toHaveLength(0);
  });

  it('schedules one tick at a time, and a stopped loop does not tick', () => {
    const h = manualHost();
    let ticks = 0;
    const ticker = createTicker(h.host, () => (ticks++, 0));
    ticker.start();
    ticker.start();
    expect(h.queue).toHaveLength(1);
    ticker.stop();
    h.fire();
    expect(ticks).toBe(0);
    expect(h.queue).toHaveLength(0);
  });

  it('is not scheduled again after a tick that stops it', () => {
    const h = manualHost();
    const ticker = createTicker(h.host, () => {
      ticker.stop();
      return 0;
    });
    ticker.start();
    h.fire();
    expect(ticker.running).toBe(false);
    expect(h.queue).toHaveLength(0);
  });
});
