/**
 * The edge of chaos against closed forms (tanh and ReLU without bias) and against a second,
 * independent mean-field computation written here: Gaussian expectations by a dense trapezoid
 * rule, the fixed point by plain iteration and chi = 1 by bisection.
 */
import { activation } from '@actlab/core';
import { describe, expect, it } from 'vitest';
import { edgeOfChaos } from './edge-of-chaos.js';

/** E[g(z)], z ~ N(0, 1), by the trapezoid rule on [-10, 10] (spectrally accurate for smooth g). */
function gaussian(g: (z: number) => number): number {
  const h = 0.01;
  let sum = 0;
  for (let i = -1000; i <= 1000; i++) sum += g(i * h) * Math.exp(-((i * h) ** 2) / 2);
  return (sum * h) / Math.sqrt(2 * Math.PI);
}

/** chi at the tanh fixed point for (sigma_w^2, sigma_b^2), iterating q from 1. */
function tanhChi(sw2: number, sb2: number): number {
  let q = 1;
  for (let i = 0; i < 300; i++) q = sw2 * gaussian((z) => Math.tanh(Math.sqrt(q) * z) ** 2) + sb2;
  return sw2 * gaussian((z) => Math.cosh(Math.sqrt(q) * z) ** -4);
}

/** sigma_w^2 where tanhChi crosses 1, by bisection on [1, 4]. */
function tanhEdge(sb2: number): number {
  let a = 1;
  let b = 4;
  for (let k = 0; k < 20; k++) {
    const mid = (a + b) / 2;
    if (tanhChi(mid, sb2) > 1) b = mid;
    else a = mid;
  }
  return (a + b) / 2;
}

describe('edgeOfChaos', () => {
  it('is sigma_w^2 = 1 for tanh without bias (chi = sigma_w^2 tanh′(0)² at q* = 0)', () => {
    expect(edgeOfChaos(activation('tanh'), 0)).toBeCloseTo(1, 2);
  });

  it('is sigma_w^2 = 2 for ReLU (chi = sigma_w^2 / 2 at any q)', () => {
    expect(edgeOfChaos(activation('relu'), 0)).toBeCloseTo(2, 2);
    expect(edgeOfChaos(activation('relu'), 0.1)).toBeCloseTo(2, 2);
  });

  it('moves to larger weights with bias, as an independent mean-field solve finds', () => {
    for (const sb2 of [0.05, 0.3]) {
      const reference = tanhEdge(sb2);
      expect(reference).toBeGreaterThan(1.1);
      expect(edgeOfChaos(activation('tanh'), sb2)).toBeCloseTo(reference, 2);
    }
  });
});
