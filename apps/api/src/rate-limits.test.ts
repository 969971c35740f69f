/**
 * Limits that protect the API without locking out a class: the web explorer, the docs and the
 * probes are never counted; API requests count against a per-client request budget, and training
 * against a per-client work budget charged by each run's cost.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import { DEFAULT_LIMITS } from './limits.js';
import type { TrainBody } from './schemas/train.js';
import { expectProblem } from './test-helpers.js';
import { planTraining } from './training.js';

const PAGE = '<!doctype html><title>actlab explorer</title><div id="root"></div>';
const SCRIPT = `export const x = [${'1, '.repeat(500)}];`;
let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'actlab-limits-'));
  mkdirSync(join(root, 'assets'));
  mkdirSync(join(root, 'digits'));
  writeFileSync(join(root, 'index.html'), PAGE);
  writeFileSync(join(root, 'assets', 'index-abc123.js'), SCRIPT);
  writeFileSync(join(root, 'assets', 'index-abc123.js.br'), brotliCompressSync(SCRIPT));
  writeFileSync(join(root, 'assets', 'index-abc123.css'), 'body{margin:0}');
  writeFileSync(join(root, 'assets', 'KaTeX_Main-Regular-abc123.woff2'), 'font');
  writeFileSync(join(root, 'digits', 'digits.bin'), 'digits');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the request budget', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildApp({ webRoot: root });
  });
  afterAll(() => app.close());

  it('never refuses the explorer: 400 requests to / from one address all get the page', async () => {
    for (let i = 0; i < 400; i++) {
      const res = await app.inject({ url: '/', remoteAddress: '192.0.2.1' });
      if (res.statusCode !== 200) expect.fail(`request ${i + 1} to / answered ${res.statusCode}`);
    }
    const page = await app.inject({ url: '/', remoteAddress: '192.0.2.1' });
    expect(page.body).toBe(PAGE);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.headers['x-ratelimit-limit']).toBeUndefined();
  });

  it('counts API requests: 600 a minute per client by default', async () => {
    const first = await app.inject({ url: '/v1/activations', remoteAddress: '192.0.2.9' });
    expect(first.headers['x-ratelimit-limit']).toBe('600');
    expect(first.headers['x-ratelimit-remaining']).toBe('599');
  });
});

describe('exempt routes under a tight request budget', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildApp({ webRoot: root, rateLimit: { max: 3, timeWindow: 60_000 } });
  });
  afterAll(() => app.close());

  it('serves page, scripts, styles, fonts, the digit subset, docs and probes without counting', async () => {
    const urls = [
      '/',
      '/playground',
      '/assets/index-abc123.js',
      '/assets/index-abc123.css',
      '/assets/KaTeX_Main-Regular-abc123.woff2',
      '/digits/digits.bin',
      '/docs/',
      '/docs/static/swagger-ui.css',
      '/openapi.json',
      '/healthz',
      '/readyz',
    ];
    for (let round = 0; round < 5; round++) {
      for (const url of urls) {
        const res = await app.inject({ url, headers: { accept: 'text/html, */*' } });
        expect(res.statusCode, `${url} in round ${round + 1}`).toBe(200);
        expect(res.headers['x-ratelimit-limit'], url).toBeUndefined();
      }
    }
    // The API itself is still counted for the same client.
    for (let i = 0; i < 3; i++) {
      expect((await app.inject({ url: '/v1/activations' })).statusCode).toBe(200);
    }
    const refused = await app.inject({ url: '/v1/activations' });
    const problem = expectProblem(refused, 429);
    expect(problem.code).toBe('REQUEST_BUDGET');
    expect(problem.detail).toMatch(/^this client has made 3 API requests in 1 minute, its budget/);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.headers['x-content-type-options']).toBe('nosniff');
  });

  it('caches hashed assets for a year and sends them precompressed', async () => {
    const res = await app.inject({
      url: '/assets/index-abc123.js',
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.rawPayload).toEqual(brotliCompressSync(SCRIPT));
  });

  it('documents both budgets in the OpenAPI description', async () => {
    const doc = (await app.inject({ url: '/openapi.json' })).json() as {
      info: { description: string };
      paths: Record<string, unknown>;
    };
    expect(doc.info.description).toContain('request budget (600 a minute by default');
    expect(doc.info.description).toContain('code WORK_BUDGET');
    expect(doc.paths).toHaveProperty(['/readyz']);
  });

  it('reports readiness with the training pool', async () => {
    const res = await app.inject({ url: '/readyz' });
    expect(res.json()).toEqual({
      status: 'ready',
      training: {
        workers: DEFAULT_LIMITS.trainingConcurrency,
        queue: DEFAULT_LIMITS.trainingQueue,
        inFlight: 0,
      },
      // Running the TypeScript sources, there is no compiled answer worker: answers are inline.
      answers: { workers: 0, running: 0, queued: 0 },
    });
  });
});

describe('the work budget', () => {
  const limits = { ...DEFAULT_LIMITS, maxTrainingWork: 50_000_000 };
  const RUN: TrainBody = {
    dataset: 'circle',
    points: 60,
    noise: 0,
    hidden: [4],
    activation: 'tanh',
    epochs: 3,
    seed: 1,
  };
  // An independent count of the run's cost, from the same planner the route uses.
  const cost = planTraining(RUN, limits).cost.total;
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildApp({
      webRoot: false,
      trainingWorker: false,
      limits,
      // Two and a half runs at once; an empty budget is full again after a minute.
      workBudget: { budget: 2.5 * cost, windowMs: 60_000 },
    });
  });
  afterAll(() => app.close());

  const train = (remoteAddress: string) =>
    app.inject({ method: 'POST', url: '/v1/train', payload: RUN, remoteAddress });
  const evaluate = (remoteAddress: string) =>
    app.inject({
      method: 'POST',
      url: '/v1/activations/tanh/evaluate',
      payload: { x: [0, 1, 2] },
      remoteAddress,
    });

  it('slows a client flooding /v1/train while another keeps evaluating and training', async () => {
    expect((await train('198.51.100.1')).statusCode).toBe(200);
    expect((await train('198.51.100.1')).statusCode).toBe(200);
    const refused = await train('198.51.100.1');
    const problem = expectProblem(refused, 429);
    expect(problem.code).toBe('WORK_BUDGET');
    expect(problem.detail).toContain(`costs ${cost.toLocaleString('en-US')} work units`);
    // Half a run is left and 2.5 runs flow back a minute: a run fits again after 12 s.
    expect(refused.headers['retry-after']).toBe('12');
    for (let i = 0; i < 5; i++) expect((await train('198.51.100.1')).statusCode).toBe(429);
    for (let i = 0; i < 20; i++) expect((await evaluate('198.51.100.2')).statusCode).toBe(200);
    expect((await train('198.51.100.2')).statusCode).toBe(200);
    // Evaluations are not training: the flooding client may still evaluate.
    expect((await evaluate('198.51.100.1')).statusCode).toBe(200);
  });

  it('does not charge a run the route refuses', async () => {
    const bad = await app.inject({
      method: 'POST',
      url: '/v1/train',
      payload: { ...RUN, points: 2000, hidden: [64, 64], epochs: 200 },
      remoteAddress: '198.51.100.3',
    });
    expect(expectProblem(bad, 422).code).toBe('WORK_LIMIT');
    for (let i = 0; i < 2; i++) expect((await train('198.51.100.3')).statusCode).toBe(200);
  });
});

describe('the work budget with a full training queue', () => {
  /** About a second of training in the worker. */
  const RUN: TrainBody = {
    dataset: 'circle',
    points: 2000,
    hidden: [32, 32],
    activation: 'tanh',
    epochs: 40,
  };
  const cost = planTraining(RUN, DEFAULT_LIMITS).cost.total;
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildApp({
      webRoot: false,
      trainingWorker: new URL('../dist/workers/train-worker.js', import.meta.url),
      limits: { trainingConcurrency: 1, trainingQueue: 0 },
      workBudget: { budget: 2.5 * cost, windowMs: 600_000 },
    });
  });
  afterAll(() => app.close());

  const train = () => app.inject({ method: 'POST', url: '/v1/train', payload: RUN });

  it('gives back the cost of a run refused as busy', async () => {
    const running = train();
    // Wait until the first run holds the only slot, then ask for another: 503, refunded.
    for (let i = 0; i < 100; i++) {
      const ready = (await app.inject({ url: '/readyz' })).json() as {
        training: { inFlight: number };
      };
      if (ready.training.inFlight === 1) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const busy = await train();
    expect(expectProblem(busy, 503).code).toBe('BUSY');
    expect((await running).statusCode).toBe(200);
    // 2.5 runs, one spent: a second fits (it would not had the refused one been kept), a third not.
    const second = await train();
    expect(second.statusCode).toBe(200);
    expect(expectProblem(await train(), 429).code).toBe('WORK_BUDGET');
  });
});
