import { createNetwork, gridInputs, planeGrid } from '@actlab/train';
import { describe, expect, it } from 'vitest';
import { nodeCount, nodeOutputs } from './thumbnails.js';

describe('node thumbnails', () => {
  it('lay the grid over [-extent, extent]² as predictGrid does: x fastest, rows from the bottom', () => {
    const g = gridInputs(planeGrid(6, 3), 2);
    expect(Array.from(g)).toEqual([-6, -6, 0, -6, 6, -6, -6, 0, 0, 0, 6, 0, -6, 6, 0, 6, 6, 6]);
    const wide = gridInputs(planeGrid(1, 2), 4);
    expect(Array.from(wide.slice(0, 4))).toEqual([-1, -1, 0, 0]);
    // Through features, each point's (x1, x2) becomes the chosen inputs: here x1² and x2.
    const squared = gridInputs(planeGrid(2, 2, ['x1sq', 'x2']), 2);
    expect(Array.from(squared)).toEqual([4, -2, 4, -2, 4, 2, 4, 2]);
  });

  it('give each node its output, compared with tanh and the sigmoid written out by hand', () => {
    const net = createNetwork(2, [
      { units: 2, activation: 'tanh' },
      { units: 1, activation: 'sigmoid' },
    ]);
    net.layers[0]!.weights.set([0.5, -1, 2, 0.25]);
    net.layers[0]!.biases.set([0.1, -0.2]);
    net.layers[1]!.weights.set([1.5, -0.7]);
    net.layers[1]!.biases.set([0.3]);
    const inputs = gridInputs(planeGrid(2, 4), 2);
    const rows = 16;
    const out = nodeOutputs(net, inputs, rows);
    expect(nodeCount(net)).toBe(5);
    expect(out).toHaveLength(5 * rows);
    for (let r = 0; r < rows; r++) {
      const x = inputs[2 * r]!;
      const y = inputs[2 * r + 1]!;
      const h0 = Math.tanh(0.5 * x - y + 0.1);
      const h1 = Math.tanh(2 * x + 0.25 * y - 0.2);
      const o = 1 / (1 + Math.exp(-(1.5 * h0 - 0.7 * h1 + 0.3)));
      expect(out[r]).toBeCloseTo(x, 6);
      expect(out[rows + r]).toBeCloseTo(y, 6);
      expect(out[2 * rows + r]).toBeCloseTo(h0, 6);
      expect(out[3 * rows + r]).toBeCloseTo(h1, 6);
      expect(out[4 * rows + r]).toBeCloseTo(o, 6);
    }
  });
});
