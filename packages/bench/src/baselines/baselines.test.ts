import { SCALAR_IDS, activation } from '@actlab/core';
import { describe, expect, it } from 'vitest';
import { erfAS } from './constants.js';
import { BASELINE_GRAD } from './grad.js';
import { BASELINE_MAP } from './map.js';

/** Runs a baseline loop on a few points. */
function at(loop: (xs: Float64Array, out: Float64Array) => void, xs: number[]): number[] {
  const out = new Float64Array(xs.length);
  loop(Float64Array.from(xs), out);
  return [...out];
}

// Points clear of every kink at default parameters (0, +-0.5, +-1, +-3, 6).
const SMOOTH_POINTS = [-7.3, -2.7, -0.7, -0.3, 0.3, 0.7, 2.2, 4.4, 7.3];

describe('erfAS (Abramowitz-Stegun 7.1.26)', () => {
  it('is within 1.5e-7 of erf at hand-checked points and odd', () => {
    expect(erfAS(0)).toBeCloseTo(0, 6);
    expect(Math.abs(erfAS(0.5) - 0.5204998778130465)).toBeLessThan(1.5e-7);
    expect(Math.abs(erfAS(1) - 0.8427007929497149)).toBeLessThan(1.5e-7);
    expect(Math.abs(erfAS(2) - 0.9953222650189527)).toBeLessThan(1.5e-7);
    expect(erfAS(-1.3)).toBe(-erfAS(1.3));
  });
});

describe('the plain-loop baselines', () => {
  it("cover every scalar id, for f and for f'", () => {
    expect(Object.keys(BASELINE_MAP).sort()).toEqual([...SCALAR_IDS].sort());
    expect(Object.keys(BASELINE_GRAD).sort()).toEqual([...SCALAR_IDS].sort());
  });

  it('give the textbook values at hand-checked points', () => {
    expect(at(BASELINE_MAP.sigmoid, [0])).toEqual([0.5]);
    expect(at(BASELINE_GRAD.sigmoid, [0])).toEqual([0.25]);
    expect(at(BASELINE_MAP.relu, [-1, 2])).toEqual([0, 2]);
    expect(at(BASELINE_GRAD.tanh, [0])).toEqual([1]);
    expect(at(BASELINE_MAP.softplus, [0])[0]).toBeCloseTo(Math.LN2, 15);
    expect(at(BASELINE_MAP.gelu, [1])[0]).toBeCloseTo(0.8413447460685429, 6);
    expect(at(BASELINE_MAP.relu6, [-1, 3, 9])).toEqual([0, 3, 6]);
    expect(at(BASELINE_MAP.hard_sigmoid, [-4, 0, 4])).toEqual([0, 0.5, 1]);
    expect(at(BASELINE_MAP.squareplus, [0])).toEqual([1]);
    expect(at(BASELINE_MAP.soft_shrink, [-2, 0.2, 2])).toEqual([-1.5, 0, 1.5]);
    expect(at(BASELINE_MAP.gaussian, [0])).toEqual([1]);
  });

  it.each(SCALAR_IDS)("%s: f' matches a central difference of f", (id) => {
    const h = 1e-5;
    const plus = at(
      BASELINE_MAP[id],
      SMOOTH_POINTS.map((x) => x + h),
    );
    const minus = at(
      BASELINE_MAP[id],
      SMOOTH_POINTS.map((x) => x - h),
    );
    const grad = at(BASELINE_GRAD[id], SMOOTH_POINTS);
    grad.forEach((d, i) => {
      const fd = ((plus[i] as number) - (minus[i] as number)) / (2 * h);
      expect(Math.abs(d - fd)).toBeLessThan(1e-5 * Math.max(1, Math.abs(fd)));
    });
  });

  it.each(SCALAR_IDS)('%s: computes the same function as actlab at its defaults', (id) => {
    const a = activation(id);
    const f = at(BASELINE_MAP[id], SMOOTH_POINTS);
    const df = at(BASELINE_GRAD[id], SMOOTH_POINTS);
    SMOOTH_POINTS.forEach((x, i) => {
      expect(Math.abs((f[i] as number) - a.f(x))).toBeLessThan(
        1e-6 * Math.max(1, Math.abs(a.f(x))),
      );
      expect(Math.abs((df[i] as number) - a.df(x))).toBeLessThan(
        1e-6 * Math.max(1, Math.abs(a.df(x))),
      );
    });
  });
});
