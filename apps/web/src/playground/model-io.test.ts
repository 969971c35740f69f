import type { ModelJson } from '@actlab/train';
import { createNetwork, modelToJson } from '@actlab/train';
import { describe, expect, it } from 'vitest';
import { importModel, modelText } from './model-io.js';
import { DEFAULT_SETTINGS, normalizeSettings } from './settings.js';

function model(output = 1, inputs = 2) {
  const net = createNetwork(inputs, [
    { units: 3, activation: 'leaky_relu', params: { alpha: 0.2 } },
    { units: 2, activation: 'elu' },
    { units: output, activation: output === 1 ? 'sigmoid' : 'softmax' },
  ]);
  net.layers[0]!.weights.fill(0.5);
  return modelToJson(net, output === 1 ? 'binary_cross_entropy' : 'cross_entropy');
}

describe('model import', () => {
  it('reads the settings a model implies, with non-default parameters', () => {
    const result = importModel(modelText(model()), DEFAULT_SETTINGS);
    if ('error' in result) throw new Error(result.error);
    expect(result.settings.hidden).toEqual([3, 2]);
    expect(result.settings.activations).toEqual([
      { id: 'leaky_relu', params: { alpha: 0.2 } },
      { id: 'elu', params: {} },
    ]);
    expect(result.settings.output).toEqual({ id: 'sigmoid', params: {} });
    expect(result.settings.loss).toBe('binary_cross_entropy');
    expect(result.settings.dataset).toBe('circle');
    expect(result.model.layers[0]?.weights[0]).toEqual([0.5, 0.5]);
  });

  it('refuses text that is not JSON', () => {
    expect(importModel('{nope', DEFAULT_SETTINGS)).toEqual({
      error: expect.stringContaining('not JSON'),
    });
  });

  it('refuses an invalid model, naming the field', () => {
    const bad = { ...model(), layers: [{ activation: 'tanh', weights: [[1, 'x']], biases: [0] }] };
    const result = importModel(JSON.stringify(bad), DEFAULT_SETTINGS);
    expect('error' in result && result.error).toMatch(/layers\[0\]\.weights\[0\]\[1\]/);
  });

  it('refuses a model that does not fit the dataset', () => {
    const three = importModel(JSON.stringify(model(3)), DEFAULT_SETTINGS);
    expect('error' in three && three.error).toMatch(/3 output units; circle needs 1/);
    const wide = importModel(JSON.stringify(model(1, 4)), DEFAULT_SETTINGS);
    expect('error' in wide && wide.error).toMatch(/takes 4 inputs/);
    const ok = importModel(JSON.stringify(model(3)), { ...DEFAULT_SETTINGS, dataset: 'spiral3' });
    expect('error' in ok).toBe(false);
  });

  it('keeps typed formulas, with their declared parameters, through export and import', () => {
    const swish = 'formula: x * sigmoid(beta * x); beta = 1.702 in (0, 10]';
    const net = createNetwork(2, [
      { units: 3, activation: 'formula: x*tanh(softplus(x))' },
      { units: 2, activation: swish, params: { beta: 2 } },
      { units: 1, activation: 'sigmoid' },
    ]);
    const text = modelText(modelToJson(net, 'binary_cross_entropy'));
    const result = importModel(text, DEFAULT_SETTINGS);
    if ('error' in result) throw new Error(result.error);
    // Core keeps a formula's normalized text as its id; the parameter that differs stays.
    expect(result.settings.activations).toEqual([
      { id: 'formula:x * tanh(softplus(x))', params: {} },
      { id: 'formula:x * sigmoid(beta * x); beta = 1.702 in (0, 10]', params: { beta: 2 } },
    ]);
    // The settings go on to the URL and back unchanged.
    expect(normalizeSettings(result.settings).activations).toEqual(result.settings.activations);
    // The file itself names each formula by its normalized id, with every declared value.
    const back = JSON.parse(text) as ModelJson;
    expect(back.layers[0]?.activation).toBe('formula:x * tanh(softplus(x))');
    expect(back.layers[1]?.params).toEqual({ beta: 2 });
  });
});
