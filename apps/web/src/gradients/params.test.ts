import { describe, expect, it } from 'vitest';
import { gradientKey, gradientQuery, readGradientParams } from './params.js';

describe('readGradientParams', () => {
  it('uses the defaults for an empty query', () => {
    expect(readGradientParams(new URLSearchParams())).toEqual({
      depth: 10,
      width: 16,
      lr: 0.1,
      seed: 1,
    });
  });

  it('reads, rounds and clamps values from a hand-edited link', () => {
    const params = readGradientParams(new URLSearchParams('depth=40&width=7.6&lr=0.05&seed=abc'));
    expect(params).toEqual({ depth: 20, width: 8, lr: 0.05, seed: 1 });
  });

  it('round-trips through the query', () => {
    const params = { depth: 6, width: 32, lr: 0.25, seed: 42 };
    expect(readGradientParams(new URLSearchParams(gradientQuery(params)))).toEqual(params);
    expect(gradientKey(params)).not.toBe(gradientKey({ ...params, seed: 43 }));
  });
});
