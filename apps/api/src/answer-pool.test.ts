/**
 * Large answers built in answer workers (the compiled worker in dist/, built by the test script
 * first): the same request answers the same document in a worker and inline, problems keep their
 * status, field and position, the queue refuses beyond its bound and forgets a client who left.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { RESERVED_UNITS, createAnswerPool } from './answer-pool.js';
import { curveIsLarge, evaluateIsLarge, modelIsLarge } from './answers.js';
import { buildApp } from './app.js';
import { ApiError } from './problem.js';
import { DEFAULT_LIMITS } from './limits.js';
import { createWorkBudget, localWorkBudget } from './work-budget.js';

const WORKER = new URL('../dist/workers/answer-worker.js', import.meta.url);

let inWorker: FastifyInstance;
let inline: FastifyInstance;
beforeAll(async () => {
  // Without the compiled worker the pool would build everything inline and prove nothing here.
  expect(existsSync(fileURLToPath(WORKER))).toBe(true);
  const off = { rateLimit: false, workBudget: false } as const;
  inWorker = await buildApp({ ...off, answerWorker: WORKER, limits: { answerWorkers: 1 } });
  inline = await buildApp({ ...off, limits: { answerWorkers: 0 } });
});
afterAll(async () => {
  await inWorker?.close();
  await inline?.close();
});

const values = (n: number) => Array.from({ length: n }, (_, i) => ((i % 97) - 48) / 7);
/** A 3-20-2 tanh model: its 6,000 outputs at 3,000 rows go to a worker. */
const MODEL = {
  format: 'actlab.mlp/1',
  inputSize: 3,
  layers: [
    {
      activation: 'tanh',
      weights: Array.from({ length: 20 }, (_, r) => [0.1 * r - 1, 0.05, -0.2]),
      biases: new Array<number>(20).fill(0.1),
    },
    {
      activation: 'linear',
      weights: Array.from({ length: 2 }, (_, r) => new Array<number>(20).fill(0.01 * (r + 1))),
      biases: [0, 1],
    },
  ],
};
const ROWS = Array.from({ length: 3000 }, (_, i) => [i / 100, -i / 300, 1]);

/** Requests that each go to a worker (checked below against the size rules). */
const LARGE: readonly {
  name: string;
  method: 'GET' | 'POST';
  url: string;
  payload?: Record<string, unknown>;
}[] = [
  {
    name: 'evaluate',
    method: 'POST',
    url: '/v1/activations/gelu/evaluate',
    payload: { x: [...values(5000), 'Infinity', 'NaN'] },
  },
  { name: 'curve', method: 'GET', url: '/v1/activations/elu/curve?from=-3&to=3&points=2000' },
  {
    name: 'formula curve',
    method: 'POST',
    url: '/v1/formulas/curve',
    payload: { formula: 'x * sigmoid(1.5 * x)', from: -4, to: 4, points: 3000 },
  },
  {
    name: 'Jacobian',
    method: 'POST',
    url: '/v1/activations/softmax/evaluate',
    payload: { x: values(100) },
  },
  { name: 'predict', method: 'POST', url: '/v1/predict', payload: { model: MODEL, inputs: ROWS } },
  {
    name: 'gradients',
    method: 'POST',
    url: '/v1/gradients',
    payload: {
      model: MODEL,
      inputs: ROWS,
      targets: ROWS.map(([a = 0]) => [a, -a]),
      loss: 'mse',
    },
  },
  {
    name: 'depth',
    method: 'POST',
    url: '/v1/depth',
    payload: { activation: 'tanh', init: 'lecun', width: 32, depth: 10, seed: 2 },
  },
];

describe('answers built in a worker', () => {
  it('are large by the size rules, so that this test exercises the workers', () => {
    expect(evaluateIsLarge('gelu', 5002)).toBe(true);
    expect(evaluateIsLarge('gelu', 1000)).toBe(false);
    expect(evaluateIsLarge('softmax', 100)).toBe(true);
    expect(evaluateIsLarge('softmax', 40)).toBe(false);
    expect(curveIsLarge(2000)).toBe(true);
    expect(curveIsLarge(200)).toBe(false);
    expect(modelIsLarge(MODEL, ROWS.length)).toBe(true);
    expect(modelIsLarge(MODEL, 10)).toBe(false);
    expect(modelIsLarge({ layers: 'no' }, 10_000)).toBe(false);
  });

  it('are reported by /readyz: the pool, its running and waiting answers', async () => {
    const ready = (await inWorker.inject({ url: '/readyz' })).json() as { answers: unknown };
    expect(ready.answers).toEqual({ workers: 1, running: 0, queued: 0 });
  });

  it('answer the same document as inline, with the same headers', async () => {
    for (const request of LARGE) {
      const a = await inWorker.inject(request);
      const b = await inline.inject(request);
      expect(a.statusCode, request.name).toBe(200);
      expect(a.json(), request.name).toEqual(b.json());
      for (const header of ['content-type', 'content-security-policy', 'x-content-type-options']) {
        expect(a.headers[header], `${request.name}: ${header}`).toBe(b.headers[header]);
      }
    }
  });

  it("keep a problem's status, code, field and position", async () => {
    const request = {
      method: 'POST' as const,
      url: '/v1/formulas/evaluate',
      payload: { formula: 'x * sigmod(x)', x: values(5000) },
    };
    const a = await inWorker.inject(request);
    const b = await inline.inject(request);
    expect(a.statusCode).toBe(422);
    expect(a.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(a.json()).toMatchObject({ code: 'INVALID_FORMULA', field: 'formula', position: 4 });
    expect(a.json()).toEqual(b.json());
    const tooMuch = {
      method: 'POST' as const,
      url: '/v1/activations/softmax/evaluate',
      payload: { x: values(300) },
    };
    const c = await inWorker.inject(tooMuch);
    expect(c.statusCode).toBe(413);
    expect(c.json()).toEqual((await inline.inject(tooMuch)).json());
  });
});

describe('the answer pool', () => {
  const depth = { activation: 'tanh', init: 'lecun', width: 128, depth: 100, seed: 1 } as const;

  it('refuses beyond its queue with 503 BUSY and serves the next once a worker is free', async () => {
    const pool = createAnswerPool({
      limits: DEFAULT_LIMITS,
      size: 1,
      maxQueued: 1,
      script: WORKER,
    });
    try {
      const running = pool.answer('depth', depth, true);
      const waiting = pool.answer('depth', depth, true);
      const refused = pool.answer('depth', depth, true);
      await expect(refused).rejects.toMatchObject({ statusCode: 503, code: 'BUSY' });
      expect(pool.load).toEqual({ workers: 1, running: 1, queued: 1 });
      const [first, second] = await Promise.all([running, waiting]);
      expect(first).toBeInstanceOf(Uint8Array);
      expect(Buffer.from(second as Uint8Array).equals(Buffer.from(first as Uint8Array))).toBe(true);
      expect(pool.load).toEqual({ workers: 1, running: 0, queued: 0 });
    } finally {
      await pool.close();
    }
  });

  it('forgets a waiting job whose client left: it never runs, and the next one takes its place', async () => {
    const pool = createAnswerPool({
      limits: DEFAULT_LIMITS,
      size: 1,
      maxQueued: 4,
      script: WORKER,
    });
    try {
      const running = pool.answer('depth', depth, true);
      const client = new AbortController();
      const leaving = pool.answer('depth', depth, true, client.signal);
      expect(pool.load.queued).toBe(1);
      client.abort();
      await expect(leaving).rejects.toBeInstanceOf(ApiError);
      expect(pool.load.queued).toBe(0);
      await running;
      expect(pool.load.running).toBe(0);
    } finally {
      await pool.close();
    }
  });

  it('builds small answers inline (objects, not bytes) and everything inline without workers', async () => {
    const pool = createAnswerPool({
      limits: DEFAULT_LIMITS,
      size: 1,
      maxQueued: 1,
      script: WORKER,
    });
    const none = createAnswerPool({
      limits: DEFAULT_LIMITS,
      size: 0,
      maxQueued: 1,
      script: WORKER,
    });
    try {
      const small = { name: 'relu', x: [-1, 2], params: undefined };
      expect(await pool.answer('evaluate', small, false)).toMatchObject({ y: [0, 2], dy: [0, 1] });
      expect(await none.answer('evaluate', small, true)).toMatchObject({ y: [0, 2] });
      expect(none.load.workers).toBe(0);
    } finally {
      await pool.close();
      await none.close();
    }
  });
});

describe('large answers and the work budget', () => {
  const depth = { activation: 'tanh', init: 'lecun', width: 128, depth: 100, seed: 1 } as const;
  // A window so long that nothing flows back during the test.
  const options = { budget: 1.5 * RESERVED_UNITS, windowMs: 1e12 };

  it('reserves 0.1 s of work up front, refuses a client without it, and settles to the time spent', async () => {
    const work = localWorkBudget(createWorkBudget(options));
    const pool = createAnswerPool({
      limits: DEFAULT_LIMITS,
      size: 1,
      maxQueued: 4,
      script: WORKER,
      work,
    });
    try {
      const first = pool.answer('depth', depth, true, undefined, 'student');
      const second = pool.answer('depth', depth, true, undefined, 'student');
      const refused = await second.then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(refused).toBeInstanceOf(ApiError);
      expect(refused).toMatchObject({ statusCode: 429, code: 'WORK_BUDGET' });
      expect((refused as ApiError).retryAfterSeconds).toBeGreaterThan(0);
      expect(await first).toBeInstanceOf(Uint8Array);
      // Another client is not touched; small answers are never charged.
      await pool.answer('depth', depth, true, undefined, 'teacher');
      await pool.answer(
        'evaluate',
        { name: 'relu', x: [1], params: undefined },
        false,
        undefined,
        'student',
      );
      // The settled charge is the worker's time (a depth answer takes tens of milliseconds), not
      // the reservation.
      const probe = await work.charge('student', 0);
      const used = options.budget - probe.remaining;
      expect(used).toBeGreaterThan(1e6);
      // Settled: refunded below the reservation, or charged beyond it (up to the whole budget when
      // a busy machine made the answer slower than 0.1 s); never left at the reservation.
      expect(used).not.toBe(RESERVED_UNITS);
    } finally {
      await pool.close();
    }
  });

  it('slows a client flooding large answers while another keeps evaluating (429 with Retry-After)', async () => {
    const app = await buildApp({
      rateLimit: false,
      workBudget: options,
      answerWorker: WORKER,
      limits: { answerWorkers: 1 },
    });
    try {
      const large = { method: 'POST' as const, url: '/v1/depth', payload: depth };
      const flood = await Promise.all(
        Array.from({ length: 4 }, () => app.inject({ ...large, remoteAddress: '10.0.0.1' })),
      );
      const statuses = flood.map((r) => r.statusCode).sort();
      expect(statuses).toEqual([200, 429, 429, 429]);
      const refused = flood.find((r) => r.statusCode === 429)!;
      expect(refused.json()).toMatchObject({ code: 'WORK_BUDGET' });
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      const other = await app.inject({ ...large, remoteAddress: '10.0.0.2' });
      expect(other.statusCode).toBe(200);
      const small = await app.inject({
        method: 'POST',
        url: '/v1/activations/gelu/evaluate',
        payload: { x: [1, 2, 3] },
        remoteAddress: '10.0.0.1',
      });
      expect(small.statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });
});
