import fastifyHelmet from '@fastify/helmet';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import {
  API_CSP,
  DOCS_CSP,
  EXPLORER_CSP,
  helmetOptions,
  securityHeaders,
} from './security-headers.js';

describe('security headers', () => {
  it.each([false, true])(
    'are exactly the headers @fastify/helmet sends with the same options (hsts %s)',
    async (hsts) => {
      const reference = Fastify();
      await reference.register(fastifyHelmet, helmetOptions(hsts));
      reference.get('/', async () => 'ok');
      const res = await reference.inject({ url: '/' });
      const ours = securityHeaders(hsts);
      const expected = Object.fromEntries(
        Object.keys(ours).map((name) => [name, res.headers[name]]),
      );
      expect(ours).toEqual(expected);
      // And nothing helmet sets is missing (the others are Fastify's own).
      const fastifyOwn = new Set(['content-type', 'content-length', 'date', 'connection']);
      const helmetNames = Object.keys(res.headers).filter((n) => !fastifyOwn.has(n));
      expect(Object.keys(ours).sort()).toEqual(helmetNames.sort());
      expect(ours['x-content-type-options']).toBe('nosniff');
      expect('strict-transport-security' in ours).toBe(hsts);
      await reference.close();
    },
  );

  it('are on every answer of the app (success, problem, 404, docs) except /healthz', async () => {
    const app = await buildApp({ webRoot: false });
    for (const url of ['/v1/activations', '/v1/activations/nope', '/nowhere', '/docs/']) {
      const res = await app.inject({ url });
      expect(res.headers['x-frame-options'], url).toBe('SAMEORIGIN');
      // Plain HTTP by default: HSTS would be meaningless (and wrong for a local server).
      expect(res.headers['strict-transport-security'], url).toBeUndefined();
    }
    // The load balancers' liveness route goes without.
    const health = await app.inject({ url: '/healthz' });
    expect(health.headers['x-frame-options']).toBeUndefined();
    await app.close();
  });

  it('send HSTS only when the app is configured for HTTPS', async () => {
    const app = await buildApp({ webRoot: false, hsts: true });
    const res = await app.inject({ url: '/v1/activations' });
    expect(res.headers['strict-transport-security']).toMatch(/^max-age=\d+; includeSubDomains$/);
    await app.close();
  });

  it('give the docs, the pages and the API answers each their Content-Security-Policy', async () => {
    const app = await buildApp({ webRoot: false });
    const csp = async (url: string) =>
      (await app.inject({ url })).headers['content-security-policy'];
    expect(await csp('/docs/')).toBe(DOCS_CSP);
    expect(await csp('/docs/static/swagger-ui.css')).toBe(DOCS_CSP);
    expect(await csp('/')).toBe(EXPLORER_CSP);
    expect(await csp('/v1/activations')).toBe(API_CSP);
    expect(await csp('/v1/nope')).toBe(API_CSP);
    expect(await csp('/openapi.json')).toBe(API_CSP);
    // No policy allows code from strings, and the API's answers run nothing at all.
    for (const policy of [DOCS_CSP, EXPLORER_CSP, API_CSP]) {
      expect(policy).not.toMatch(/unsafe-eval/);
      expect(policy).toMatch(/frame-ancestors 'self'/);
    }
    expect(API_CSP).toMatch(/^default-src 'none'/);
    expect(DOCS_CSP).toMatch(/script-src 'self';/);
    expect(EXPLORER_CSP).toMatch(/script-src 'self';/);
    await app.close();
  });
});
