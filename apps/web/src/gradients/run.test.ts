import { describe, expect, it } from 'vitest';
import { decadeRange } from './gradient-chart.js';
import { createGradientSession, gradientConfig } from './session.js';

const params = { depth: 10, width: 16, lr: 0.1, seed: 1 };

describe('the gradient session', () => {
  it('builds the experiment networks: depth - 1 hidden layers, the right initialization', () => {
    const relu = gradientConfig('relu', params);
    expect(relu.layers).toHaveLength(10);
    expect(relu.layers[9]).toEqual({ units: 1, activation: 'sigmoid' });
    expect(relu.init).toBe('he');
    expect(gradientConfig('sigmoid', params).init).toBe('xavier');
  });

  it('shows the vanishing gradient at initialization: sigmoid far below ReLU', () => {
    const snapshot = createGradientSession(params).snapshot();
    expect(snapshot.epoch).toBe(0);
    const ratio = (i: number) => {
      const norms = snapshot.columns[i]?.initialNorms ?? [];
      return (norms[0] ?? NaN) / (norms[norms.length - 1] ?? NaN);
    };
    expect(snapshot.columns.map((c) => c.activation)).toEqual(['sigmoid', 'tanh', 'relu']);
    expect(snapshot.columns[0]?.initialNorms).toHaveLength(10);
    expect(ratio(0)).toBeLessThan(1e-2);
    expect(ratio(2)).toBeGreaterThan(0.05);
  });

  it('trains, and the update rule uses the current weight and learning rate', () => {
    const session = createGradientSession({ ...params, depth: 3 });
    const before = session.snapshot().columns[2]?.update.theta;
    session.advance();
    const after = session.snapshot();
    expect(after.epoch).toBe(1);
    const update = after.columns[2]?.update;
    expect(update?.alpha).toBe(0.1);
    expect(update?.theta).not.toBe(before);
    expect(Number.isFinite(update?.gradient)).toBe(true);
  });
});

describe('decadeRange', () => {
  it('covers the values with whole decades', () => {
    expect(decadeRange([3e-7, 0.02, 0, NaN])).toEqual([1e-7, 0.1]);
    expect(decadeRange([])).toEqual([1e-8, 1]);
    expect(decadeRange([1])).toEqual([1, 10]);
  });
});
