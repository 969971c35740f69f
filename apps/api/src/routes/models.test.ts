import { gradients } from '@actlab/train';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { expectProblem } from '../test-helpers.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildApp({ limits: { maxRows: 5, maxForwardWork: 40 } });
});
afterAll(() => app.close());

const post = (url: string, payload: unknown) =>
  app.inject({ method: 'POST', url, payload: payload as object });

/** A 2-2-1 network small enough to compute by hand. */
const model = {
  format: 'actlab.mlp/1',
  inputSize: 2,
  layers: [
    {
      activation: 'tanh',
      params: {},
      weights: [
        [1, 2],
        [0.5, -1],
      ],
      biases: [0, 0.1],
    },
    { activation: 'sigmoid', params: {}, weights: [[1, -1]], biases: [0.5] },
  ],
};

/** The same network written out as formulas, an independent reference. */
function reference([a, b]: [number, number]): number {
  const h1 = Math.tanh(a + 2 * b);
  const h2 = Math.tanh(0.5 * a - b + 0.1);
  return 1 / (1 + Math.exp(-(h1 - h2 + 0.5)));
}

describe('POST /v1/predict', () => {
  it('answers the outputs row by row', async () => {
    const res = await post('/v1/predict', {
      model,
      inputs: [
        [0, 0],
        [1, -2],
        [0.3, 0.7],
      ],
    });
    expect(res.statusCode).toBe(200);
    const { outputs } = res.json() as { outputs: number[][] };
    const rows: [number, number][] = [
      [0, 0],
      [1, -2],
      [0.3, 0.7],
    ];
    rows.forEach((row, i) => expect(outputs[i]?.[0]).toBeCloseTo(reference(row), 14));
  });

  it('encodes non-finite outputs, and decodes non-finite params for the core to judge', async () => {
    const exp = {
      format: 'actlab.mlp/1',
      inputSize: 1,
      layers: [{ activation: 'exponential', weights: [[1000]], biases: [0] }],
    };
    const res = await post('/v1/predict', { model: exp, inputs: [[1]] });
    expect(res.json()).toEqual({ outputs: [['Infinity']] });
    const clip = {
      ...exp,
      layers: [
        { activation: 'hard_tanh', params: { min_val: '-Infinity' }, weights: [[1]], biases: [0] },
      ],
    };
    const problem = expectProblem(await post('/v1/predict', { model: clip, inputs: [[-5]] }), 422);
    expect(problem.detail).toMatch(/min_val must be a finite number.*got -Infinity/);
  });

  it('names the model field at fault (422)', async () => {
    const bad = { ...model, layers: [model.layers[0], { ...model.layers[1], biases: [1, 2] }] };
    const problem = expectProblem(await post('/v1/predict', { model: bad, inputs: [[0, 0]] }), 422);
    expect(problem.code).toBe('INVALID_MODEL');
    expect(problem.field).toBe('model.layers[1].biases');
    const act = { ...model, layers: [{ ...model.layers[0], activation: 'nope' }, model.layers[1]] };
    expect(
      expectProblem(await post('/v1/predict', { model: act, inputs: [[0, 0]] }), 422).code,
    ).toBe('INVALID_MODEL');
  });

  it('rejects rows of the wrong width (422) and malformed bodies (400)', async () => {
    const wide = expectProblem(await post('/v1/predict', { model, inputs: [[0, 0, 0]] }), 422);
    expect(wide.field).toBe('inputs[0]');
    expect(expectProblem(await post('/v1/predict', { model, inputs: [['a', 0]] }), 400).field).toBe(
      'inputs[0][0]',
    );
    expect(
      expectProblem(
        await post('/v1/predict', { model: { ...model, format: 'x' }, inputs: [[0, 0]] }),
        400,
      ).field,
    ).toBe('model.format');
  });

  it('limits rows (413) and rows x parameters (422)', async () => {
    const rows = (n: number) => Array.from({ length: n }, () => [0, 0]);
    expect(expectProblem(await post('/v1/predict', { model, inputs: rows(6) }), 413).field).toBe(
      'inputs',
    );
    // 9 parameters: 5 rows are 45 > 40.
    expect(expectProblem(await post('/v1/predict', { model, inputs: rows(5) }), 422).code).toBe(
      'WORK_LIMIT',
    );
  });
});

describe('POST /v1/gradients', () => {
  it('answers the loss and every layer gradient, as train computes them', async () => {
    const inputs = [
      [0.2, -0.4],
      [1, 1],
    ];
    const targets = [1, 0];
    const res = await post('/v1/gradients', {
      model,
      inputs,
      targets,
      loss: 'binary_cross_entropy',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(gradients(model, inputs, targets, 'binary_cross_entropy'));
  });

  it('rejects an unknown loss and mismatched targets with 422', async () => {
    const inputs = [[0, 0]];
    const loss = expectProblem(
      await post('/v1/gradients', { model, inputs, targets: [1], loss: 'l9' }),
      422,
    );
    expect(loss.code).toBe('INVALID_CONFIG');
    expect(loss.field).toBe('loss');
    const targets = expectProblem(
      await post('/v1/gradients', { model, inputs, targets: [1, 0], loss: 'mse' }),
      422,
    );
    expect(targets.field).toBe('targets');
  });
});
