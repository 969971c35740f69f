import fastifyHelmet from '@fastify/helmet';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { HELMET_OPTIONS, securityHeaders } from './security-headers.js';

describe('security headers', () => {
  it('are exactly the headers @fastify/helmet sends with the same options', async () => {
    const reference = Fastify();
    await reference.register(fastifyHelmet, HELMET_OPTIONS);
    reference.get('/', async () => 'ok');
    const res = await reference.inject({ url: '/' });
    const expected = Object.fromEntries(
      Object.keys(securityHeaders()).map((name) => [name, res.headers[name]]),
    );
    expect(securityHeaders()).toEqual(expected);
    // And nothing helmet sets is missing (the others are Fastify's own).
    const fastifyOwn = new Set(['content-type', 'content-length', 'date', 'connection']);
    const helmetNames = Object.keys(res.headers).filter((n) => !fastifyOwn.has(n));
    expect(Object.keys(securityHeaders()).sort()).toEqual(helmetNames.sort());
    expect(securityHeaders()['x-content-type-options']).toBe('nosniff');
    await reference.close();
  });

  it('are on every answer of the app (success, problem, 404, docs) except /healthz', async () => {
    const app = await buildApp({ webRoot: false });
    for (const url of ['/v1/activations', '/v1/activations/nope', '/nowhere', '/docs/']) {
      const res = await app.inject({ url });
      expect(res.headers['x-frame-options'], url).toBe('SAMEORIGIN');
      expect(res.headers['strict-transport-security'], url).toMatch(/max-age=/);
    }
    // The load balancers' liveness route goes without.
    const health = await app.inject({ url: '/healthz' });
    expect(health.headers['x-frame-options']).toBeUndefined();
    await app.close();
  });
});
