import { activation } from '@actlab/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { expectProblem } from '../test-helpers.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildApp();
});
afterAll(() => app.close());

const post = (url: string, payload: unknown) =>
  app.inject({ method: 'POST', url, payload: payload as object });

/** The path of an activation route for `id`, URL-encoded as a client would. */
const path = (id: string, rest = '') => `/v1/activations/${encodeURIComponent(id)}${rest}`;

interface Description {
  id: string;
  source: string;
  text: string;
  expression: string;
  declared: { name: string; default: number; min: number; max: number }[];
  params: Record<string, number>;
  latex: string;
  derivativeLatex: string;
  derivativeText: string;
  kinks: { x: number; derivative: number }[];
  properties: { smooth: boolean; estimated: boolean; over: { from: number; to: number } };
}

describe('POST /v1/formulas', () => {
  it('describes a smooth formula: no kinks, its derivative in terms of sigma', async () => {
    const res = await post('/v1/formulas', { formula: 'x*sigmoid( x )' });
    expect(res.statusCode).toBe(200);
    const d = res.json() as Description;
    expect(d.id).toBe(`formula:${d.text}`);
    expect(d.source).toBe('x*sigmoid( x )');
    // Normalized: the canonical text differs from the spacing sent.
    expect(d.expression).not.toBe(d.source);
    expect(d.expression.replace(/\s/g, '')).toBe('x*sigmoid(x)');
    expect(d.kinks).toEqual([]);
    expect(d.properties.smooth).toBe(true);
    expect(d.properties.estimated).toBe(true);
    expect(d.derivativeLatex).toContain('\\sigma');
    expect(d.latex).toContain('\\sigma');
    expect(d.declared).toEqual([]);
    expect(d.params).toEqual({});
  });

  it('lists the kink of where(x >= 0, x, 0) at 0 with the derivative of the branch taken', async () => {
    const res = await post('/v1/formulas', { formula: 'formula: where(x >= 0, x, 0)' });
    expect(res.statusCode).toBe(200);
    const d = res.json() as Description;
    expect(d.kinks).toEqual([{ x: 0, derivative: 1 }]);
    expect(d.properties.smooth).toBe(false);
    expect(d.source.trim()).toBe('where(x >= 0, x, 0)');
  });

  it('answers declared parameters and the values used, the defaults filled in', async () => {
    const formula = 'x * sigmoid(beta * x); beta = 1.702 in (0, 10]';
    const given = (await post('/v1/formulas', { formula, params: { beta: 2 } })).json();
    expect(given).toMatchObject({
      declared: [
        { name: 'beta', default: 1.702, min: 0, max: 10, minInclusive: false, maxInclusive: true },
      ],
      params: { beta: 2 },
    });
    const defaults = (await post('/v1/formulas', { formula })).json() as Description;
    expect(defaults.params).toEqual({ beta: 1.702 });
  });

  it('refuses a misspelt name with a 422 whose position marks it and suggests the name', async () => {
    for (const formula of ['x * sigmod(x)', 'formula: x * sigmod(x)', '  FORMULA :x * sigmod(x)']) {
      const problem = expectProblem(await post('/v1/formulas', { formula }), 422);
      expect(problem.code).toBe('INVALID_FORMULA');
      expect(problem.type).toBe('urn:actlab:problem:invalid-formula');
      expect(problem.field).toBe('formula');
      const { position, end } = problem as { position: number; end: number };
      expect(formula.slice(position, end)).toBe('sigmod');
      expect(problem.suggestions).toContain('sigmoid');
      // The words say the same place as the members, counted in the text the client sent.
      expect(problem.detail).toContain(`at ${position}`);
    }
  });

  it('refuses an unclosed parenthesis at the end of the text, saying what was expected', async () => {
    const problem = expectProblem(await post('/v1/formulas', { formula: '(x' }), 422);
    expect(problem.code).toBe('INVALID_FORMULA');
    expect(problem.position).toBe(2);
    expect(problem.expected).toMatch(/\)/);
  });

  it('takes 1000 characters and refuses 1001 (422), and a body field over 2000 (400)', async () => {
    const longest = `x${' + x'.repeat(249)}+ 1`;
    expect(longest).toHaveLength(1000);
    expect((await post('/v1/formulas', { formula: longest })).statusCode).toBe(200);
    // One more digit: still a valid formula, but one character over.
    const over = expectProblem(await post('/v1/formulas', { formula: `${longest}0` }), 422);
    expect(over.code).toBe('INVALID_FORMULA');
    expect(over.detail).toMatch(/1000/);
    const huge = expectProblem(await post('/v1/formulas', { formula: 'x'.repeat(2001) }), 400);
    expect(huge.field).toBe('formula');
  });

  it('refuses a parameter outside its declared range (422) and unknown fields (400)', async () => {
    const formula = 'x * sigmoid(beta * x); beta = 1 in (0, 10]';
    const range = expectProblem(await post('/v1/formulas', { formula, params: { beta: 0 } }), 422);
    expect(range.code).toBe('INVALID_PARAMS');
    expect(range.field).toBe('params.beta');
    const extra = expectProblem(await post('/v1/formulas', { formula, param: { beta: 1 } }), 400);
    expect(extra.field).toBe('param');
  });
});

describe('evaluating a formula', () => {
  const xs = [-40, -3, -0.5, 0, 1e-9, 2, 40];
  const silu = activation('silu');

  /** Asserts an evaluation of x * sigmoid(x) matches the catalog's independent SiLU. */
  function expectSilu(body: { y: number[]; dy: number[] }): void {
    xs.forEach((x, i) => {
      expect(body.y[i]).toBeCloseTo(silu.f(x), 14);
      expect(body.dy[i]).toBeCloseTo(silu.df(x), 14);
    });
  }

  it('POST /v1/formulas/evaluate agrees with the catalog SiLU', async () => {
    const res = await post('/v1/formulas/evaluate', { formula: 'x * sigmoid(x)', x: xs });
    expect(res.statusCode).toBe(200);
    const body = res.json() as { id: string; y: number[]; dy: number[] };
    expect(body.id.startsWith('formula:')).toBe(true);
    expectSilu(body);
  });

  it('takes a formula id in the path, a division slash included', async () => {
    const id = 'formula: x / (1 + exp(-x))';
    const res = await post(path(id, '/evaluate'), { x: xs });
    expect(res.statusCode).toBe(200);
    expectSilu(res.json());
    const query = await app.inject({ url: `${path(id, '/evaluate')}?x=${xs.join(',')}` });
    expect(query.statusCode).toBe(200);
    expectSilu(query.json());
  });

  it('passes parameter values from the body and from the query', async () => {
    const formula = 'x * sigmoid(beta * x); beta = 1 in (0, 10]';
    const sigmoid = activation('sigmoid');
    const body = (
      await post('/v1/formulas/evaluate', { formula, params: { beta: 2 }, x: [1.5] })
    ).json() as { y: number[]; params: object };
    expect(body.params).toEqual({ beta: 2 });
    expect(body.y[0]).toBeCloseTo(1.5 * sigmoid.f(3), 14);
    const query = (
      await app.inject({ url: `${path(`formula:${formula}`, '/evaluate')}?x=1.5&beta=2` })
    ).json() as { y: number[] };
    expect(query.y[0]).toBeCloseTo(1.5 * sigmoid.f(3), 14);
  });

  it('takes a path id longer than the router default of 100 characters', async () => {
    const id = `formula: x * sigmoid(x)${' + 0 * x'.repeat(30)}`;
    expect(encodeURIComponent(id).length).toBeGreaterThan(300);
    const res = await post(path(id, '/evaluate'), { x: xs });
    expect(res.statusCode).toBe(200);
    expectSilu(res.json());
  });

  it('marks a formula error in a path id, counted in the id', async () => {
    const id = 'formula: x * sigmod(x)';
    for (const res of [
      await post(path(id, '/evaluate'), { x: [1] }),
      await app.inject({ url: path(id) }),
      await app.inject({ url: path(id, '/curve') }),
    ]) {
      const problem = expectProblem(res, 422);
      expect(problem.field).toBe('id');
      expect(id.slice(problem.position, problem.end as number)).toBe('sigmod');
    }
  });

  it('bounds values x formula size by the forward-work limit, catalog ids untouched', async () => {
    const small = await buildApp({ limits: { maxForwardWork: 2000 } });
    try {
      const x = new Array(1000).fill(0.5);
      const over = expectProblem(
        await small.inject({
          method: 'POST',
          url: '/v1/formulas/evaluate',
          payload: { formula: 'x * sigmoid(x)', x },
        }),
        422,
      );
      expect(over.code).toBe('WORK_LIMIT');
      expect(over.field).toBe('x');
      const catalog = await small.inject({
        method: 'POST',
        url: '/v1/activations/silu/evaluate',
        payload: { x },
      });
      expect(catalog.statusCode).toBe(200);
    } finally {
      await small.close();
    }
  });
});

describe('curves of a formula', () => {
  it('POST /v1/formulas/curve samples f and df with the kink at 0 included', async () => {
    const res = await post('/v1/formulas/curve', {
      formula: 'where(x >= 0, x, 0.1 * x)',
      from: -1,
      to: 1,
      points: 5,
    });
    expect(res.statusCode).toBe(200);
    const { x, y, dy } = res.json() as { x: number[]; y: number[]; dy: number[] };
    expect(x).toContain(0);
    x.forEach((v, i) => {
      expect(y[i]).toBeCloseTo(v >= 0 ? v : 0.1 * v, 15);
      expect(dy[i]).toBe(v >= 0 ? 1 : 0.1);
    });
  });

  it('GET /v1/activations/{formula id}/curve takes the defaults -6..6', async () => {
    const res = await app.inject({ url: path('formula: abs(x)', '/curve?points=3') });
    expect(res.statusCode).toBe(200);
    const { x, y } = res.json() as { x: number[]; y: number[] };
    expect([x[0], x.at(-1)]).toEqual([-6, 6]);
    expect(x).toContain(0);
    x.forEach((v, i) => expect(y[i]).toBe(Math.abs(v)));
  });
});

describe('GET /v1/activations/{formula id}', () => {
  it('answers a synthesized catalog entry under the normalized id', async () => {
    const res = await app.inject({ url: path('formula:x*tanh(softplus(x))') });
    expect(res.statusCode).toBe(200);
    const info = res.json() as { id: string; kind: string; aliases: string[]; kinks: unknown[] };
    expect(info.id.startsWith('formula:')).toBe(true);
    expect(info.id.replace(/\s/g, '')).toBe('formula:x*tanh(softplus(x))');
    expect(info.kind).toBe('scalar');
    expect(info.aliases).toEqual([]);
    expect(info.kinks).toEqual([]);
  });
});
