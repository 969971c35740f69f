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
});
