/**
 * Softmax on one output unit is refused when the run is planned, with the reason and the
 * alternatives, instead of training to a constant with zero gradients. The same network with one
 * output unit per class, or a sigmoid output, plans as before.
 */
import { describe, expect, it } from 'vitest';
import { TrainError } from './errors.js';
import { planRun } from './plan.js';
import { createSession } from './session.js';

function refusal(request: Parameters<typeof planRun>[0]): TrainError {
  try {
    planRun(request);
  } catch (error) {
    if (error instanceof TrainError) return error;
    throw error;
  }
  throw new Error('planRun accepted the request');
}

describe('vector activations over one unit', () => {
  it('refuses softmax on the single output of a two-class data set, naming what to use', () => {
    const error = refusal({
      dataset: 'circle',
      hidden: [4],
      activation: 'tanh',
      epochs: 5,
      output: 'softmax',
    });
    expect(error.code).toBe('INVALID_CONFIG');
    expect(error.path).toBe('output');
    expect(error.message).toMatch(/single unit always gives the same output/);
    expect(error.message).toMatch(/sigmoid output with binary cross-entropy/);
  });

  it('refuses a hidden softmax layer of one unit', () => {
    const error = refusal({
      dataset: 'circle',
      hidden: [1, 4],
      activation: ['softmax', 'tanh'],
      epochs: 5,
    });
    expect(error.path).toBe('activation');
    expect(error.message).toMatch(/hidden layer 1/);
  });

  it('is right that such a layer cannot train: its output is 1 whatever the input', () => {
    // The refused set-up, built by hand below planRun: every prediction is exactly 1.
    const plan = planRun({
      dataset: 'circle',
      hidden: [4],
      activation: 'tanh',
      epochs: 1,
      output: 'sigmoid',
    });
    const session = createSession({
      ...plan,
      config: {
        ...plan.config,
        layers: [plan.config.layers[0]!, { units: 1, activation: 'softmax' }],
      },
    });
    const out = new Float64Array(1);
    for (const x of [
      [0, 0],
      [3, -2],
      [-5, 5],
    ]) {
      session.predict(Float64Array.from(x), out);
      expect(out[0]).toBe(1);
    }
  });

  it('accepts softmax over one unit per class and a sigmoid output', () => {
    expect(() =>
      planRun({ dataset: 'circle', hidden: [4], activation: 'tanh', epochs: 5, output: 'sigmoid' }),
    ).not.toThrow();
    expect(() =>
      planRun({ dataset: 'iris', hidden: [4], activation: 'tanh', epochs: 5, output: 'softmax' }),
    ).not.toThrow();
  });
});
