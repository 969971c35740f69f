import { describe, expect, it } from 'vitest';
import { agreement, roundToFloat32 } from './verify.js';

const xs = Float64Array.from([-2, -1, 0, 1, 2]);

describe('agreement', () => {
  it('accepts outputs within tolerance, relative for large values and absolute near 0', () => {
    const want = [1000, 1, 0, 1e-20, -5];
    const got = [1000 * (1 + 1e-9), 1 + 1e-9, 1e-9, 0, -5];
    expect(agreement(xs, got, want, 1e-6).mismatches).toBe(0);
  });

  it('counts mismatches and reports the worst input', () => {
    const result = agreement(xs, [0, 0, 0, 0.5, 0], [0, 0, 0, 0, 0], 1e-6);
    expect(result.mismatches).toBe(1);
    expect(result.worstError).toBe(0.5);
    expect(result.worstAt).toBe(1);
  });

  it('treats NaN as matching only NaN', () => {
    expect(agreement(xs, [NaN, 0, 0, 0, 0], [NaN, 0, 0, 0, 0], 1e-6).mismatches).toBe(0);
    const result = agreement(xs, [NaN, 0, 0, 0, 0], [0, 0, 0, 0, 0], 1e-6);
    expect(result.mismatches).toBe(1);
    expect(result.worstError).toBe(Infinity);
  });

  it('compares only the elements `keep` marks', () => {
    const keep = Uint8Array.from([1, 1, 0, 1, 1]);
    expect(agreement(xs, [0, 0, 9, 0, 0], [0, 0, 0, 0, 0], 1e-6, keep).mismatches).toBe(0);
  });
});

describe('roundToFloat32', () => {
  it('rounds every element to the nearest float32', () => {
    expect([...roundToFloat32(Float64Array.from([0.1, 1]))]).toEqual([Math.fround(0.1), 1]);
  });
});
