import { describe, expect, it } from 'vitest';
import { firingRule, runNeuron, weightedSum } from './neuron-model.js';

describe('the weighted sum', () => {
  it('is z = sum of w_i x_i plus b, with the products kept', () => {
    const { terms, z } = weightedSum([1, 0.5, -1], [0.6, 0.4, 0.2], -0.1);
    expect(terms).toEqual([0.6, 0.2, -0.2]);
    expect(z).toBeCloseTo(0.5, 15);
    expect(weightedSum([2], [-3], 1).z).toBe(-5);
  });
});

describe('the step neuron (the course opening picture)', () => {
  it('fires when z reaches the threshold and is silent below it', () => {
    const fires = runNeuron([1, 0.5, -1], [0.6, 0.4, 0.2], -0.1, 'binary_step', { threshold: 0 });
    expect(fires.output).toBe(1);
    expect(fires.fires).toBe(true);
    const silent = runNeuron([1, 0.5, -1], [-0.6, 0.4, 0.2], -0.1, 'binary_step', {
      threshold: 0,
    });
    expect(silent.z).toBeCloseTo(-0.7, 15);
    expect(silent.output).toBe(0);
    expect(silent.fires).toBe(false);
  });

  it('counts z exactly at the threshold as firing (x >= theta)', () => {
    expect(runNeuron([1], [1], 0, 'binary_step', { threshold: 1 }).fires).toBe(true);
    expect(runNeuron([1], [1], -0.5, 'binary_step', { threshold: 1 }).fires).toBe(false);
    expect(firingRule('binary_step', { threshold: 1 }).description).toMatch(/θ = 1/);
  });
});

describe('other activations', () => {
  it('sigmoid fires above its resting output 0.5, with core matching 1/(1+e^-z)', () => {
    const r = runNeuron([2], [1.5], -1, 'sigmoid', {});
    expect(r.z).toBe(2);
    expect(r.output).toBeCloseTo(1 / (1 + Math.exp(-2)), 15);
    expect(r.slope).toBeCloseTo(Math.exp(-2) / (1 + Math.exp(-2)) ** 2, 15);
    expect(r.fires).toBe(true);
    expect(runNeuron([2], [-1.5], -1, 'sigmoid', {}).fires).toBe(false);
    expect(r.rule.description).toMatch(/above 0\.5/);
  });

  it('ReLU fires for positive z only, as the course says (deactivated at output <= 0)', () => {
    expect(runNeuron([5], [1], 0, 'relu', {}).output).toBe(5);
    expect(runNeuron([5], [1], 0, 'relu', {}).fires).toBe(true);
    expect(runNeuron([0], [1], 0, 'relu', {}).fires).toBe(false);
    expect(runNeuron([-5], [1], 0, 'relu', {}).fires).toBe(false);
  });

  it('the thresholded ReLU fires only above its threshold (the course: T = 10)', () => {
    expect(runNeuron([5], [1], 0, 'threshold', { threshold: 10, value: 0 }).fires).toBe(false);
    expect(runNeuron([11], [1], 0, 'threshold', { threshold: 10, value: 0 }).fires).toBe(true);
  });

  it('warns that firing is a rough reading for a non-monotonic activation', () => {
    expect(firingRule('gelu', {}).description).toMatch(/not monotonic/);
    expect(firingRule('tanh', {}).description).not.toMatch(/not monotonic/);
  });
});
