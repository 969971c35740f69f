import { describe, expect, it } from 'vitest';
import { mulberry32, uniformInputs, uniformNumbers } from './seeded.js';

describe('mulberry32', () => {
  it('matches an independent implementation (Python, arbitrary-precision integers)', () => {
    // Computed by a separate Python mulberry32 whose integers are masked to 32 bits by hand.
    const expected: Record<number, number[]> = {
      0: [0.26642920868471265, 0.0003297457005828619, 0.2232720274478197],
      42: [0.6011037519201636, 0.44829055899754167, 0.8524657934904099],
      0x5eed: [0.7100320369936526, 0.286336648510769, 0.9519026265479624],
    };
    for (const [seed, values] of Object.entries(expected)) {
      const next = mulberry32(Number(seed));
      expect([next(), next(), next()]).toEqual(values);
    }
  });

  it('is reproducible and in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    for (let i = 0; i < 1000; i++) {
      const x = a();
      expect(x).toBe(b());
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });
});

describe('uniformInputs', () => {
  it('spans its interval', () => {
    const xs = uniformInputs(10000, -8, 8, 1);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(-8);
    expect(Math.max(...xs)).toBeLessThan(8);
    expect(Math.min(...xs)).toBeLessThan(-7.9);
    expect(Math.max(...xs)).toBeGreaterThan(7.9);
  });

  it('maps the stream onto [lo, hi): the first value of seed 0 is -8 + 16 x 0.26642920868471265', () => {
    expect(uniformInputs(1, -8, 8, 0)[0]).toBe(-8 + 16 * 0.26642920868471265);
  });
});

describe('uniformNumbers', () => {
  it('is the same seeded numbers every run, differs by seed, and equals uniformInputs', () => {
    const a = uniformNumbers(1000, -8, 8, 1);
    expect(a).toEqual(uniformNumbers(1000, -8, 8, 1));
    expect(a).not.toEqual(uniformNumbers(1000, -8, 8, 2));
    expect(a.every((x) => x >= -8 && x < 8)).toBe(true);
    expect(a).toEqual(Array.from(uniformInputs(1000, -8, 8, 1)));
  });
});
