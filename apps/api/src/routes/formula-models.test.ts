import { gradients } from '@actlab/train';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { expectProblem } from '../test-helpers.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildApp({ limits: { maxTrainingWork: 500_000_000 } });
});
afterAll(() => app.close());

const post = (url: string, payload: unknown) =>
  app.inject({ method: 'POST', url, payload: payload as object });

/** Mish written out by hand: an independent reference for `x * tanh(softplus(x))`. */
const mish = (z: number) => z * Math.tanh(Math.log1p(Math.exp(z)));
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

interface Layer {
  activation: string;
  params: Record<string, number>;
  weights: number[][];
  biases: number[];
}

/** A one-hidden-layer model's output for `row`, computed here from its weights. */
function reference(layers: Layer[], row: number[], hidden: (z: number) => number): number {
  const [h, out] = layers as [Layer, Layer];
  const a = h.weights.map((w, i) =>
    hidden(w.reduce((s, wij, j) => s + wij * (row[j] ?? 0), h.biases[i] ?? 0)),
  );
  const z = (out.weights[0] ?? []).reduce((s, w, j) => s + w * (a[j] ?? 0), out.biases[0] ?? 0);
  return sigmoid(z);
}

describe('POST /v1/train with a typed formula', () => {
  it('trains a formula layer, reports its metrics, and the model it answers predicts', async () => {
    const res = await post('/v1/train', {
      dataset: 'circle',
      points: 200,
      noise: 0,
      hidden: [6],
      activation: 'formula: x * tanh(softplus(x))',
      optimizer: { type: 'adam', learningRate: 0.03 },
      epochs: 40,
      seed: 3,
    });
    expect(res.statusCode).toBe(200);
    const answer = res.json() as {
      history: { loss: number; accuracy: number }[];
      model: { inputSize: number; layers: Layer[] };
      metrics: { trainLoss: number };
    };
    expect(answer.history).toHaveLength(40);
    expect(answer.history.at(-1)?.loss).toBeLessThan(answer.history[0]?.loss as number);
    expect(answer.history.at(-1)?.accuracy).toBeGreaterThan(0.8);
    expect(Number.isFinite(answer.metrics.trainLoss)).toBe(true);
    const [layer] = answer.model.layers;
    expect(layer?.activation.startsWith('formula:')).toBe(true);

    // The answered model, sent back, predicts what the same network computes by hand.
    const inputs = [
      [0.1, -0.3],
      [2, 1.5],
      [-1, 0.25],
    ];
    const predicted = await post('/v1/predict', { model: answer.model, inputs });
    expect(predicted.statusCode).toBe(200);
    const { outputs } = predicted.json() as { outputs: number[][] };
    inputs.forEach((row, i) =>
      expect(outputs[i]?.[0]).toBeCloseTo(reference(answer.model.layers, row, mish), 12),
    );
  });

  it('takes a formula with parameters per layer, and marks a bad one by its field', async () => {
    const base = { dataset: 'circle', points: 60, hidden: [3, 3], epochs: 2, seed: 1 };
    const ok = await post('/v1/train', {
      ...base,
      activation: [
        'relu',
        { id: 'formula: x * sigmoid(beta * x); beta = 1 in (0, 10]', params: { beta: 2 } },
      ],
    });
    expect(ok.statusCode).toBe(200);
    const layers = (ok.json() as { model: { layers: Layer[] } }).model.layers;
    expect(layers[1]?.params).toEqual({ beta: 2 });

    const formula = 'formula: x * sigmod(x)';
    const bad = expectProblem(
      await post('/v1/train', { ...base, activation: ['relu', formula] }),
      422,
    );
    expect(bad.code).toBe('INVALID_FORMULA');
    expect(bad.field).toBe('activation[1]');
    expect(formula.slice(bad.position, bad.end as number)).toBe('sigmod');
    expect(bad.suggestions).toContain('sigmoid');

    const output = expectProblem(
      await post('/v1/train', { ...base, activation: 'relu', output: { id: 'formula: (x' } }),
      422,
    );
    expect(output.field).toBe('output.id');

    const range = expectProblem(
      await post('/v1/train', {
        ...base,
        activation: {
          id: 'formula: x * sigmoid(beta * x); beta = 1 in (0, 10]',
          params: { beta: 11 },
        },
      }),
      422,
    );
    expect(range.field).toMatch(/activation/);
  });

  it('counts a formula toward the work budget', async () => {
    const body = { dataset: 'circle', points: 400, hidden: [32], epochs: 100, seed: 1 };
    // tanh costs 1.80e8 work units, within 5e8; the 20-term formula 7.13e8, over it.
    expect((await post('/v1/train', { ...body, activation: 'tanh' })).statusCode).toBe(200);
    const long = `formula: ${Array.from({ length: 20 }, () => 'tanh(x)').join(' + ')}`;
    const over = expectProblem(await post('/v1/train', { ...body, activation: long }), 422);
    expect(over.code).toBe('WORK_LIMIT');
    expect(over.detail).toMatch(/formula/);
  });
});

describe('POST /v1/predict and /v1/gradients with a formula layer', () => {
  const leaky = (z: number) => (z >= 0 ? z : 0.1 * z);
  const model = (activation: string, params: Record<string, number> = {}) => ({
    format: 'actlab.mlp/1',
    inputSize: 2,
    layers: [
      {
        activation,
        params,
        weights: [
          [1, 2],
          [0.5, -1],
          [-0.7, 0.3],
        ],
        biases: [0, 0.1, -0.2],
      },
      { activation: 'sigmoid', params: {}, weights: [[1, -1, 0.5]], biases: [0.5] },
    ],
  });
  const inputs = [
    [0.3, 0.7],
    [1, -2],
    [-0.4, 0.9],
  ];

  it('predicts with a formula layer as the network computes by hand', async () => {
    const m = model('formula: where(x >= 0, x, 0.1 * x)');
    const res = await post('/v1/predict', { model: m, inputs });
    expect(res.statusCode).toBe(200);
    const { outputs } = res.json() as { outputs: number[][] };
    inputs.forEach((row, i) =>
      expect(outputs[i]?.[0]).toBeCloseTo(reference(m.layers, row, leaky), 14),
    );
  });

  it('gives the gradients of the catalog activation the formula writes out', async () => {
    const targets = [1, 0, 1];
    const loss = 'binary_cross_entropy';
    const res = await post('/v1/gradients', {
      model: model('formula: where(x >= 0, x, alpha * x); alpha = 0.1'),
      inputs,
      targets,
      loss,
    });
    expect(res.statusCode).toBe(200);
    const got = res.json() as { loss: number; layers: { weights: number[][]; biases: number[] }[] };
    // No pre-activation is exactly 0, where the two might choose different slopes.
    const expected = gradients(model('leaky_relu', { alpha: 0.1 }), inputs, targets, loss);
    expect(got.loss).toBeCloseTo(expected.loss, 14);
    got.layers.forEach((layer, l) =>
      layer.weights.forEach((row, r) =>
        row.forEach((g, c) =>
          expect(g).toBeCloseTo(expected.layers[l]?.weights[r]?.[c] as number, 14),
        ),
      ),
    );
  });

  it('marks a formula error in a layer by its field and position', async () => {
    const activation = 'formula: x * sigmod(x)';
    const problem = expectProblem(
      await post('/v1/predict', { model: model(activation), inputs }),
      422,
    );
    expect(problem.code).toBe('INVALID_FORMULA');
    expect(problem.field).toBe('model.layers[0].activation');
    expect(activation.slice(problem.position, problem.end as number)).toBe('sigmod');
  });

  it('counts a formula layer toward rows x work', async () => {
    const small = await buildApp({ limits: { maxForwardWork: 200 } });
    try {
      // 13 parameters x 3 rows = 39: within 200 for catalog ids, over it with a formula's cost.
      const send = (activation: string) =>
        small.inject({
          method: 'POST',
          url: '/v1/predict',
          payload: { model: model(activation), inputs },
        });
      expect((await send('leaky_relu')).statusCode).toBe(200);
      const over = expectProblem(
        await send('formula: x * sigmoid(x) + tanh(x) * exp(-x * x)'),
        422,
      );
      expect(over.code).toBe('WORK_LIMIT');
    } finally {
      await small.close();
    }
  });
});
