import { describe, expect, it } from 'vitest';
import { DY_TOLERANCE, checkEvaluate, relativeError } from './check.js';

const xs = [-8, -1, 0, 0.5, 7.9];
const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));
const bare = { y: xs.map(sigmoid) };
/** The API's answer as it should be: the same y, and dy = y(1 - y). */
const good = {
  id: 'sigmoid',
  params: {},
  y: xs.map(sigmoid),
  dy: xs.map((x) => sigmoid(x) * (1 - sigmoid(x))),
};

describe('relativeError', () => {
  it('is relative to the reference, absolute at 0, and infinite for non-finite values', () => {
    expect(relativeError(1.5, 1)).toBe(0.5);
    expect(relativeError(1e-20, 0)).toBe(1e-20);
    expect(relativeError(NaN, 1)).toBe(Infinity);
    expect(relativeError(1, Infinity)).toBe(Infinity);
  });
});

describe('checkEvaluate', () => {
  it('accepts the right answer', () => {
    const check = checkEvaluate(good, bare, xs.length);
    expect(check.ok).toBe(true);
    expect(check.maxYError).toBe(0);
    expect(check.maxDyError).toBeLessThan(DY_TOLERANCE);
  });

  it('rejects a y off by more than 1e-15 relative', () => {
    const y = [...good.y];
    y[2] = (y[2] as number) * (1 + 4e-15);
    const check = checkEvaluate({ ...good, y }, bare, xs.length);
    expect(check.ok).toBe(false);
    expect(check.maxYError).toBeGreaterThan(1e-15);
  });

  it('accepts a y one ulp away', () => {
    const y = [...good.y];
    y[3] = (y[3] as number) + Number.EPSILON / 2;
    expect(checkEvaluate({ ...good, y }, bare, xs.length).ok).toBe(true);
  });

  it('rejects an answer without dy, with a wrong dy, or of the wrong length', () => {
    const noDy = { id: good.id, params: good.params, y: good.y };
    expect(checkEvaluate(noDy, bare, xs.length).detail).toMatch(/no dy/);
    expect(checkEvaluate({ ...good, dy: good.y }, bare, xs.length).ok).toBe(false);
    expect(checkEvaluate({ ...good, y: good.y.slice(1) }, bare, xs.length).detail).toMatch(/no y/);
  });

  it('rejects strings where numbers belong, another activation, and garbage', () => {
    const dy = good.dy.map((v, i) => (i === 0 ? 'NaN' : v));
    expect(checkEvaluate({ ...good, dy }, bare, xs.length).ok).toBe(false);
    expect(checkEvaluate({ ...good, id: 'tanh' }, bare, xs.length).ok).toBe(false);
    expect(checkEvaluate(null, bare, xs.length).ok).toBe(false);
    expect(checkEvaluate(good, { y: 'nope' }, xs.length).ok).toBe(false);
  });
});
