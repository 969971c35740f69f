import { catalog } from '@actlab/core';
import { describe, expect, it } from 'vitest';
import { latexToText } from './latex-text.js';

describe('latexToText', () => {
  it('writes fractions, exponents and Greek letters as text', () => {
    expect(latexToText('f(x) = \\sigma(x) = \\frac{1}{1 + e^{-x}}')).toBe(
      'f(x) = σ(x) = 1/(1 + e^(-x))',
    );
    expect(latexToText('f(x) = e^{-x^2}')).toBe('f(x) = e^(-x²)');
    expect(latexToText('f(x) = \\frac{x}{\\sqrt{2}}')).toBe('f(x) = x/√2');
    expect(latexToText('\\frac{x}{\\sqrt{2\\pi}}')).toBe('x/√(2π)');
    expect(latexToText('x_{n+1}')).toBe('x_(n+1)');
  });
  it('writes cases as a list of value-if-condition', () => {
    expect(
      latexToText('f(x) = \\begin{cases} 1 & x \\ge \\theta \\\\ 0 & x < \\theta \\end{cases}'),
    ).toBe('f(x) = { 1 if x ≥ θ; 0 if x < θ }');
    expect(
      latexToText('\\begin{cases} 1 & 0 < x < 6 \\\\ 0 & \\text{otherwise} \\end{cases}'),
    ).toBe('{ 1 if 0 < x < 6; 0 otherwise }');
  });
  it('converts every catalog formula and derivative without LaTeX leftovers', () => {
    for (const info of catalog) {
      for (const tex of [info.formula, info.derivative]) {
        const text = latexToText(tex);
        expect(text, `${info.id}: ${text}`).not.toMatch(
          /[\\&]|\b(frac|begin|end|left|right|text)\b/,
        );
        expect(text.length).toBeGreaterThan(4);
      }
    }
  });
});
