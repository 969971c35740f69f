/**
 * Clients who leave, over real sockets (inject cannot hang up): two long runs fill the slots,
 * eight queued clients disconnect, and the next request is accepted instead of answered 503; the
 * runs of the clients who left never start.
 */
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';

/** The compiled worker (as train-worker.test.ts uses it): runs in their own threads, as served. */
const WORKER = new URL('../../dist/workers/train-worker.js', import.meta.url);

/** Messages the app logged, to count the runs that started. */
const logged: string[] = [];
const logStream = new Writable({
  write(chunk: Buffer, _encoding, done) {
    for (const line of chunk.toString().split('\n')) {
      if (line.trim() !== '') logged.push((JSON.parse(line) as { msg: string }).msg);
    }
    done();
  },
});
const starts = () => logged.filter((m) => m === 'training run started').length;

let app: FastifyInstance;
let port: number;
beforeAll(async () => {
  app = await buildApp({
    trainingWorker: WORKER,
    // Two runs at once and eight waiting, whatever the machine's cores (the default is one per
    // spare core).
    limits: { trainingConcurrency: 2, trainingQueue: 8 },
    rateLimit: false,
    logger: { level: 'info', stream: logStream },
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  port = (app.server.address() as AddressInfo).port;
});
afterAll(() => app.close());

const LONG = { dataset: 'circle', points: 2000, hidden: [32, 32], activation: 'tanh', epochs: 40 };
const SHORT = { dataset: 'circle', points: 40, hidden: [2], activation: 'tanh', epochs: 2 };

/** POSTs `body` to /v1/train over its own socket; `hangUp` closes it before the answer. */
function post(body: object) {
  const req = httpRequest({
    port,
    host: '127.0.0.1',
    method: 'POST',
    path: '/v1/train',
    headers: { 'content-type': 'application/json', connection: 'close' },
  });
  const answer = new Promise<number>((resolve) => {
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', () => resolve(0));
  });
  req.end(JSON.stringify(body));
  return { answer, hangUp: () => req.destroy() };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('POST /v1/train when clients leave', () => {
  it('forgets queued clients who disconnected: a new request is accepted, their runs never start', async () => {
    const before = starts();
    const long = [post(LONG), post(LONG)];
    await pause(300);
    expect(starts() - before).toBe(2);
    // The default queue holds eight: fill it, then every one of them hangs up.
    const leaving = Array.from({ length: 8 }, () => post(LONG));
    await pause(300);
    const refused = post(SHORT);
    expect(await refused.answer).toBe(503);
    for (const client of leaving) client.hangUp();
    await pause(100);
    const accepted = post(SHORT);
    expect(await accepted.answer).toBe(200);
    expect(await Promise.all(long.map((l) => l.answer))).toEqual([200, 200]);
    // The two long runs and the accepted one; none of the eight who left.
    expect(starts() - before).toBe(3);
  }, 30_000);

  it('cancels a running run whose client left, freeing its slot', async () => {
    const before = starts();
    const left = () => logged.filter((m) => m === 'training cancelled: the client left').length;
    const leftBefore = left();
    const runs = [post({ ...LONG, epochs: 150 }), post({ ...LONG, epochs: 150 })];
    await pause(300);
    expect(starts() - before).toBe(2);
    const started = Date.now();
    for (const run of runs) run.hangUp();
    // Both slots free at once, long before 150 epochs could run: a new run goes through.
    expect(await post(SHORT).answer).toBe(200);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(left() - leftBefore).toBe(2);
  }, 30_000);
});
