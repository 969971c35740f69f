/**
 * Training in worker threads (the compiled worker in dist/, built by the test script first): the
 * same request gives bit-identical results in a worker and in-process, the event loop stays free,
 * and leaving a stream terminates the worker's run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { parseEvents } from '../sse.js';

const WORKER = new URL('../../dist/workers/train-worker.js', import.meta.url);

let inWorker: FastifyInstance;
let inProcess: FastifyInstance;
beforeAll(async () => {
  inWorker = await buildApp({ trainingWorker: WORKER, rateLimit: false });
  inProcess = await buildApp({ trainingWorker: false, rateLimit: false });
});
afterAll(async () => {
  await inWorker.close();
  await inProcess.close();
});

const body = {
  dataset: 'xor',
  points: 200,
  noise: 0,
  hidden: [8],
  activation: 'tanh',
  optimizer: { type: 'adam', learningRate: 0.03 },
  epochs: 20,
  seed: 7,
};

describe('training in a worker thread', () => {
  it('gives the same answer as in-process training, to the bit', async () => {
    const a = await inWorker.inject({ method: 'POST', url: '/v1/train', payload: body });
    const b = await inProcess.inject({ method: 'POST', url: '/v1/train', payload: body });
    expect(a.statusCode).toBe(200);
    expect(a.json()).toEqual(b.json());
  });

  it('streams progress and the result from the worker', async () => {
    const res = await inWorker.inject({
      method: 'POST',
      url: '/v1/train',
      headers: { accept: 'text/event-stream' },
      payload: { ...body, epochs: 200 },
    });
    const events = parseEvents(res.body);
    expect(events[events.length - 1]?.event).toBe('result');
  });

  it('keeps answering /healthz while a worker trains', async () => {
    const training = inWorker.inject({
      method: 'POST',
      url: '/v1/train',
      payload: { ...body, points: 2000, epochs: 300 },
    });
    const started = Date.now();
    const health = await inWorker.inject({ method: 'GET', url: '/healthz' });
    expect(health.statusCode).toBe(200);
    expect(Date.now() - started).toBeLessThan(1000);
    expect((await training).statusCode).toBe(200);
  });

  it('reports bad configurations found in the worker as problems', async () => {
    const res = await inWorker.inject({
      method: 'POST',
      url: '/v1/train',
      payload: { ...body, loss: 'cross_entropy' },
    });
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });
});
