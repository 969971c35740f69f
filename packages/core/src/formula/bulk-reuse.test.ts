/**
 * map and grad share their registers, and grad on the input map has just seen skips the value
 * steps (a training step's backward pass after its forward pass). These tests make sure the reuse
 * never changes a result: every answer equals a fresh activation's, whatever came before it.
 */
import { describe, expect, it } from 'vitest';
import { compileFormula } from './compile.js';
import { parseFormula } from './parse.js';

const FORMULAS = [
  'x * tanh(softplus(x))',
  'where(x > 0.5, x * sigmoid(x), -x^2) + abs(x - 1)',
  'max(x, 0) * leaky_relu(2 * x, alpha = 0.3)',
];

function fresh(text: string) {
  return compileFormula(parseFormula(text).tree, {});
}

describe.each(FORMULAS)('%s', (text) => {
  const inputs = () => Float64Array.from({ length: 80 }, (_, i) => (i - 40) / 9);

  it('grad after map on the same input equals a fresh grad', () => {
    const c = fresh(text);
    const xs = inputs();
    c.map(xs);
    expect(Array.from(c.grad(xs))).toEqual(Array.from(fresh(text).grad(xs)));
  });

  it('a changed element, length or sign of zero is never served from the registers', () => {
    const c = fresh(text);
    const xs = inputs();
    c.map(xs);
    const changed = Float64Array.from(xs);
    changed[17] = 2.25;
    expect(Array.from(c.grad(changed))).toEqual(Array.from(fresh(text).grad(changed)));
    c.map(xs);
    const shorter = xs.subarray(0, 79);
    expect(Array.from(c.grad(shorter))).toEqual(Array.from(fresh(text).grad(shorter)));
    const zeros = Float64Array.of(0, 1);
    const negativeZeros = Float64Array.of(-0, 1);
    c.map(zeros);
    expect(Array.from(c.grad(negativeZeros))).toEqual(Array.from(fresh(text).grad(negativeZeros)));
  });

  it('the same input edited in place after map is recomputed', () => {
    const c = fresh(text);
    const xs = inputs();
    c.map(xs);
    xs[3] = -7;
    expect(Array.from(c.grad(xs))).toEqual(Array.from(fresh(text).grad(xs)));
    expect(Array.from(c.map(xs))).toEqual(Array.from(fresh(text).map(xs)));
  });

  it('long inputs (more than one chunk) in between leave no stale values', () => {
    const c = fresh(text);
    const xs = inputs();
    const long = Float64Array.from({ length: 1000 }, (_, i) => Math.sin(i));
    c.map(xs);
    c.map(long);
    expect(Array.from(c.grad(xs))).toEqual(Array.from(fresh(text).grad(xs)));
    c.grad(long);
    expect(Array.from(c.map(xs))).toEqual(Array.from(fresh(text).map(xs)));
    expect(Array.from(c.grad(xs))).toEqual(Array.from(fresh(text).grad(xs)));
  });
});
