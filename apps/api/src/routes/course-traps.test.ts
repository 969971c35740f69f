/**
 * Set-ups that cannot work are refused or explained where they happen: softmax on one output
 * unit is a 422 naming `output` and what to use, and a run whose loss becomes NaN stops and says
 * so in its answer and in the stream's result event.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { parseEvents } from '../sse.js';
import { expectProblem } from '../test-helpers.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildApp({ trainingWorker: false, rateLimit: false, webRoot: false });
});
afterAll(() => app.close());

const base = { dataset: 'circle', hidden: [8], activation: 'relu', epochs: 40, seed: 1 };

describe('the course traps over HTTP', () => {
  it('refuses softmax on the single output of a two-class set with 422, saying what to use', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/v1/train',
      payload: { ...base, output: 'softmax' },
    });
    const problem = expectProblem(res, 422);
    expect(problem.code).toBe('INVALID_CONFIG');
    expect(problem.field).toBe('output');
    expect(problem.detail).toMatch(/sigmoid output with binary cross-entropy/);
  });

  it('says in the answer that a run diverged, where, and which setting to lower', async () => {
    const body = { ...base, optimizer: { type: 'sgd', learningRate: 100 } };
    const res = await app.inject({ method: 'POST', url: '/v1/train', payload: body });
    expect(res.statusCode).toBe(200);
    const answer = res.json() as {
      diverged?: { epoch: number; advice: { try: number }; message: string };
    };
    expect(answer.diverged?.advice.try).toBe(10);
    expect(answer.diverged?.message).toMatch(/diverged at epoch \d+/);
    const stream = await app.inject({
      method: 'POST',
      url: '/v1/train',
      headers: { accept: 'text/event-stream' },
      payload: body,
    });
    const result = parseEvents(stream.body).find((e) => e.event === 'result');
    expect((result?.data as { diverged?: unknown }).diverged).toEqual(answer.diverged);
  });
});
