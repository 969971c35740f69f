/**
 * The activation and formula routes as an attacker sends them, at the default limits: a Jacobian
 * too large to build, coerced types, near-miss wire numbers, overflowing curve ranges and long
 * names.
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
const get = (url: string) => app.inject({ method: 'GET', url });

describe('the Jacobian bounded before it is built', () => {
  it('refuses the softmax Jacobian of a 6 KB URL (23 MB) with 413, quickly', async () => {
    const url = `/v1/activations/softmax/evaluate?x=${new Array(1_000).fill('1.5').join(',')}`;
    expect(url.length).toBeLessThan(6_100);
    expectProblem(await get(url), 413);
    // Refused before anything is built (the attack test measures how long such requests take).
    const problem = expectProblem(await get(url), 413);
    expect(problem.code).toBe('ANSWER_TOO_LARGE');
    expect(problem.field).toBe('x');
    expect(problem.detail).toContain('1,001,000 numbers');
    expect(problem.detail).toContain('limit of 50,000');
  });

  it('refuses it by POST too, and answers the largest Jacobian that fits', async () => {
    const x = (n: number) => new Array<number>(n).fill(0);
    // n + n^2 numbers: 223 + 49,729 fit in 50,000; 224 + 50,176 do not.
    expectProblem(await post('/v1/activations/softmax/evaluate', { x: x(224) }), 413);
    const res = await post('/v1/activations/softmax/evaluate', { x: x(223) });
    expect(res.statusCode).toBe(200);
    expect((res.json() as { jacobian: number[][] }).jacobian).toHaveLength(223);
  });
});

describe('strict types in bodies', () => {
  it('refuses null, booleans and numeric strings in x, naming the entry', async () => {
    for (const [i, bad] of [null, true, '1'].entries()) {
      const x = [0, 0, 0];
      (x as unknown[])[i] = bad;
      const problem = expectProblem(await post('/v1/activations/relu/evaluate', { x }), 400);
      expect(problem.field).toBe(`x[${i}]`);
    }
  });

  it('takes exactly "Infinity", "-Infinity" and "NaN" as strings', async () => {
    const ok = await post('/v1/activations/relu/evaluate', { x: ['Infinity', '-Infinity', 'NaN'] });
    expect(ok.statusCode).toBe(200);
    for (const bad of ['+Infinity', 'Infinity ', 'infinity', '1e3', '0x10']) {
      const problem = expectProblem(await post('/v1/activations/relu/evaluate', { x: [bad] }), 400);
      expect(problem.field).toBe('x[0]');
    }
  });

  it('refuses a parameter given as a string, a boolean or null', async () => {
    for (const alpha of ['0.2', true, null]) {
      const problem = expectProblem(
        await post('/v1/activations/leaky_relu/evaluate', { x: [1], params: { alpha } }),
        400,
      );
      expect(problem.field).toBe('params.alpha');
    }
  });

  it('refuses a string for points in a formula curve', async () => {
    const problem = expectProblem(
      await post('/v1/formulas/curve', { formula: 'x', points: '50' }),
      400,
    );
    expect(problem.field).toBe('points');
  });
});

describe('wire numbers in queries, the same as in bodies', () => {
  it('refuses near-miss numbers for parameters and for the curve, naming the key', async () => {
    const cases: [string, string][] = [
      ['/v1/activations/leaky_relu/evaluate?x=1&alpha=Infinity%20', 'alpha'],
      ['/v1/activations/leaky_relu/evaluate?x=1&alpha=%2B1', 'alpha'],
      ['/v1/activations/relu/curve?from=0x10', 'from'],
      ['/v1/activations/relu/curve?to=%2BInfinity', 'to'],
      ['/v1/activations/relu/curve?points=1e2', 'points'],
      ['/v1/activations/relu/curve?points=20.5', 'points'],
      ['/v1/activations/leaky_relu/gain?alpha=0x1', 'alpha'],
    ];
    for (const [url, field] of cases) {
      expect(expectProblem(await get(url), 400).field, url).toBe(field);
    }
  });

  it('still reads every form JSON writes, and the three strings', async () => {
    const res = await get('/v1/activations/relu/curve?from=-1.5e1&to=2.5&points=11');
    expect(res.statusCode).toBe(200);
    expect((res.json() as { x: number[] }).x[0]).toBe(-15);
    const nan = await get('/v1/activations/leaky_relu/evaluate?x=NaN,-Infinity&alpha=0.5');
    expect(nan.json()).toMatchObject({ y: ['NaN', '-Infinity'] });
  });
});

describe('curve ranges', () => {
  it('refuses a range whose width overflows instead of answering one point', async () => {
    const problem = expectProblem(
      await get('/v1/activations/relu/curve?from=-1e308&to=1e308'),
      422,
    );
    expect(problem.field).toBe('to');
    expect(problem.detail).toMatch(/overflows/);
    const body = expectProblem(
      await post('/v1/formulas/curve', { formula: 'x', from: -1e308, to: 1e308 }),
      422,
    );
    expect(body.field).toBe('to');
  });

  it('still samples the widest range that does not overflow', async () => {
    const res = await get('/v1/activations/tanh/curve?from=-8e307&to=8e307&points=3');
    expect(res.statusCode).toBe(200);
    expect((res.json() as { x: number[] }).x).toEqual([-8e307, 0, 8e307]);
  });
});

describe('string lengths', () => {
  it('refuses a parameter name of 100,000 characters before any suggestion', async () => {
    const params = { ['a'.repeat(100_000)]: 1 };
    const problem = expectProblem(
      await post('/v1/activations/relu/evaluate', { x: [1], params }),
      400,
    );
    expect(problem.suggestions).toBeUndefined();
    expect(problem.field).toBe('params');
  });

  it('refuses a long query value or parameter name', async () => {
    const long = '1'.repeat(100);
    expectProblem(await get(`/v1/activations/leaky_relu/evaluate?x=1&alpha=${long}`), 400);
    expectProblem(await get(`/v1/activations/relu/curve?${'p'.repeat(100)}=1`), 400);
    expectProblem(await get(`/v1/activations/relu/export?to=numpy&${'p'.repeat(100)}=1`), 400);
  });
});
