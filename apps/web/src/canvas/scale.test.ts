import { describe, expect, it } from 'vitest';
import { linearScale, logScale, logTicks, niceTicks } from './scale.js';

describe('scales', () => {
  it('map and invert linearly and logarithmically', () => {
    const s = linearScale(-6, 6, 0, 600);
    expect(s(0)).toBe(300);
    expect(s.invert(450)).toBe(3);
    const l = logScale(1e-6, 1, 100, 0);
    expect(l(1e-3)).toBeCloseTo(50, 12);
    expect(l.invert(0)).toBeCloseTo(1, 12);
  });

  it('choose ticks at 1, 2 or 5 times a power of ten', () => {
    expect(niceTicks(-6, 6, 6)).toEqual([-6, -4, -2, 0, 2, 4, 6]);
    expect(niceTicks(0, 1, 5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(0.1, 0.35, 5)).toEqual([0.1, 0.15, 0.2, 0.25, 0.3, 0.35]);
    expect(logTicks(0.003, 20)).toEqual([0.001, 0.01, 0.1, 1, 10, 100]);
  });
});

describe('tick labels', () => {
  it('are plain digits where they fit and a compact power of ten beyond', async () => {
    const { tickLabel } = await import('./scale.js');
    expect(tickLabel(20000)).toBe('20000');
    expect(tickLabel(60000)).toBe('60000');
    expect(tickLabel(0.25)).toBe('0.25');
    expect(tickLabel(-1.5)).toBe('−1.5');
    expect(tickLabel(0.1 + 0.2)).toBe('0.3');
    expect(tickLabel(2e6)).toBe('2e6');
    expect(tickLabel(-5e-5)).toBe('−5e-5');
    expect(tickLabel(0)).toBe('0');
  });
});
