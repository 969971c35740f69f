import { activation } from '@actlab/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { expectProblem } from '../test-helpers.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildApp({ limits: { maxValues: 1000, maxJacobianInputs: 10 } });
});
afterAll(() => app.close());

const post = (url: string, payload: unknown) =>
  app.inject({ method: 'POST', url, payload: payload as object });

describe('GET /v1/activations', () => {
  it('lists the whole catalog with infinite range ends as strings', async () => {
    const res = await app.inject({ method: 'GET', url: '/v1/activations' });
    expect(res.statusCode).toBe(200);
    const { activations } = res.json() as { activations: { id: string; range: unknown }[] };
    expect(activations).toHaveLength(38);
    const relu = activations.find((a) => a.id === 'relu');
    expect(relu?.range).toEqual({
      min: 0,
      max: 'Infinity',
      minInclusive: true,
      maxInclusive: false,
    });
  });
});

describe('GET /v1/activations/:id', () => {
  it('answers one entry, aliases resolved', async () => {
    const res = await app.inject({ method: 'GET', url: '/v1/activations/swish' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: 'silu', kind: 'scalar' });
  });

  it('answers an unknown id with a 404 problem and suggestions', async () => {
    const res = await app.inject({ method: 'GET', url: '/v1/activations/sigmod' });
    const problem = expectProblem(res, 404);
    expect(problem.code).toBe('UNKNOWN_ACTIVATION');
    expect(problem.suggestions).toContain('sigmoid');
    expect(problem.type).toBe('urn:actlab:problem:unknown-activation');
  });
});

describe('POST /v1/activations/:id/evaluate', () => {
  it('evaluates a scalar activation with defaults filled in', async () => {
    const res = await post('/v1/activations/sigmoid/evaluate', { x: [2, -710] });
    expect(res.statusCode).toBe(200);
    const sigmoid = activation('sigmoid');
    expect(res.json()).toEqual({
      id: 'sigmoid',
      params: {},
      y: [sigmoid.f(2), sigmoid.f(-710)],
      dy: [sigmoid.df(2), sigmoid.df(-710)],
    });
  });

  it('takes parameters and non-finite inputs, and answers non-finite outputs as strings', async () => {
    const res = await post('/v1/activations/leaky_relu/evaluate', {
      x: ['-Infinity', 'NaN', 1],
      params: { alpha: 0.2 },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      id: 'leaky_relu',
      params: { alpha: 0.2 },
      y: ['-Infinity', 'NaN', 1],
      dy: [0.2, 'NaN', 1],
    });
  });

  it('evaluates a vector activation with its Jacobian', async () => {
    const res = await post('/v1/activations/softmax/evaluate', { x: [1000, 1000, '-Infinity'] });
    expect(res.statusCode).toBe(200);
    const body = res.json() as { y: number[]; jacobian: number[][]; params: object };
    expect(body.y).toEqual([0.5, 0.5, 0]);
    expect(body.params).toEqual({ temperature: 1 });
    expect(body.jacobian).toHaveLength(3);
    expect(body.jacobian[0]?.[0]).toBeCloseTo(0.25, 15);
  });

  it('rejects a bad parameter with a 422 naming it', async () => {
    const res = await post('/v1/activations/elu/evaluate', { x: [1], params: { alpha: -1 } });
    const problem = expectProblem(res, 422);
    expect(problem.code).toBe('INVALID_PARAMS');
    expect(problem.field).toBe('params.alpha');
  });

  it('rejects an unknown id with 404 and a GLU of odd length with 422', async () => {
    expectProblem(await post('/v1/activations/nope/evaluate', { x: [1] }), 404);
    const glu = expectProblem(await post('/v1/activations/glu/evaluate', { x: [1, 2, 3] }), 422);
    expect(glu.code).toBe('SHAPE_MISMATCH');
  });

  it('rejects malformed bodies with a 400 naming the field', async () => {
    const cases: [unknown, string][] = [
      [{}, 'x'],
      [{ x: [1, 'two'] }, 'x[1]'],
      [{ x: [] }, 'x'],
      [{ x: [1], params: { alpha: 'big' } }, 'params.alpha'],
    ];
    for (const [body, field] of cases) {
      const problem = expectProblem(await post('/v1/activations/relu/evaluate', body), 400);
      expect(problem.field).toBe(field);
    }
    const missing = expectProblem(await post('/v1/activations/relu/evaluate', {}), 400);
    expect(missing.detail).toBe('body.x is required');
  });

  it('limits the number of values (413), lower for Jacobians', async () => {
    const many = expectProblem(
      await post('/v1/activations/relu/evaluate', { x: new Array(1001).fill(0) }),
      413,
    );
    expect(many.detail).toMatch(/at most 1000/);
    expect(many.field).toBe('x');
    const jac = expectProblem(
      await post('/v1/activations/softmax/evaluate', { x: new Array(11).fill(0) }),
      413,
    );
    expect(jac.detail).toMatch(/Jacobian/);
  });
});

describe('GET /v1/activations/:id/evaluate', () => {
  it('reads x and the parameters from the query', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/v1/activations/leaky_relu/evaluate?x=-1,0,2&alpha=0.2',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      id: 'leaky_relu',
      params: { alpha: 0.2 },
      y: [-0.2, 0, 2],
      dy: [0.2, 0.2, 1],
    });
  });

  it('rejects a bad x or parameter with 400, an out-of-range one with 422', async () => {
    const url = '/v1/activations/leaky_relu/evaluate';
    expect(expectProblem(await app.inject({ url: `${url}?x=1,a` }), 400).field).toBe('x');
    expect(expectProblem(await app.inject({ url: `${url}?x=1&alpha=b` }), 400).field).toBe('alpha');
    expect(expectProblem(await app.inject({ url }), 400).field).toBe('x');
    expect(expectProblem(await app.inject({ url: `${url}?x=1&beta=2` }), 422).code).toBe(
      'INVALID_PARAMS',
    );
  });
});

describe('GET /v1/activations/:id/curve', () => {
  it('samples f and df with the kinks included', async () => {
    const res = await app.inject({ url: '/v1/activations/relu/curve?from=-1&to=1&points=5' });
    expect(res.statusCode).toBe(200);
    const body = res.json() as { x: number[]; y: number[]; dy: number[] };
    expect(body.x).toContain(0);
    expect(body.x[0]).toBe(-1);
    expect(body.x.at(-1)).toBe(1);
    expect(body.y).toHaveLength(body.x.length);
    expect(body.dy[body.x.indexOf(0)]).toBe(0);
  });

  it('uses -6..6 with 200 points by default and takes parameters', async () => {
    const res = await app.inject({ url: '/v1/activations/elu/curve?alpha=2' });
    expect(res.statusCode).toBe(200);
    const body = res.json() as { x: number[]; params: object };
    expect(body.x[0]).toBe(-6);
    expect(body.params).toEqual({ alpha: 2 });
  });

  it('rejects a reversed range (422), too many points (400) and a vector activation (422)', async () => {
    expectProblem(await app.inject({ url: '/v1/activations/relu/curve?from=1&to=-1' }), 422);
    expectProblem(await app.inject({ url: '/v1/activations/relu/curve?points=1000000' }), 400);
    expectProblem(await app.inject({ url: '/v1/activations/softmax/curve' }), 422);
  });
});
