import { describe, expect, it } from 'vitest';
import { decadeRange } from './gradient-chart.js';
import { MAX_EPOCHS, createGradientRun, gradientData, gradientPlan } from './run.js';

const params = { depth: 10, width: 16, lr: 0.1, seed: 1 };

describe('the gradient run', () => {
  it('builds the experiment networks: depth - 1 hidden layers, the right initialization', () => {
    const data = gradientData(params.seed);
    const plan = gradientPlan('relu', params, data);
    // Every point trains, none is held out.
    expect(plan.data.train).toBe(data);
    expect(plan.data.test).toBeUndefined();
    const relu = plan.config;
    expect(relu.layers).toHaveLength(10);
    expect(relu.layers[0]).toEqual({ units: 16, activation: 'relu' });
    expect(relu.layers[9]).toEqual({ units: 1, activation: 'sigmoid' });
    expect(relu.init).toBe('he');
    expect(relu.batchSize).toBe(10);
    expect(gradientPlan('sigmoid', params, data).config.init).toBe('xavier');
  });

  it('shows the vanishing gradient at initialization: sigmoid far below ReLU', () => {
    const snapshot = createGradientRun(params).snapshot();
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
    const run = createGradientRun({ ...params, depth: 3 });
    const before = run.snapshot().columns[2]?.update.theta;
    // A budget of 0 ms still runs one epoch, on every network.
    expect(run.runFor(0, () => 0)).toBe(1);
    const after = run.snapshot();
    expect(after.epoch).toBe(1);
    const update = after.columns[2]?.update;
    expect(update?.alpha).toBe(0.1);
    expect(update?.theta).not.toBe(before);
    expect(Number.isFinite(update?.gradient)).toBe(true);
  });
});

describe('the run in slices', () => {
  it('runs whole epochs within the budget and stops at MAX_EPOCHS', () => {
    const run = createGradientRun({ ...params, depth: 2, width: 2 });
    // A clock that advances 1 ms per reading: a 9 ms budget ends after a few epochs.
    let t = 0;
    const ran = run.runFor(9, () => t++);
    expect(ran).toBeGreaterThan(0);
    expect(run.epoch).toBe(ran);
    while (!run.done) run.runFor(1e9, () => 0);
    expect(run.epoch).toBe(MAX_EPOCHS);
    expect(run.runFor(1e9, () => 0)).toBe(0);
    expect(run.snapshot().epoch).toBe(MAX_EPOCHS);
  });
});

describe('decadeRange', () => {
  it('covers the values with whole decades', () => {
    expect(decadeRange([3e-7, 0.02, 0, NaN])).toEqual([1e-7, 0.1]);
    expect(decadeRange([])).toEqual([1e-8, 1]);
    expect(decadeRange([1])).toEqual([1, 10]);
  });
});
