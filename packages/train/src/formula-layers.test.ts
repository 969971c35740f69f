/**
 * Custom (typed) activations in the trainer: a `formula:` id goes wherever a catalog id goes, is
 * saved in the actlab.mlp/1 format with its parameters and loads back to the same function, and
 * its layers pass the gradient check.
 */
import { activation } from '@actlab/core';
import { describe, expect, it } from 'vitest';
import { TrainError } from './errors.js';
import { checkGradients } from './gradients.js';
import { modelFromJson, modelToJson } from './model-json.js';
import type { ModelJson } from './model-json.js';
import { createNetwork } from './network.js';
import { planRun } from './plan.js';
import { predict } from './predict.js';
import { createRng } from './rng.js';
import { runSession } from './run.js';
import { createSession } from './session.js';

const MISH = 'formula: x * tanh(softplus(x))';
const GATED = 'formula: x * sigmoid(beta * x); beta = 1.702 in (0, 10]';
const KINKED = 'formula: where(x >= 0, x, a * expm1(x)); a = 0.5 in [0, 2]';

/** A model whose layers use the given activations, with random weights. */
function randomModel(seed: number, sizes: number[], layers: [string, Record<string, number>?][]) {
  const rng = createRng(seed);
  return {
    format: 'actlab.mlp/1',
    inputSize: sizes[0] as number,
    layers: layers.map(([id, params], l) => ({
      activation: id,
      params: params ?? {},
      weights: Array.from({ length: sizes[l + 1] as number }, () =>
        Array.from({ length: sizes[l] as number }, () => rng.normal()),
      ),
      biases: Array.from({ length: sizes[l + 1] as number }, () => 0.5 * rng.normal()),
    })),
  } satisfies ModelJson;
}

describe('formula layers', () => {
  it('pass the gradient check, parameters and kinks included', () => {
    const rng = createRng(7);
    const inputs = Array.from({ length: 6 }, () => [rng.normal(), rng.normal(), rng.normal()]);
    const targets = inputs.map((_, i) => i % 2);
    const model = randomModel(3, [3, 4, 4, 2], [[MISH], [GATED, { beta: 2.5 }], ['softmax']]);
    const check = checkGradients(model, inputs, targets, 'cross_entropy');
    expect(check.parameters).toBe(4 * 4 + 4 * 5 + 2 * 5);
    expect(check.maxRelativeError).toBeLessThan(1e-6);
    const kinked = randomModel(4, [3, 5, 1], [[KINKED, { a: 1.5 }], ['sigmoid']]);
    const targets01 = inputs.map((_, i) => [i % 2]);
    expect(
      checkGradients(kinked, inputs, targets01, 'binary_cross_entropy').maxRelativeError,
    ).toBeLessThan(1e-6);
  });

  it('save the formula and its parameters and load back to the same function', () => {
    const network = createNetwork(2, [
      { units: 3, activation: GATED, params: { beta: 3 } },
      { units: 1, activation: 'sigmoid' },
    ]);
    const json = modelToJson(network);
    const saved = json.layers[0];
    expect(saved?.activation).toMatch(/^formula:/);
    expect(saved?.activation).toContain('sigmoid(beta * x)');
    expect(saved?.params).toEqual({ beta: 3 });
    const back = modelFromJson(JSON.parse(JSON.stringify(json))).network;
    const row = Float64Array.from([0.3, -1.2]);
    const a = predict(network, 'binary_cross_entropy', row);
    const b = predict(back, 'binary_cross_entropy', row);
    expect(Array.from(b)).toEqual(Array.from(a));
    // The loaded layer computes x * sigmoid(3x), i.e. silu with beta = 3.
    const silu = activation('silu', { beta: 3 });
    const act = back.layers[0]?.act;
    expect(act?.kind).toBe('scalar');
    if (act?.kind === 'scalar') expect(act.f(0.7)).toBeCloseTo(silu.f(0.7), 15);
  });

  it('refuse a bad formula or parameter at planning, naming the layer and the position', () => {
    const plan = (activation: string, params?: Record<string, number>) => () =>
      planRun({
        dataset: 'circle',
        points: 50,
        hidden: [4],
        activation: params ? { id: activation, params } : activation,
        epochs: 1,
      });
    expect(plan('formula: x * sigmod(x)')).toThrow(TrainError);
    expect(plan('formula: x * sigmod(x)')).toThrow(/sigmoid/);
    expect(plan(GATED, { beta: 20 })).toThrow(/beta/);
    expect(() => modelFromJson({ ...randomModel(1, [2, 1], [['formula: x *']]) })).toThrow(
      /layers\[0\]/,
    );
  });

  it('train a network on the circle as well as the catalog function they spell', async () => {
    const loss = async (act: string) => {
      const plan = planRun({
        dataset: 'circle',
        points: 200,
        hidden: [6],
        activation: act,
        epochs: 40,
        seed: 5,
      });
      const result = await runSession(createSession(plan));
      return result.history.at(-1)?.trainLoss as number;
    };
    const custom = await loss('formula: x * sigmoid(x)');
    const silu = await loss('silu');
    expect(custom).toBeLessThan(0.6);
    // Same function, same seed: the runs agree up to rounding.
    expect(Math.abs(custom - silu)).toBeLessThan(1e-9);
  });
});
