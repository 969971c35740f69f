import { EXPORT_TARGETS } from '@actlab/export';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { expectProblem } from '../test-helpers.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildApp();
});
afterAll(() => app.close());

interface Code {
  target: string;
  language: string;
  functionName: string;
  code: string;
  imports: string[];
}

describe('GET /v1/activations/:id/export', () => {
  it('writes GELU for PyTorch with its own function', async () => {
    const res = await app.inject({ url: '/v1/activations/gelu/export?to=pytorch' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const code = res.json() as Code;
    expect(code.target).toBe('pytorch');
    expect(code.language).toBe('python');
    expect(`${code.imports.join('\n')}\n${code.code}`).toMatch(
      /torch\.nn\.functional\.gelu|F\.gelu/,
    );
    expect(code.code).toContain(code.functionName);
  });

  it('bakes query parameters into the code', async () => {
    const res = await app.inject({ url: '/v1/activations/leaky_relu/export?to=numpy&alpha=0.37' });
    expect(res.statusCode).toBe(200);
    expect((res.json() as Code).code).toContain('0.37');
  });

  it('answers the code alone as text/x-python when asked', async () => {
    const res = await app.inject({
      url: '/v1/activations/gelu/export?to=pytorch',
      headers: { accept: 'text/x-python' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/x-python/);
    const json = (
      await app.inject({ url: '/v1/activations/gelu/export?to=pytorch' })
    ).json() as Code;
    expect(res.body).toContain(json.code);
    for (const line of json.imports) expect(res.body).toContain(line);
  });

  it('refuses an unknown target with a 400 naming every valid one, and a missing one', async () => {
    const bad = expectProblem(
      await app.inject({ url: '/v1/activations/gelu/export?to=caffe' }),
      400,
    );
    expect(bad.field).toBe('to');
    for (const target of EXPORT_TARGETS) expect(bad.detail).toContain(target);
    expect(expectProblem(await app.inject({ url: '/v1/activations/gelu/export' }), 400).field).toBe(
      'to',
    );
  });

  it('refuses an unknown id (404) and a bad parameter (422)', async () => {
    expectProblem(await app.inject({ url: '/v1/activations/nope/export?to=jax' }), 404);
    const range = expectProblem(
      await app.inject({ url: '/v1/activations/elu/export?to=jax&alpha=-1' }),
      422,
    );
    expect(range.field).toBe('params.alpha');
  });

  it('exports a URL-encoded formula id', async () => {
    const id = encodeURIComponent('formula: x * tanh(softplus(x))');
    const res = await app.inject({ url: `/v1/activations/${id}/export?to=jax` });
    expect(res.statusCode).toBe(200);
    expect((res.json() as Code).target).toBe('jax');
  });
});

describe('POST /v1/formulas/export', () => {
  const post = (payload: object, headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url: '/v1/formulas/export', payload, headers });

  it('writes a formula for every target, its parameter value baked in', async () => {
    for (const to of EXPORT_TARGETS) {
      const res = await post({
        formula: 'x * sigmoid(beta * x); beta = 1.702',
        params: { beta: 2.5 },
        to,
      });
      expect(res.statusCode, to).toBe(200);
      const code = res.json() as Code;
      expect(code.target).toBe(to);
      expect(code.code).toContain(code.functionName);
      expect(code.code).toContain('2.5');
    }
  });

  it('answers the code as text/javascript or text/plain when asked first', async () => {
    const res = await post(
      { formula: 'x * sigmoid(x)', to: 'tfjs' },
      { accept: 'text/javascript' },
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/javascript/);
    const plain = await post({ formula: 'x', to: 'numpy' }, { accept: 'text/plain, */*' });
    expect(plain.headers['content-type']).toMatch(/^text\/plain/);
    expect(plain.body).toContain('import numpy as np');
    const json = await post(
      { formula: 'x', to: 'numpy' },
      { accept: 'application/json, text/plain' },
    );
    expect(json.headers['content-type']).toMatch(/^application\/json/);
  });

  it('marks a formula error (422) and refuses a bad target (400)', async () => {
    const formula = 'x * sigmod(x)';
    const problem = expectProblem(await post({ formula, to: 'numpy' }), 422);
    expect(problem.field).toBe('formula');
    expect(formula.slice(problem.position, problem.end as number)).toBe('sigmod');
    const target = expectProblem(await post({ formula: 'x', to: 'caffe' }), 400);
    expect(target.detail).toContain(EXPORT_TARGETS.join(', '));
  });
});
