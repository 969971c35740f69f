/**
 * The initializations' statistics: sample mean and variance of many drawn weights against the
 * variance each one promises (the sampling error of a variance from 40,000 draws is about 0.7%).
 */
import { describe, expect, it } from 'vitest';
import { TrainError } from './errors.js';
import { checkInitGain, checkInitId, initialize, initializeWithGain, INIT_IDS } from './init.js';
import { createNetwork } from './network.js';
import { createRng } from './rng.js';

/** A 200 -> 200 -> 50 network: 40,000 weights in the first layer, 10,000 in the second. */
function network() {
  return createNetwork(200, [
    { units: 200, activation: 'tanh' },
    { units: 50, activation: 'linear' },
  ]);
}

function moments(xs: Float64Array): { mean: number; variance: number } {
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length;
  return { mean, variance };
}

describe('initializations', () => {
  it('lists lecun among the ids', () => {
    expect(INIT_IDS).toContain('lecun');
    expect(checkInitId('lecun')).toBe('lecun');
    expect(() => checkInitId('glorot')).toThrow(TrainError);
  });

  it('lecun draws weights with variance 1/fan_in and zero biases', () => {
    const net = network();
    initialize(net, 'lecun', createRng(3));
    for (const layer of net.layers) {
      const { mean, variance } = moments(layer.weights);
      expect(Math.abs(mean)).toBeLessThan(4 * Math.sqrt(1 / 200 / layer.weights.length));
      expect(variance * layer.inputSize).toBeGreaterThan(0.96);
      expect(variance * layer.inputSize).toBeLessThan(1.04);
      expect([...layer.biases].every((b) => b === 0)).toBe(true);
    }
  });

  it('he keeps variance 2/fan_in and uniform U[-0.5, 0.5] variance 1/12 with biases 0.1', () => {
    const he = network();
    initialize(he, 'he', createRng(4));
    const first = he.layers[0]!;
    expect(moments(first.weights).variance * 200).toBeCloseTo(2, 1);
    const uniform = network();
    initialize(uniform, 'uniform', createRng(4));
    const w = uniform.layers[0]!.weights;
    expect(Math.abs(moments(w).variance * 12 - 1)).toBeLessThan(0.03);
    expect(w.every((x) => x >= -0.5 && x < 0.5)).toBe(true);
    expect(uniform.layers[0]!.biases.every((b) => b === 0.1)).toBe(true);
  });

  it.each([0.5, 5 / 3, 3])(
    'initializeWithGain(%d) draws N(0, gain^2/fan_in) with zero biases',
    (gain) => {
      const net = network();
      initializeWithGain(net, gain, createRng(5));
      for (const layer of net.layers) {
        const ratio = (moments(layer.weights).variance * layer.inputSize) / (gain * gain);
        expect(Math.abs(ratio - 1)).toBeLessThan(0.04);
        expect(layer.biases.every((b) => b === 0)).toBe(true);
      }
    },
  );

  it('gain 1 gives the very weights lecun gives from the same seed', () => {
    const a = network();
    const b = network();
    initialize(a, 'lecun', createRng(8));
    initializeWithGain(b, 1, createRng(8));
    expect([...b.layers[1]!.weights]).toEqual([...a.layers[1]!.weights]);
  });

  it('refuses a gain that is not a positive finite number up to the limit', () => {
    for (const bad of [0, -1, Infinity, NaN, '2', 101]) {
      expect(() => checkInitGain(bad)).toThrow(
        expect.objectContaining({ code: 'INVALID_CONFIG', path: 'initGain' }),
      );
    }
    expect(checkInitGain(1.5)).toBe(1.5);
    expect(() => initializeWithGain(network(), -2, createRng(1))).toThrow(TrainError);
  });
});
