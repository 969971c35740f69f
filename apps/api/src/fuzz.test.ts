import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from './app.js';

let app: FastifyInstance;
beforeAll(async () => {
  // A small training budget: a random body that happens to be valid must still finish quickly.
  app = await buildApp({ rateLimit: false, limits: { maxTrainingWork: 200_000 } });
});
afterAll(() => app.close());

/** Every answer is a success or a client error; a client error is a valid problem document. */
function assertWellFormed(res: LightMyRequestResponse): void {
  expect(res.statusCode, res.body).toBeGreaterThanOrEqual(200);
  expect(res.statusCode, res.body).toBeLessThan(500);
  if (res.statusCode >= 400) {
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const problem = res.json() as Record<string, unknown>;
    expect(problem.status).toBe(res.statusCode);
    for (const key of ['type', 'title', 'detail']) expect(typeof problem[key]).toBe('string');
  }
}

const ids = fc.oneof(
  fc.constantFrom('relu', 'softmax', 'glu', 'leaky_relu', 'hard_tanh', 'swish', 'threshold'),
  fc.string({ maxLength: 20 }),
);
const wire = fc.oneof(
  fc.double(),
  fc.constantFrom('Infinity', '-Infinity', 'NaN'),
  fc.string({ maxLength: 5 }),
  fc.constant(null),
);
const nearlyValid = fc.record(
  {
    x: fc.oneof(fc.array(wire, { maxLength: 20 }), fc.jsonValue()),
    params: fc.dictionary(fc.constantFrom('alpha', 'min_val', 'max_val', 'beta', 'z'), wire),
  },
  { requiredKeys: [] },
);
const bodies = fc.oneof(fc.jsonValue(), nearlyValid);

describe('fuzz', () => {
  it('evaluate answers 2xx or 4xx with a problem for any body and id', async () => {
    await fc.assert(
      fc.asyncProperty(ids, bodies, async (id, body) => {
        const res = await app.inject({
          method: 'POST',
          url: `/v1/activations/${encodeURIComponent(id)}/evaluate`,
          payload: JSON.stringify(body),
          headers: { 'content-type': 'application/json' },
        });
        assertWellFormed(res);
      }),
      { numRuns: 300 },
    );
  });

  it('the model, gradient and training routes do too', async () => {
    const routes = fc.constantFrom(
      '/v1/predict',
      '/v1/gradients',
      '/v1/train',
      '/v1/backprop',
      '/v1/depth',
    );
    await fc.assert(
      fc.asyncProperty(routes, fc.jsonValue(), async (url, body) => {
        const res = await app.inject({
          method: 'POST',
          url,
          payload: JSON.stringify(body),
          headers: { 'content-type': 'application/json' },
        });
        assertWellFormed(res);
      }),
      { numRuns: 300 },
    );
  });

  it('the backprop and depth routes do too, for nearly valid bodies', async () => {
    const layer = fc.record({
      activation: ids,
      weights: fc.array(fc.array(wire, { maxLength: 3 }), { maxLength: 7 }),
      biases: fc.array(wire, { maxLength: 7 }),
    });
    const backprop = fc.record(
      {
        model: fc.record({
          format: fc.constant('actlab.mlp/1'),
          inputSize: fc.integer({ min: 0, max: 3 }),
          layers: fc.array(layer, { maxLength: 5 }),
        }),
        input: fc.array(fc.double(), { maxLength: 3 }),
        target: fc.oneof(fc.double(), fc.array(fc.double(), { maxLength: 3 })),
        loss: fc.constantFrom('mse', 'binary_cross_entropy', 'cross_entropy', 'l9'),
        learningRate: fc.oneof(fc.double(), fc.constant(1e308)),
      },
      { requiredKeys: [] },
    );
    const depth = fc.record(
      {
        activation: ids,
        params: fc.dictionary(fc.constantFrom('alpha', 'beta'), wire),
        init: fc.oneof(
          fc.constantFrom('uniform', 'xavier', 'he', 'lecun', 'zeros'),
          fc.record({ gain: fc.double() }),
        ),
        width: fc.integer({ min: -1, max: 40 }),
        depth: fc.integer({ min: -1, max: 30 }),
        biasVariance: fc.double(),
        batch: fc.integer({ min: -1, max: 300 }),
        seed: fc.integer(),
      },
      { requiredKeys: [] },
    );
    const requests = fc.oneof(
      backprop.map((body) => ({ url: '/v1/backprop', body })),
      depth.map((body) => ({ url: '/v1/depth', body })),
    );
    await fc.assert(
      fc.asyncProperty(requests, async ({ url, body }) => {
        const res = await app.inject({
          method: 'POST',
          url,
          payload: JSON.stringify(body),
          headers: { 'content-type': 'application/json' },
        });
        assertWellFormed(res);
      }),
      { numRuns: 300 },
    );
  });

  it('raw bytes that are not JSON are a 4xx problem', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 50 }), async (text) => {
        const res = await app.inject({
          method: 'POST',
          url: '/v1/activations/relu/evaluate',
          payload: text,
          headers: { 'content-type': 'application/json' },
        });
        assertWellFormed(res);
      }),
      { numRuns: 200 },
    );
  });

  it('query routes answer 2xx or 4xx for any query', async () => {
    const query = fc.dictionary(
      fc.constantFrom('x', 'from', 'to', 'points', 'alpha', 'q'),
      fc.oneof(fc.string({ maxLength: 10 }), fc.double().map(String)),
    );
    await fc.assert(
      fc.asyncProperty(
        ids,
        fc.constantFrom('evaluate', 'curve', 'gain'),
        query,
        async (id, route, q) => {
          const res = await app.inject({
            method: 'GET',
            url: `/v1/activations/${encodeURIComponent(id)}/${route}`,
            query: q,
          });
          assertWellFormed(res);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('every route answers extreme sizes without a 500', async () => {
    // Sizes an attacker tries: none, negative, past int32 and uint32, the largest double, a
    // fraction, and beyond exact integers.
    const extreme = fc.constantFrom(0, -1, 2 ** 31, 2 ** 32, 1e308, -1e308, 0.5, 2 ** 53 + 2);
    const layer = (n: number) => ({ activation: 'relu', weights: [[n]], biases: [0] });
    const model = (inputSize: number, n: number) => ({
      format: 'actlab.mlp/1',
      inputSize,
      layers: [layer(n)],
    });
    const requests = fc.oneof(
      fc.tuple(extreme, extreme).map(([inputSize, n]) => ({
        url: '/v1/predict',
        body: { model: model(inputSize, n), inputs: [[n]] },
      })),
      fc.tuple(extreme, extreme).map(([inputSize, n]) => ({
        url: '/v1/gradients',
        body: { model: model(inputSize, 1), inputs: [[1]], targets: [n], loss: 'mse' },
      })),
      fc.tuple(extreme, extreme, extreme).map(([inputSize, target, learningRate]) => ({
        url: '/v1/backprop',
        body: { model: model(inputSize, 1), input: [1], target, loss: 'mse', learningRate },
      })),
      fc.tuple(extreme, extreme, extreme, extreme).map(([width, depth, batch, gain]) => ({
        url: '/v1/depth',
        body: { activation: 'tanh', init: { gain }, width, depth, batch, seed: width },
      })),
      fc.tuple(extreme, extreme, extreme).map(([from, to, points]) => ({
        url: '/v1/formulas/curve',
        body: { formula: 'x * x', from, to, points },
      })),
      fc.tuple(extreme, extreme, extreme, extreme).map(([points, epochs, units, batchSize]) => ({
        url: '/v1/train',
        body: { dataset: 'circle', points, hidden: [units], activation: 'relu', epochs, batchSize },
      })),
      extreme.map((n) => ({ url: '/v1/activations/softmax/evaluate', body: { x: [n, n] } })),
    );
    await fc.assert(
      fc.asyncProperty(requests, async ({ url, body }) => {
        assertWellFormed(await app.inject({ method: 'POST', url, payload: body }));
      }),
      { numRuns: 300 },
    );
    const query = fc
      .tuple(extreme, extreme, extreme)
      .map(
        ([from, to, points]) => `/v1/activations/gelu/curve?from=${from}&to=${to}&points=${points}`,
      );
    await fc.assert(
      fc.asyncProperty(query, async (url) => {
        assertWellFormed(await app.inject({ method: 'GET', url }));
      }),
      { numRuns: 100 },
    );
  });

  it('every route refuses the largest arrays the body limit lets through without a 500', async () => {
    // About 1 MiB of zeros: 450,000 numbers in one array, or as many one-number rows.
    const zeros = new Array<number>(450_000).fill(0);
    const rows = Array.from({ length: 200_000 }, () => [0]);
    const model = {
      format: 'actlab.mlp/1',
      inputSize: 450_000,
      layers: [{ activation: 'linear', weights: [zeros], biases: [0] }],
    };
    const requests: { url: string; body: unknown }[] = [
      { url: '/v1/activations/relu/evaluate', body: { x: zeros } },
      { url: '/v1/activations/softmax/evaluate', body: { x: zeros } },
      { url: '/v1/formulas/evaluate', body: { formula: 'x', x: zeros } },
      { url: '/v1/predict', body: { model, inputs: [[0]] } },
      { url: '/v1/gradients', body: { model, inputs: [zeros], targets: [0], loss: 'mse' } },
      { url: '/v1/predict', body: { model: { ...model, inputSize: 1 }, inputs: rows } },
      {
        url: '/v1/backprop',
        body: { model, input: zeros, target: 0, loss: 'mse', learningRate: 1 },
      },
      { url: '/v1/train', body: { dataset: 'circle', hidden: zeros.slice(0, 200_000) } },
    ];
    for (const { url, body } of requests) {
      const res = await app.inject({ method: 'POST', url, payload: body as object });
      assertWellFormed(res);
      expect(res.statusCode, url).toBeGreaterThanOrEqual(400);
    }
  });

  it('coerces no type: null, booleans and numeric strings are refused naming the field', async () => {
    const cases: { url: string; body: unknown; field: string }[] = [
      { url: '/v1/activations/relu/evaluate', body: { x: [null] }, field: 'x[0]' },
      { url: '/v1/activations/relu/evaluate', body: { x: [true] }, field: 'x[0]' },
      { url: '/v1/activations/relu/evaluate', body: { x: ['1'] }, field: 'x[0]' },
      { url: '/v1/activations/relu/evaluate', body: { x: 1 }, field: 'x' },
      { url: '/v1/train', body: { experiment: 'xor', epochs: '2' }, field: 'epochs' },
      { url: '/v1/train', body: { experiment: 'xor', epochs: true }, field: 'epochs' },
      {
        url: '/v1/depth',
        body: { activation: 'tanh', init: 'he', width: '8', depth: 2 },
        field: 'width',
      },
    ];
    for (const { url, body, field } of cases) {
      const res = await app.inject({ method: 'POST', url, payload: body as object });
      assertWellFormed(res);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect((res.json() as { field?: string }).field).toBe(field);
    }
  });
});
