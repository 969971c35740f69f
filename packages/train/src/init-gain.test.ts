/** A run planned with `initGain` starts from weights N(0, gain^2 / fan_in) and zero biases. */
import { describe, expect, it } from 'vitest';
import { TrainError } from './errors.js';
import { planRun } from './plan.js';
import { createSession } from './session.js';

const REQUEST = {
  dataset: 'circle',
  points: 60,
  hidden: [200, 200],
  activation: 'tanh',
  epochs: 1,
};

describe('initGain', () => {
  it('draws the weights with standard deviation gain / sqrt(fan_in) and zero biases', () => {
    const gain = 1.5925;
    const session = createSession(planRun({ ...REQUEST, initGain: gain }));
    const layer = session.network.layers[1];
    if (!layer) throw new Error('no second layer');
    const w = Array.from(layer.weights);
    const mean = w.reduce((a, b) => a + b, 0) / w.length;
    const variance = w.reduce((a, b) => a + (b - mean) ** 2, 0) / w.length;
    // 40,000 draws: the sample variance is within about 1.5% (two standard errors) of the law's.
    expect(Math.abs(variance / ((gain * gain) / 200) - 1)).toBeLessThan(0.03);
    expect(Math.abs(mean)).toBeLessThan(0.01);
    expect(Array.from(layer.biases).every((b) => b === 0)).toBe(true);
  });

  it('is refused when it is not a positive finite number', () => {
    expect(() => planRun({ ...REQUEST, initGain: -1 })).toThrow(TrainError);
    expect(() => planRun({ ...REQUEST, initGain: Number.NaN })).toThrow(/initGain/);
  });

  it('leaves the default initialization alone when absent', () => {
    const a = createSession(planRun(REQUEST)).network.layers[0]?.weights;
    const b = createSession(planRun({ ...REQUEST, init: 'xavier' })).network.layers[0]?.weights;
    expect(Array.from(a ?? [])).toEqual(Array.from(b ?? []));
  });
});
