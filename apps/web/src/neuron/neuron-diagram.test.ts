import { describe, expect, it } from 'vitest';
import { layoutNeuronDiagram, subscript, weightWidth } from './neuron-diagram.js';
import { numericSum, symbolicSum } from './sum-text.js';

describe('the neuron diagram', () => {
  const layout = layoutNeuronDiagram([1, 0.5, -1], [0.6, -0.4, 0], -0.1, 0.3, 1, 'Binary step');

  it('draws one edge per input, one for the bias and two onwards', () => {
    expect(layout.inputs).toHaveLength(3);
    expect(layout.edges).toHaveLength(6);
    expect(layout.inputs.map((n) => n.caption)).toEqual(['x₁', 'x₂', 'x₃']);
  });

  it('shows the sign of a weight by dashes, not only by colour', () => {
    const [pos, neg, zero, bias] = layout.edges;
    expect([pos?.dashed, neg?.dashed, zero?.dashed, bias?.dashed]).toEqual([
      false,
      true,
      false,
      true,
    ]);
    expect(neg?.label).toBe('w₂ = -0.4');
  });

  it('makes larger weights thicker', () => {
    expect(weightWidth(0, 3)).toBe(1);
    expect(weightWidth(-3, 3)).toBe(7);
    expect(weightWidth(1.5, 3)).toBeGreaterThan(weightWidth(0.5, 3));
    expect(weightWidth(10, 3)).toBe(7);
  });

  it('stays inside its view box', () => {
    const big = layoutNeuronDiagram([1, 1, 1, 1, 1], [3, 3, 3, 3, 3], 5, 20, 1, 'Sigmoid');
    for (const n of [...big.inputs, big.bias, big.sum, big.output]) {
      expect(n.x).toBeGreaterThan(0);
      expect(n.x).toBeLessThan(big.width);
      expect(n.y).toBeGreaterThan(0);
      expect(n.y).toBeLessThan(big.height);
    }
  });
});

describe('the written-out sum', () => {
  it('names every term and then puts the numbers in', () => {
    expect(subscript(12)).toBe('₁₂');
    expect(symbolicSum(2)).toBe('z = w₁x₁ + w₂x₂ + b');
    expect(numericSum([1, 0.5, -1], [0.6, 0.4, 0.2], -0.1, [0.6, 0.2, -0.2], 0.5)).toEqual([
      '= 0.6 × 1 + 0.4 × 0.5 + 0.2 × (−1) + (−0.1)',
      '= 0.6 + 0.2 + (−0.2) + (−0.1)',
      '= 0.5',
    ]);
  });
});

describe('the activation plot interval', () => {
  it('keeps z and every kink in view with a margin', async () => {
    const { plotInterval } = await import('./activation-plot.js');
    expect(plotInterval(0)).toEqual([-6, 6]);
    expect(plotInterval(0.5, [10])).toEqual([-6, 12]);
    expect(plotInterval(-20, [1])).toEqual([-22, 6]);
  });
});
