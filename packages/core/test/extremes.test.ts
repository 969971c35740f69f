/**
 * The ends of the double range: finite logits further apart than Number.MAX_VALUE, both at
 * +-MAX_VALUE, mixed with infinities. Softmax and its family must give the limits (a share of
 * exactly 0 or 1, halves for a tie), never NaN, and the error-free transformations must not turn an
 * overflow into NaN. The expected values are the mathematical limits, stated here.
 */
import { describe, expect, it } from 'vitest';
import { activation } from '../src/index.js';
import {
  productError,
  quotientError,
  squareError,
  sumError,
} from '../src/numeric/double-double.js';

const M = Number.MAX_VALUE;
const vector = (id: string, params?: Record<string, number>) => {
  const a = activation(id, params);
  if (a.kind !== 'vector') throw new Error(`${id} is not a vector activation`);
  return a;
};

/** [input, softmax, softmin, sparsemax] at the extremes. */
const CASES: readonly [number[], number[], number[], number[]][] = [
  [
    [-1e308, 1e308],
    [0, 1],
    [1, 0],
    [0, 1],
  ],
  [
    [-M, M],
    [0, 1],
    [1, 0],
    [0, 1],
  ],
  [
    [M, -M],
    [1, 0],
    [0, 1],
    [1, 0],
  ],
  [
    [M, M],
    [0.5, 0.5],
    [0.5, 0.5],
    [0.5, 0.5],
  ],
  [
    [-M, -M],
    [0.5, 0.5],
    [0.5, 0.5],
    [0.5, 0.5],
  ],
  [
    [M, M, -M],
    [0.5, 0.5, 0],
    [0, 0, 1],
    [0.5, 0.5, 0],
  ],
  [
    [1e308, -1e308, Infinity],
    [0, 0, 1],
    [0, 1, 0],
    [0, 0, 1],
  ],
  [
    [-Infinity, -M, M],
    [0, 0, 1],
    [1, 0, 0],
    [0, 0, 1],
  ],
];

describe('the softmax family at the ends of the double range', () => {
  it.each(CASES)('%j: softmax, softmin and sparsemax give the limits', (x, soft, min, sparse) => {
    expect([...vector('softmax').f(x)]).toEqual(soft);
    expect([...vector('softmin').f(x)]).toEqual(min);
    expect([...vector('sparsemax').f(x)]).toEqual(sparse);
    // log_softmax is log of softmax's limit: 0, -Infinity or -ln 2.
    expect([...vector('log_softmax').f(x)]).toEqual(
      soft.map((p) => (p === 0.5 ? -Math.LN2 : Math.log(p))),
    );
    for (const id of ['softmax', 'log_softmax', 'softmin', 'sparsemax']) {
      for (const row of vector(id).jacobian(x)) {
        for (const v of row)
          expect(Number.isNaN(v), `${id} Jacobian at ${JSON.stringify(x)}`).toBe(false);
      }
    }
  });

  it('keeps a temperature large enough to bring far logits back into range', () => {
    // (-1e308 - 1e308) / 1e300 = -2e8: finite, though the difference itself overflows.
    const [low, high] = vector('log_softmax', { temperature: 1e300 }).f([-1e308, 1e308]);
    expect(high).toBe(0);
    expect((low as number) / -2e8).toBeCloseTo(1, 12);
  });
});

describe('error-free transformations at overflow', () => {
  it('give an error term of 0, not NaN, when the result overflowed', () => {
    expect(sumError(M, M, M + M)).toBe(0);
    expect(sumError(-1e308, -1e308, -1e308 - 1e308)).toBe(0);
    expect(productError(1e200, 1e200, 1e200 * 1e200)).toBe(0);
    expect(squareError(1e200, 1e200 * 1e200)).toBe(0);
    expect(quotientError(M, 1e-300, M / 1e-300)).toBe(0);
    // Finite cases keep their exact error: 1 + 2^-60 rounds to 1, losing exactly 2^-60.
    expect(sumError(1, 2 ** -60, 1 + 2 ** -60)).toBe(2 ** -60);
  });
});
