/**
 * The model routes as an attacker sends them, at the default limits: answers too large to build,
 * sizes that would allocate before the shapes are checked, coerced types and out-of-range targets.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { expectProblem } from '../test-helpers.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildApp({ rateLimit: false });
});
afterAll(() => app.close());

const post = (url: string, payload: unknown) =>
  app.inject({ method: 'POST', url, payload: payload as object });

/** A one-layer linear model of `units` units over `inputs` inputs, all weights 0. */
function linear(inputs: number, units: number) {
  return {
    format: 'actlab.mlp/1',
    inputSize: inputs,
    layers: [
      {
        activation: 'linear',
        weights: Array.from({ length: units }, () => new Array<number>(inputs).fill(0)),
        biases: new Array<number>(units).fill(0),
      },
    ],
  };
}

/** `n` rows of `width` zeros. */
const rows = (n: number, width = 1) => Array.from({ length: n }, () => new Array(width).fill(0));

describe('answers bounded before they are built', () => {
  it('refuses a predict answer of 25,000,000 numbers (a 175 KB request) with 413, quickly', async () => {
    const body = { model: linear(1, 2_500), inputs: rows(10_000) };
    expectProblem(await post('/v1/predict', body), 413);
    // Refused before anything is built (the attack test measures how long such requests take).
    const problem = expectProblem(await post('/v1/predict', body), 413);
    expect(problem.code).toBe('ANSWER_TOO_LARGE');
    expect(problem.field).toBe('inputs');
    expect(problem.detail).toContain('rows x outputs = 10000 x 2500 = 25,000,000 numbers');
    expect(problem.detail).toContain('limit of 50,000');
  });

  it('still answers a predict of 50,000 numbers', async () => {
    const res = await post('/v1/predict', { model: linear(1, 5), inputs: rows(10_000) });
    expect(res.statusCode).toBe(200);
    expect((res.json() as { outputs: number[][] }).outputs).toHaveLength(10_000);
  });

  it('refuses a gradient answer of 250,001 numbers with 413 naming the model', async () => {
    const problem = expectProblem(
      await post('/v1/gradients', {
        model: linear(250_000, 1),
        inputs: rows(1, 250_000),
        targets: [0],
        loss: 'mse',
      }),
      413,
    );
    expect(problem.code).toBe('ANSWER_TOO_LARGE');
    expect(problem.field).toBe('model');
  });
});

describe('shapes checked before allocation, no 500', () => {
  it('refuses inputSize 2^31 and 2^32 in the schema, naming the field', async () => {
    for (const inputSize of [2 ** 31, 2 ** 32, 1e308]) {
      const model = { ...linear(1, 1), inputSize };
      const problem = expectProblem(await post('/v1/predict', { model, inputs: [[0]] }), 400);
      expect(problem.field).toBe('model.inputSize');
    }
  });

  it('checks every row of weights against the inputs it claims before allocating', async () => {
    // 100,000 rows x 1,000,000 claimed inputs would be 800 GB of weights: today a RangeError (500).
    const model = { ...linear(1, 1), inputSize: 1_000_000 };
    model.layers[0] = { ...linear(1, 100_000).layers[0]! };
    const problem = expectProblem(await post('/v1/predict', { model, inputs: [[0]] }), 422);
    expect(problem.code).toBe('INVALID_MODEL');
    expect(problem.field).toBe('model.layers[0].weights[0]');
    expect(problem.detail).toMatch(/must have 1000000 entries, has 1/);
  });

  it('checks a later layer against the units of the one before it (glu halves them)', async () => {
    const model = {
      format: 'actlab.mlp/1',
      inputSize: 1,
      layers: [
        { activation: 'glu', weights: [[1], [1]], biases: [0, 0] },
        { activation: 'linear', weights: [[1, 1]], biases: [0] },
      ],
    };
    const problem = expectProblem(await post('/v1/predict', { model, inputs: [[0]] }), 422);
    expect(problem.field).toBe('model.layers[1].weights[0]');
    model.layers[1] = { activation: 'linear', weights: [[2]], biases: [0] };
    expect((await post('/v1/predict', { model, inputs: [[0]] })).statusCode).toBe(200);
  });
});

describe('strict types', () => {
  it('refuses a null weight (a diverged model serialized by JSON.stringify) naming it', async () => {
    const model = linear(1, 1);
    model.layers[0]!.weights = [[null as unknown as number]];
    const problem = expectProblem(await post('/v1/predict', { model, inputs: [[1]] }), 400);
    expect(problem.field).toBe('model.layers[0].weights[0][0]');
  });

  it('refuses non-finite weights, as the model reader promises', async () => {
    const model = linear(1, 1);
    model.layers[0]!.weights = [['NaN' as unknown as number]];
    const problem = expectProblem(await post('/v1/predict', { model, inputs: [[1]] }), 422);
    expect(problem.field).toBe('model.layers[0].weights[0][0]');
  });

  it('refuses booleans and numeric strings in inputs', async () => {
    for (const value of [true, '1', null]) {
      const problem = expectProblem(
        await post('/v1/predict', { model: linear(1, 1), inputs: [[value]] }),
        400,
      );
      expect(problem.field).toBe('inputs[0][0]');
    }
  });

  it('refuses a loss name of 100,000 characters in the schema', async () => {
    const problem = expectProblem(
      await post('/v1/gradients', {
        model: linear(1, 1),
        inputs: [[0]],
        targets: [0],
        loss: 'l'.repeat(100_000),
      }),
      400,
    );
    expect(problem.field).toBe('loss');
    expect(problem.suggestions).toBeUndefined();
  });
});

describe('targets in range', () => {
  const sigmoid = {
    format: 'actlab.mlp/1',
    inputSize: 1,
    layers: [{ activation: 'sigmoid', weights: [[1]], biases: [0] }],
  };

  it('refuses a binary cross-entropy target of 7 with 422 naming it', async () => {
    const body = { model: sigmoid, inputs: [[0], [1]], loss: 'binary_cross_entropy' };
    const problem = expectProblem(await post('/v1/gradients', { ...body, targets: [1, 7] }), 422);
    expect(problem.code).toBe('INVALID_TARGET');
    expect(problem.field).toBe('targets[1]');
    expect((await post('/v1/gradients', { ...body, targets: [1, 0.25] })).statusCode).toBe(200);
    const nested = expectProblem(
      await post('/v1/gradients', { ...body, targets: [[1], [-1]] }),
      422,
    );
    expect(nested.field).toBe('targets[1][0]');
  });

  it('refuses it in /v1/backprop too', async () => {
    const body = { model: sigmoid, input: [1], loss: 'binary_cross_entropy', learningRate: 0.1 };
    expect(expectProblem(await post('/v1/backprop', { ...body, target: 7 }), 422).field).toBe(
      'target',
    );
    expect((await post('/v1/backprop', { ...body, target: 1 })).statusCode).toBe(200);
  });

  it('refuses a cross-entropy class index out of range', async () => {
    const softmax = {
      format: 'actlab.mlp/1',
      inputSize: 1,
      layers: [{ activation: 'softmax', weights: [[1], [-1]], biases: [0, 0] }],
    };
    const body = { model: softmax, inputs: [[0]], loss: 'cross_entropy' };
    expect(expectProblem(await post('/v1/gradients', { ...body, targets: [2] }), 422).field).toBe(
      'targets[0]',
    );
  });
});
