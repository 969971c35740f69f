import { activationInfo } from '@actlab/core';
import { describe, expect, it } from 'vitest';
import { formatInterval, frameworkRows, kinkLabel, plotDescription } from './describe.js';

describe('catalog facts in words', () => {
  it('write intervals with their open and closed ends and infinities', () => {
    expect(formatInterval(activationInfo('sigmoid').range)).toBe('(0, 1)');
    expect(formatInterval(activationInfo('relu').range)).toBe('[0, ∞)');
    expect(formatInterval(activationInfo('gelu').range)).toBe('[−0.169971, ∞)');
    expect(formatInterval(activationInfo('tanh_shrink').range)).toBe('(−∞, ∞)');
  });

  it('write a kink as the derivative used there', () => {
    expect(kinkLabel('relu', { x: 0, derivative: 0 })).toBe('relu′(0) = 0');
    expect(kinkLabel('hard_sigmoid', { x: -3, derivative: 0 })).toBe('hard_sigmoid′(−3) = 0');
  });

  it('list the libraries that ship a function', () => {
    expect(frameworkRows(activationInfo('relu')).map(([lib]) => lib)).toEqual([
      'PyTorch',
      'Keras',
      'TensorFlow.js',
    ]);
  });

  it('describe the plot for screen readers', () => {
    expect(
      plotDescription(['ReLU', 'GELU'], true, false, { xmin: -6, xmax: 6, ymin: -1, ymax: 6.5 }),
    ).toBe('Plot of ReLU, GELU: f as solid lines. x from −6 to 6, y from −1 to 6.5.');
  });
});
