/**
 * The notes' derivations keep their value line by line, and end where the catalog is: checked
 * against 40-digit decimal.js references for sigma'(x) and softmax, not against the lines
 * themselves.
 */
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import {
  sigmoidDerivation,
  sigmoidSlope,
  softmaxComputation,
  softmaxOfTwo,
} from './derivations.js';

Decimal.set({ precision: 40 });

/** sigma'(x) = e^-x / (1 + e^-x)^2 to 40 digits. */
function slopeRef(x: number): number {
  const e = new Decimal(-x).exp();
  return e.div(e.plus(1).pow(2)).toNumber();
}

describe('sigmoidDerivation', () => {
  it.each([0, 1, -2, 2.5, 10])(
    'at x = %s every line from the chain rule on has the value sigma′(x)',
    (x) => {
      const steps = sigmoidDerivation(x);
      expect(steps).toHaveLength(6);
      const ref = slopeRef(x);
      // Lines 3 to 6 are f'(x) rewritten: each within a few ulp of the 40-digit value.
      for (const step of steps.slice(2)) expect(step.value).toBeCloseTo(ref, 14);
      // Line 1 is f(x) itself: 1 / (1 + e^-x).
      const f = new Decimal(1).div(new Decimal(-x).exp().plus(1)).toNumber();
      expect(steps[0]?.value).toBeCloseTo(f, 15);
      expect(sigmoidSlope(x)).toBeCloseTo(ref, 16);
    },
  );

  it('fills the learner’s numbers into each line', () => {
    const steps = sigmoidDerivation(-2);
    expect(steps[0]?.numbers).toBe('f(-2) = (1 + e^{-(-2)})^{-1} = 8.38906^{-1}');
    expect(steps.map((s) => s.rule).join(' | ')).toMatch(
      /power rule.*chain rule.*e\^\{-x\}.*simplif|split/,
    );
  });
});

describe('softmaxComputation', () => {
  it('computes the notes’ example: K = 12.2609 and shares 0.838273, 0.018941, 0.142786', () => {
    const scores = [2.33, -1.46, 0.56];
    const c = softmaxComputation(scores);
    const exps = scores.map((z) => new Decimal(z).exp());
    const k = exps.reduce((a, b) => a.plus(b), new Decimal(0));
    expect(c.sum).toBeCloseTo(k.toNumber(), 13);
    c.terms.forEach((t, i) => {
      const ref = (exps[i] as Decimal).div(k).toNumber();
      expect(t.share).toBeCloseTo(ref, 15);
      expect(c.catalog[i]).toBeCloseTo(ref, 15);
    });
    expect(c.steps[1]?.numbers).toBe('K = 10.2779 + 0.232236 + 1.75067 = 12.2609');
  });

  it('overflows as the notes’ method does above z = 709, where the catalog stays exact', () => {
    const c = softmaxComputation([1000, 0]);
    expect(c.sum).toBe(Infinity);
    expect(Number.isNaN(c.terms[0]?.share)).toBe(true);
    expect(c.catalog).toEqual([1, 0]);
  });
});

describe('softmaxOfTwo', () => {
  it.each([-3, 0, 0.7, 5])('softmax([%s, 0]) equals sigma(z)', (z) => {
    const { softmax, sigmoid } = softmaxOfTwo(z);
    const ref = new Decimal(1).div(new Decimal(-z).exp().plus(1)).toNumber();
    expect(softmax).toBeCloseTo(ref, 15);
    expect(sigmoid).toBeCloseTo(ref, 15);
  });
});
