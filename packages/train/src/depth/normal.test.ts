/**
 * The ziggurat against the normal distribution's own numbers: moments, the CDF at tabulated points
 * (Phi from tables, not computed here), the tail beyond the base layer, and the bulk fill against
 * the one-at-a-time draw.
 */
import { describe, expect, it } from 'vitest';
import { fastRng, fillNormal, fillUniform, nextNormal } from './normal.js';

const N = 1 << 22;

describe('fast seeded normals', () => {
  const xs = new Float64Array(N);
  fillNormal(fastRng(7, 0), xs, 1);

  it('has mean 0, variance 1 and kurtosis 3', () => {
    let m = 0;
    let v = 0;
    let k = 0;
    for (const x of xs) {
      m += x;
      v += x * x;
      k += x ** 4;
    }
    // Standard errors: 1/sqrt(N) = 4.9e-4, sqrt(2/N) = 6.9e-4, sqrt(96/N) = 4.8e-3.
    expect(Math.abs(m / N)).toBeLessThan(2.5e-3);
    expect(Math.abs(v / N - 1)).toBeLessThan(3.5e-3);
    expect(Math.abs(k / N - 3)).toBeLessThan(0.025);
  });

  it.each([
    [-2.5, 0.00620966532577613],
    [-1, 0.15865525393145707],
    [0, 0.5],
    [0.5, 0.6914624612740131],
    [1.96, 0.9750021048517795],
    [3, 0.9986501019683699],
  ])('P(X <= %d) is Phi (%d)', (t, phi) => {
    const share = xs.reduce((n, x) => n + (x <= t ? 1 : 0), 0) / N;
    // Five binomial standard errors.
    expect(Math.abs(share - phi)).toBeLessThan(5 * Math.sqrt((phi * (1 - phi)) / N) + 1e-6);
  });

  it('reaches the tail beyond the base layer (x > 3.4426) as often as the normal does', () => {
    const beyond = xs.reduce((n, x) => n + (Math.abs(x) > 3.5 ? 1 : 0), 0);
    // 2 (1 - Phi(3.5)) = 4.652581e-4 of the draws: 1951 expected, standard deviation 44.
    expect(Math.abs(beyond - 4.652581e-4 * N)).toBeLessThan(220);
    expect(xs.reduce((m, x) => Math.max(m, x), 0)).toBeGreaterThan(4.3);
  });

  it('fills in bulk exactly the numbers std x nextNormal draws one by one', () => {
    const bulk = new Float64Array(10_000);
    fillNormal(fastRng(3, 9), bulk, 0.25);
    const one = fastRng(3, 9);
    const single = Array.from(bulk, () => 0.25 * nextNormal(one));
    expect([...bulk]).toEqual(single);
  });

  it('draws other numbers for another seed or stream, and uniforms within the limit', () => {
    const a = new Float64Array(4);
    const b = new Float64Array(4);
    fillNormal(fastRng(3, 1), a, 1);
    fillNormal(fastRng(3, 2), b, 1);
    expect([...a]).not.toEqual([...b]);
    const u = new Float64Array(100_000);
    fillUniform(fastRng(1, 1), u, 0.5);
    expect(u.every((x) => x >= -0.5 && x < 0.5)).toBe(true);
    const variance = u.reduce((s, x) => s + x * x, 0) / u.length;
    expect(Math.abs(variance * 12 - 1)).toBeLessThan(0.02);
  });
});
