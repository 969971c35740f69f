import { describe, expect, it } from 'vitest';
import type { FormulaNode } from './ast.js';
import { formulaLatex } from './latex.js';
import { parseFormula } from './parse.js';

/** LaTeX of the expression of `text`. */
function latex(text: string): string {
  return formulaLatex(parseFormula(text).tree);
}

describe('formulaLatex', () => {
  it('writes well-known activations as one writes them by hand', () => {
    expect(latex('x * tanh(softplus(x))')).toBe('x \\tanh(\\operatorname{softplus}(x))');
    expect(latex('x * sigmoid(beta * x); beta = 1.702')).toBe('x \\sigma(\\beta x)');
    expect(latex('x * sigmoid(1.702 * x)')).toBe('x \\sigma(1.702x)');
    expect(latex('x / (1 + exp(-x))')).toBe('\\frac{x}{1 + e^{-x}}');
    expect(latex('log(1 + exp(x))')).toBe('\\ln(1 + e^{x})');
    expect(latex('abs(x) / (1 + abs(x))')).toBe('\\frac{\\lvert x \\rvert}{1 + \\lvert x \\rvert}');
    expect(latex('0.5 * x * (1 + erf(x / sqrt(2)))')).toBe(
      // The outer parentheses grow with the fraction inside them.
      '0.5x \\left(1 + \\operatorname{erf}\\left(\\frac{x}{\\sqrt{2}}\\right)\\right)',
    );
    expect(latex('exp(-x^2 / 2)')).toBe('e^{\\frac{-x^{2}}{2}}');
  });

  it('shows where as cases', () => {
    expect(latex('where(x >= 0, x, 0.01 * x)')).toBe(
      '\\begin{cases} x & x \\ge 0 \\\\ 0.01x & \\text{otherwise} \\end{cases}',
    );
    expect(latex('where(x != 1, 1, 0)')).toBe(
      '\\begin{cases} 1 & x \\ne 1 \\\\ 0 & \\text{otherwise} \\end{cases}',
    );
  });

  it('names catalog activations with their parameters as a subscript', () => {
    expect(latex('leaky_relu(x, alpha = 0.2)')).toBe(
      '\\operatorname{leaky\\_relu}_{\\alpha=0.2}(x)',
    );
    expect(latex('relu(x) + elu(x) - gelu_tanh(x)')).toBe(
      '\\operatorname{ReLU}(x) + \\operatorname{ELU}(x) - \\operatorname{gelu\\_tanh}(x)',
    );
    expect(latex('hard_tanh(x, min_val = -2, max_val = 2)')).toBe(
      '\\operatorname{hard\\_tanh}_{\\mathrm{min\\_val}=-2, \\mathrm{max\\_val}=2}(x)',
    );
    expect(latex('squareplus(x, b = 2)')).toBe('\\operatorname{squareplus}_{b=2}(x)');
  });

  it('marks derivative nodes with a prime', () => {
    const derivative: FormulaNode = {
      kind: 'activation-derivative',
      id: 'leaky_relu',
      arg: { kind: 'x' },
      params: { alpha: { kind: 'number', value: 0.2 } },
    };
    expect(formulaLatex(derivative)).toBe("\\operatorname{leaky\\_relu}'_{\\alpha=0.2}(x)");
    expect(
      formulaLatex({
        kind: 'activation-derivative',
        id: 'sigmoid',
        arg: { kind: 'x' },
        params: {},
      }),
    ).toBe("\\sigma'(x)");
  });

  it('multiplies implicitly only where that is unambiguous', () => {
    expect(latex('2 * x')).toBe('2x');
    expect(
      formulaLatex({
        kind: 'binary',
        op: '*',
        left: { kind: 'number', value: -2 },
        right: { kind: 'x' },
      }),
    ).toBe('-2x');
    expect(latex('2 * pi * x')).toBe('2 \\pi x');
    expect(latex('sigmoid(x) * (1 - sigmoid(x))')).toBe('\\sigma(x) (1 - \\sigma(x))');
    expect(latex('2 * 3')).toBe('2 \\cdot 3');
    expect(latex('x * 2')).toBe('x \\cdot 2');
    expect(latex('x * x')).toBe('x \\cdot x');
    expect(latex('pi * x')).toBe('\\pi x');
    expect(latex('2 * (x + 1)')).toBe('2 (x + 1)');
    expect(latex('x * -x')).toBe('x \\cdot (-x)');
    expect(latex('x * (1 / 3)')).toBe('x \\cdot \\frac{1}{3}');
    expect(latex('1e-7 * x')).toBe('10^{-7} x');
    expect(latex('2.5e-7 * x')).toBe('2.5 \\cdot 10^{-7} x');
  });

  it('brackets powers, negations and parameter names as needed', () => {
    expect(latex('-x^2')).toBe('-x^{2}');
    expect(latex('(-x)^2')).toBe('(-x)^{2}');
    expect(latex('(x^2)^3 + x^2^3')).toBe('(x^{2})^{3} + x^{2^{3}}');
    expect(latex('exp(x)^2')).toBe('(e^{x})^{2}');
    expect(latex('(x / 2)^2')).toBe('\\left(\\frac{x}{2}\\right)^{2}');
    expect(latex('x - (-1)')).toBe('x - (-1)');
    expect(latex('a * x + my_param + lambda; a = 1; my_param = 2; lambda = 3')).toBe(
      'a x + \\mathrm{my\\_param} + \\lambda',
    );
    expect(latex('min(x, 6) + max(x, 0) + atan(x) + sign(x)')).toBe(
      '\\min(x, 6) + \\max(x, 0) + \\arctan(x) + \\operatorname{sign}(x)',
    );
  });
});
