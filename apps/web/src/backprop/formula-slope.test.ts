import { customActivation } from '@actlab/core';
import { describe, expect, it } from 'vitest';
import { formulaSlopeTex } from './formula-slope.js';

describe('the slope line of a typed formula', () => {
  it("shows core's derivative in x, then at z with z written in", () => {
    const id = 'formula:x * sigmoid(x)';
    const [symbolic, filled] = formulaSlopeTex(id, 'z', 0.45, '0.7312');
    expect(symbolic).toBe(`f'(x) = ${customActivation(id).derivativeLatex}`);
    expect(filled).toBe("f'(z) = \\sigma(0.45) + 0.45 \\sigma(0.45) (1 - \\sigma(0.45)) = 0.7312");
  });

  it('brackets a negative z and rounds it to the digits of the other numbers', () => {
    // (x² − 3x)' = 2x − 3, at z = −0.451249… written as −0.4512.
    const lines = formulaSlopeTex('formula:x^2 - 3*x', 'z^{(1)}_{2}', -0.451249, '-3.902');
    expect(lines).toEqual(["f'(x) = 2x - 3", "f'(z^{(1)}_{2}) = 2 \\cdot (-0.4512) - 3 = -3.902"]);
  });

  it("writes the formula's parameter values in beside z", () => {
    const [, filled] = formulaSlopeTex('formula:x * sigmoid(beta * x); beta = 1.702', 'z', 1, 'S');
    expect(filled).toContain('\\sigma(1.702 \\cdot 1)');
    expect(filled).not.toContain('\\beta');
  });

  it('writes z into a piecewise derivative and into a catalog function inside the formula', () => {
    expect(formulaSlopeTex('formula:max(x, 0)', 'z', -2, '0')[1]).toMatch(/-2 > 0/);
    expect(formulaSlopeTex('formula:leaky_relu(x, alpha = 0.2)', 'z', -2, '0.2')[1]).toBe(
      "f'(z) = \\operatorname{leaky\\_relu}'_{\\alpha=0.2}(-2) = 0.2",
    );
  });
});
