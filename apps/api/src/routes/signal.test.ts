import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { expectProblem } from '../test-helpers.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildApp();
});
afterAll(() => app.close());

const get = (url: string) => app.inject({ method: 'GET', url });
const depth = (payload: unknown) =>
  app.inject({ method: 'POST', url: '/v1/depth', payload: payload as object });

/**
 * 1 / sqrt(E[f(z)^2]), z ~ N(0, 1), by composite Simpson's rule over [-12, 12] with 200,000
 * intervals: a reference independent of core's Gauss-Hermite quadrature (the tails beyond 12
 * weigh less than 1e-30 for a bounded f).
 */
function simpsonGain(f: (z: number) => number): number {
  const n = 200_000;
  const [a, b] = [-12, 12];
  const h = (b - a) / n;
  const g = (z: number) => (f(z) ** 2 * Math.exp(-0.5 * z * z)) / Math.sqrt(2 * Math.PI);
  let sum = g(a) + g(b);
  for (let i = 1; i < n; i++) sum += (i % 2 === 1 ? 4 : 2) * g(a + i * h);
  return 1 / Math.sqrt((sum * h) / 3);
}

interface Gain {
  id: string;
  variancePreserving: number;
  pytorch?: number;
  note?: string;
}

describe('GET /v1/activations/:id/gain', () => {
  it("answers sqrt(2) for relu, beside PyTorch's", async () => {
    const res = await get('/v1/activations/relu/gain');
    expect(res.statusCode).toBe(200);
    const gain = res.json() as Gain;
    expect(Math.abs(gain.variancePreserving - Math.SQRT2)).toBeLessThan(1e-12);
    expect(gain.pytorch).toBeCloseTo(Math.SQRT2, 12);
  });

  it("answers tanh's gain (about 1.5925) as Simpson's rule does, and PyTorch's 5/3", async () => {
    const reference = simpsonGain(Math.tanh);
    // E[tanh(z)^2] = 0.39429...: the gain is 1.59254 (the "about 1.5935" is off by 1e-3).
    expect(reference).toBeCloseTo(1.59254, 5);
    const gain = (await get('/v1/activations/tanh/gain')).json() as Gain;
    expect(Math.abs(gain.variancePreserving - reference)).toBeLessThan(1e-9);
    expect(gain.pytorch).toBeCloseTo(5 / 3, 12);
    // The same function as a URL-encoded formula, by core's quadrature.
    const url = `/v1/activations/${encodeURIComponent('formula: tanh(x)')}/gain`;
    const formula = (await get(url)).json() as Gain;
    expect(formula.id).toMatch(/^formula:/);
    expect(Math.abs(formula.variancePreserving - reference)).toBeLessThan(1e-9);
  });

  it('lists the gain in the catalog entry of a scalar activation only', async () => {
    const relu = (await get('/v1/activations/relu')).json() as { gain?: Gain };
    expect(Math.abs((relu.gain?.variancePreserving ?? NaN) - Math.SQRT2)).toBeLessThan(1e-12);
    expect((await get('/v1/activations/softmax')).json()).not.toHaveProperty('gain');
  });

  it("takes parameters in the query: leaky_relu's gain is sqrt(2 / (1 + alpha^2))", async () => {
    const gain = (await get('/v1/activations/leaky_relu/gain?alpha=0.2')).json() as Gain;
    const expected = Math.sqrt(2 / 1.04);
    expect(gain.variancePreserving).toBeCloseTo(expected, 9);
    expect(gain.pytorch).toBeCloseTo(expected, 12);
  });

  it('refuses a vector activation (422), an unknown id (404) and a bad formula (422)', async () => {
    expect(expectProblem(await get('/v1/activations/softmax/gain'), 422).field).toBe('id');
    expect(expectProblem(await get('/v1/activations/relu9/gain'), 404).code).toBe(
      'UNKNOWN_ACTIVATION',
    );
    const bad = `/v1/activations/${encodeURIComponent('formula: x +* 1')}/gain`;
    expect(expectProblem(await get(bad), 422).code).toBe('INVALID_FORMULA');
    expect(expectProblem(await get('/v1/activations/elu/gain?alpha=x'), 400).field).toBe('alpha');
  });
});

interface Curves {
  forward: number[];
  gradient: number[];
}

interface Depth {
  measured: Curves;
  predicted: Curves;
  weightVariance: number;
  biasVariance: number;
  fixedPoint?: { q: number; chi: number; phase: string };
  gain: number;
}

describe('POST /v1/depth', () => {
  it('answers measured and predicted curves, one value per layer', async () => {
    const res = await depth({ activation: 'relu', init: 'he', width: 64, depth: 12, seed: 3 });
    expect(res.statusCode).toBe(200);
    const result = res.json() as Depth;
    for (const curves of [result.measured, result.predicted]) {
      expect(curves.forward).toHaveLength(12);
      expect(curves.gradient).toHaveLength(12);
      expect(curves.gradient.at(-1)).toBeCloseTo(1, 12);
    }
    expect(result.weightVariance).toBeCloseTo(2, 12);
    expect(result.biasVariance).toBe(0);
    expect(result.gain).toBeCloseTo(Math.SQRT2, 9);
    // He's init is relu's variance-preserving one: the prediction stays where it starts.
    const [first = NaN] = result.predicted.forward;
    for (const q of result.predicted.forward) expect(q).toBeCloseTo(first, 9);
  });

  it('is reproducible by seed, and takes a custom gain and bias variance', async () => {
    const body = { activation: 'tanh', init: { gain: 1.2 }, width: 32, depth: 8, seed: 7 };
    const once = (await depth(body)).json() as Depth;
    expect((await depth(body)).json()).toEqual(once);
    expect(once.weightVariance).toBeCloseTo(1.44, 12);
    const biased = (await depth({ ...body, biasVariance: 0.05 })).json() as Depth;
    expect(biased.biasVariance).toBeCloseTo(0.05, 12);
    expect(biased.fixedPoint?.phase).toMatch(/^(ordered|chaotic|edge)$/);
  });

  it('refuses work over the limit with 422 WORK_LIMIT', async () => {
    const problem = expectProblem(
      await depth({ activation: 'tanh', init: 'xavier', width: 512, depth: 100, batch: 256 }),
      422,
    );
    expect(problem.code).toBe('WORK_LIMIT');
    expect(problem.field).toBe('batch');
    expect(problem.detail).toMatch(/over the limit/);
  });

  it('refuses bad bodies: 400 for the schema, 422 for values', async () => {
    const body = { activation: 'tanh', init: 'he', width: 8, depth: 4 };
    expect(expectProblem(await depth({ ...body, width: 0 }), 400).field).toBe('width');
    expect(expectProblem(await depth({ ...body, depth: 101 }), 400).field).toBe('depth');
    expect(expectProblem(await depth({ ...body, init: 'zeros' }), 400).field).toMatch(/^init/);
    expect(expectProblem(await depth({ ...body, lr: 1 }), 400).field).toBe('lr');
    const vector = expectProblem(await depth({ ...body, activation: 'softmax' }), 422);
    expect(vector.field).toBe('activation');
    const unknown = expectProblem(await depth({ ...body, activation: 'tanhh' }), 422);
    expect(unknown.suggestions).toContain('tanh');
    const formula = expectProblem(await depth({ ...body, activation: 'formula: x +* 1' }), 422);
    expect(formula.field).toBe('activation');
    expect(formula.position).toEqual(expect.any(Number));
    const param = expectProblem(
      await depth({ ...body, activation: 'elu', params: { alpha: -1 } }),
      422,
    );
    expect(param.field).toBe('params.alpha');
  });
});
