import { describe, expect, it } from 'vitest';
import { isActlabError } from '../errors.js';
import { gainRow, relativeError } from '../../test/gains-table.js';
import { MAX_HERMITE_POINTS, gaussHermite, gaussianExpectation } from './quadrature.js';

/** (2k - 1)!!, the 2k-th moment of N(0, 1). */
function doubleFactorial(k: number): number {
  let product = 1;
  for (let j = 2 * k - 1; j > 1; j -= 2) product *= j;
  return product;
}

function moment(n: number, power: number): number {
  const { nodes, weights } = gaussHermite(n);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += (weights[i] ?? 0) * (nodes[i] ?? 0) ** power;
  return sum;
}

const tanhSquared = (x: number): number => Math.tanh(x) ** 2;
const reluSquared = (x: number): number => Math.max(0, x) ** 2;

describe('gaussHermite', () => {
  it('gives the textbook 3-point probabilists rule', () => {
    const { nodes, weights } = gaussHermite(3);
    expect(Array.from(nodes)).toEqual(
      [-Math.sqrt(3), 0, Math.sqrt(3)].map((v) => expect.closeTo(v, 15)),
    );
    expect(Array.from(weights)).toEqual([1 / 6, 2 / 3, 1 / 6].map((v) => expect.closeTo(v, 15)));
  });

  it.each([3, 4, 10, 32, 64, 100, 128, 150, 192])(
    'with %i points integrates 1, z^2, z^4 exactly (1e-14), nodes ascending and symmetric',
    (n) => {
      expect(Math.abs(moment(n, 0) - 1)).toBeLessThan(1e-14);
      expect(Math.abs(moment(n, 2) - 1)).toBeLessThan(1e-14);
      expect(Math.abs(moment(n, 4) - 3)).toBeLessThan(1e-14);
      const { nodes } = gaussHermite(n);
      for (let i = 1; i < n; i++) expect(nodes[i]).toBeGreaterThan(nodes[i - 1] ?? 0);
      for (let i = 0; i < n; i++) expect(nodes[i]).toBeCloseTo(-(nodes[n - 1 - i] ?? 0), 13);
    },
  );

  it('is exact up to degree 2n - 1 and not beyond', () => {
    // 5 points: z^8 exact (105), z^10 not (945).
    expect(relativeError(moment(5, 8), doubleFactorial(4))).toBeLessThan(1e-14);
    expect(relativeError(moment(5, 10), doubleFactorial(5))).toBeGreaterThan(1e-3);
    expect(relativeError(moment(20, 16), doubleFactorial(8))).toBeLessThan(1e-13);
  });

  it.each([0, -1, 2.5, MAX_HERMITE_POINTS + 1, Number.NaN])('rejects %s points', (n) => {
    expect(() => gaussHermite(n)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }) as Error,
    );
  });
});

describe('gaussianExpectation', () => {
  const tanh = gainRow('tanh').moments;

  it.each(tanh.map((m) => [m.q, m.m2] as const))(
    'E[tanh(sqrt(%s) z)^2] matches mpmath, by Gauss-Hermite and piecewise',
    (q, reference) => {
      const expected = Number(reference);
      // 128-point Gauss-Hermite loses accuracy as q grows, because tanh's poles at
      // z = i pi / (2 sqrt(q)) come closer to the real line: about 1e-15 at q = 1/4, 3e-13 at 1,
      // 1e-6 at 4. The piecewise rule stays at rounding level.
      const hermiteTolerance = q < 1 ? 1e-14 : q === 1 ? 1e-12 : 1e-5;
      expect(relativeError(gaussianExpectation(tanhSquared, { q }), expected)).toBeLessThan(
        hermiteTolerance,
      );
      expect(
        relativeError(gaussianExpectation(tanhSquared, { q, breakpoints: [] }), expected),
      ).toBeLessThan(1e-14);
    },
  );

  it('E[relu(z)^2] = q/2 piecewise to 1e-14', () => {
    for (const q of [0.01, 1, 7, 1000]) {
      expect(
        relativeError(gaussianExpectation(reluSquared, { q, breakpoints: [0] }), q / 2),
      ).toBeLessThan(1e-14);
    }
  });

  it('E[relu(z)] = 1/sqrt(2 pi): piecewise to 1e-14, Gauss-Hermite only slowly across the kink', () => {
    // (Gauss-Hermite gets E[relu(z)^2] exactly, but only because (z^2 + z|z|) / 2 has a
    // symmetric odd part; |z| itself shows the algebraic convergence.)
    const expected = 1 / Math.sqrt(2 * Math.PI);
    const relu = (x: number): number => Math.max(0, x);
    expect(relativeError(gaussianExpectation(relu, { breakpoints: [0] }), expected)).toBeLessThan(
      1e-14,
    );
    const hermite = relativeError(gaussianExpectation(relu), expected);
    // About 3e-3 relative with 128 points: why kinked activations must use breakpoints.
    expect(hermite).toBeLessThan(1e-2);
    expect(hermite).toBeGreaterThan(1e-4);
  });

  it('integrates a jump exactly when told where it is', () => {
    const step = (x: number): number => (x >= 0.3 ? 1 : 0);
    // P(sqrt(2) z >= 0.3) = erfc(0.15) / 2 = 0.416002014286318252614895238809 (mpmath).
    const expected = 0.4160020142863183;
    expect(
      relativeError(gaussianExpectation(step, { q: 2, breakpoints: [0.3] }), expected),
    ).toBeLessThan(1e-14);
  });

  it('returns g(0) at q = 0 and defaults q to 1', () => {
    expect(gaussianExpectation((x) => x + 3, { q: 0 })).toBe(3);
    expect(gaussianExpectation((x) => x * x)).toBeCloseTo(1, 14);
  });

  it.each([-1, Number.NaN, Infinity])('rejects q = %s with INVALID_ARGUMENT', (q) => {
    let caught: unknown;
    try {
      gaussianExpectation(tanhSquared, { q });
    } catch (error) {
      caught = error;
    }
    expect(isActlabError(caught, 'INVALID_ARGUMENT')).toBe(true);
  });
});
