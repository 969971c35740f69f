/**
 * Liveness and readiness: /readyz reports the training pool and the requests in flight (and
 * Redis when REDIS_URL is set; redis-replicas.test.ts sees it up), and a server that is shutting
 * down answers it 503 (a load balancer then sends work elsewhere).
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';

const WORKER = new URL('../../dist/workers/train-worker.js', import.meta.url);

/** About a second of training in the worker. */
const RUN = { dataset: 'circle', points: 2000, hidden: [32, 32], activation: 'tanh', epochs: 40 };

interface Readiness {
  status: string;
  training: { workers: number; queue: number; inFlight: number };
}

describe('GET /readyz', () => {
  const apps: FastifyInstance[] = [];
  afterAll(() => Promise.all(apps.map((app) => app.close())));

  it('counts the training requests in flight, and none once they are answered', async () => {
    const app = await buildApp({
      trainingWorker: WORKER,
      webRoot: false,
      limits: { trainingConcurrency: 1, trainingQueue: 4 },
    });
    apps.push(app);
    const runs = [1, 2].map(() => app.inject({ method: 'POST', url: '/v1/train', payload: RUN }));
    let seen = 0;
    for (let i = 0; i < 100 && seen < 2; i++) {
      const ready = (await app.inject({ url: '/readyz' })).json() as Readiness;
      seen = ready.training.inFlight;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(seen).toBe(2);
    for (const res of await Promise.all(runs)) expect(res.statusCode).toBe(200);
    const after = await app.inject({ url: '/readyz' });
    expect(after.json()).toEqual({
      status: 'ready',
      training: { workers: 1, queue: 4, inFlight: 0 },
      answers: { workers: 0, running: 0, queued: 0 },
    });
  });

  it('reports Redis only when REDIS_URL is set, and stays ready while it is unreachable', async () => {
    const without = await buildApp({ webRoot: false });
    apps.push(without);
    const plain = (await without.inject({ url: '/readyz' })).json() as Record<string, unknown>;
    expect(plain).not.toHaveProperty('redis');
    // Port 1 on loopback: nothing listens there, so the connection is refused.
    const app = await buildApp({ webRoot: false, redisUrl: 'redis://127.0.0.1:1' });
    apps.push(app);
    const res = await app.inject({ url: '/readyz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ready', redis: 'down', budgets: 'per-process' });
    // Fail-open: the API routes answer without waiting for Redis.
    const started = Date.now();
    expect((await app.inject({ url: '/v1/activations' })).statusCode).toBe(200);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('answers 503 once the server is shutting down', async () => {
    const app = await buildApp({ webRoot: false });
    let during: Response | undefined;
    let url = '';
    // preClose runs once the app is closing and before the listening socket closes: a probe
    // arriving then must be told the server is not ready.
    app.addHook('preClose', async () => {
      during = await fetch(`${url}/readyz`);
    });
    url = await app.listen({ port: 0, host: '127.0.0.1' });
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    await app.close();
    expect(during?.status).toBe(503);
    expect(during?.headers.get('connection')).toBe('close');
  });
});
