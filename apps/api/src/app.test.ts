import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import { expectProblem } from './test-helpers.js';

describe('the app', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildApp();
  });
  afterAll(() => app.close());

  it('answers /healthz with ok, never rate-limited, without browser security headers', async () => {
    const res = await app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
    expect(res.headers['x-content-type-options']).toBeUndefined();
    expect(res.headers['x-ratelimit-limit']).toBeUndefined();
    const catalog = await app.inject({ method: 'GET', url: '/v1/activations' });
    expect(catalog.headers['x-content-type-options']).toBe('nosniff');
    expect(catalog.headers['x-ratelimit-limit']).toBe('600');
  });

  it('answers an unknown route with a 404 problem', async () => {
    const res = await app.inject({ method: 'GET', url: '/v1/nope?x=1' });
    const problem = expectProblem(res, 404);
    expect(problem.detail).toBe('no route GET /v1/nope');
  });

  it('answers no other origin by default (the explorer and docs are same-origin)', async () => {
    for (const origin of ['https://example.org', 'null']) {
      const res = await app.inject({ method: 'GET', url: '/v1/activations', headers: { origin } });
      expect(res.statusCode).toBe(200);
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
    }
  });

  it('rejects a body that is not JSON with a 400 problem, and a wrong media type with 415', async () => {
    const bad = await app.inject({
      method: 'POST',
      url: '/v1/activations/relu/evaluate',
      headers: { 'content-type': 'application/json' },
      payload: '{"x": [1,',
    });
    expectProblem(bad, 400);
    const text = await app.inject({
      method: 'POST',
      url: '/v1/activations/relu/evaluate',
      headers: { 'content-type': 'application/xml' },
      payload: '<x>1</x>',
    });
    expectProblem(text, 415);
  });
});

describe('options', () => {
  it('limits the body size (413 problem)', async () => {
    const app = await buildApp({ bodyLimit: 100 });
    const res = await app.inject({
      method: 'POST',
      url: '/v1/activations/relu/evaluate',
      payload: { x: Array.from({ length: 100 }, (_, i) => i) },
    });
    expectProblem(res, 413);
    await app.close();
  });

  it('rate-limits per client (429 problem with Retry-After)', async () => {
    const app = await buildApp({ rateLimit: { max: 2, timeWindow: 60_000 } });
    for (let i = 0; i < 2; i++) {
      expect((await app.inject({ method: 'GET', url: '/v1/activations' })).statusCode).toBe(200);
    }
    const res = await app.inject({ method: 'GET', url: '/v1/activations' });
    expectProblem(res, 429);
    expect(res.headers['retry-after']).toBeDefined();
    await app.close();
  });

  it('restricts CORS to the listed origins', async () => {
    const app = await buildApp({ corsOrigins: ['https://lab.example'] });
    const allowed = await app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { origin: 'https://lab.example' },
    });
    expect(allowed.headers['access-control-allow-origin']).toBe('https://lab.example');
    const other = await app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { origin: 'https://evil.example' },
    });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    await app.close();
  });

  it('turns rate limiting and docs off', async () => {
    const app = await buildApp({ rateLimit: false, docs: false });
    const res = await app.inject({ method: 'GET', url: '/v1/activations' });
    expect(res.headers['x-ratelimit-limit']).toBeUndefined();
    expectProblem(await app.inject({ method: 'GET', url: '/openapi.json' }), 404);
    await app.close();
  });
});

describe('internal errors', () => {
  it('answers 500 with a generic detail and no internals', async () => {
    const app = await buildApp();
    app.get('/boom', () => {
      throw new Error('secret database password in /etc/x');
    });
    const res = await app.inject({ method: 'GET', url: '/boom' });
    const problem = expectProblem(res, 500);
    expect(res.body).not.toMatch(/secret|\/etc|at /);
    expect(problem.detail).toBe('An internal error occurred; it has been logged.');
    await app.close();
  });
});
