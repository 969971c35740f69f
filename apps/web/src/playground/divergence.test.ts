import { createNetwork } from '@actlab/train';
import { describe, expect, it } from 'vitest';
import { findDivergence, layerName, smallerRate } from './divergence.js';

const health = (gradients: number[], weights = gradients) =>
  gradients.map((g, i) => ({ gradientNorm: g, weightNorm: weights[i] as number }));

const net = () =>
  createNetwork(2, [
    { units: 4, activation: 'tanh' },
    { units: 2, activation: 'relu' },
    { units: 1, activation: 'sigmoid' },
  ]);

describe('divergence', () => {
  it('is nothing while every number is finite', () => {
    expect(findDivergence(net(), 0.5, health([1, 1, 1]), 0.03, 10)).toBeUndefined();
  });

  it('names the first layer from the input side whose weights went bad', () => {
    const n = net();
    n.layers[1]!.weights[0] = NaN;
    n.layers[2]!.biases[0] = Infinity;
    const d = findDivergence(n, NaN, health([1, 1, 1]), 3, 42);
    expect(d?.layer).toBe(1);
    expect(d?.message).toContain('epoch 42');
    expect(d?.message).toContain('hidden layer 2 (2 relu units)');
    expect(d?.message).toContain('now 3; try 0.3');
  });

  it('names a layer whose gradient is not finite, or the largest layer when only the loss is', () => {
    expect(findDivergence(net(), 1, health([1, 1, Infinity], [1, 1, 1]), 1, 1)?.message).toContain(
      'the output layer (1 sigmoid unit)',
    );
    const lossOnly = findDivergence(net(), Infinity, health([1, 1, 1], [2, 9e150, 5]), 1, 1);
    expect(lossOnly?.layer).toBe(1);
    expect(lossOnly?.message).toContain('the loss became infinite');
    expect(lossOnly?.message).toContain('hidden layer 2 (2 relu units) grew largest (size 9e+150)');
  });

  it('suggests the offered rate nearest a tenth of the current one', () => {
    expect(smallerRate(10)).toBe(1);
    expect(smallerRate(0.03)).toBe(0.003);
    expect(smallerRate(0.3)).toBe(0.03);
    expect(smallerRate(1e-5)).toBeCloseTo(1e-6, 15);
    expect(layerName(net(), 0)).toBe('hidden layer 1 (4 tanh units)');
  });
});
