import { activationInfo } from '@actlab/core';
import { describe, expect, it } from 'vitest';
import { frameworkRows, kinkLabel, plotDescription } from './describe.js';

describe('catalog facts in words', () => {
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
    // Exponents take the true minus too (before @actlab/format only the leading sign did).
    expect(
      plotDescription(['ReLU'], false, true, { xmin: -2e-5, xmax: 2e-5, ymin: -1, ymax: 1 }),
    ).toBe('Plot of ReLU: f′ as dashed lines. x from −2e−5 to 2e−5, y from −1 to 1.');
  });
});
