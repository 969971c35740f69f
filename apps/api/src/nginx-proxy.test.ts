/**
 * The example reverse proxy (deploy/nginx.conf) exercised as it is: Debian's nginx in front of two
 * replicas of the real process (`node dist/server.js`, built by `pnpm build`) that share their
 * budgets through a real redis-server and trust the proxy (TRUST_PROXY=loopback). Through nginx:
 * the page and the probes answer, requests reach both replicas, each student (told apart by the
 * address nginx passes on) has a budget of their own, and one student's budget holds across both
 * replicas. Which replica answered is read from the replicas' own logs, by the request id nginx
 * sends to the replica and back to the client.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEvents } from './sse.js';
import type { Nginx } from './testing/nginx.js';
import { startNginx } from './testing/nginx.js';
import type { RedisServer } from './testing/redis-server.js';
import { startRedisServer } from './testing/redis-server.js';
import type { Replica } from './testing/replicas.js';
import { startReplica } from './testing/replicas.js';

/** Requests per student per minute. */
const MAX = 6;

let redis: RedisServer | undefined;
let replicas: Replica[] = [];
let nginx: Nginx | undefined;

beforeAll(async () => {
  redis = await startRedisServer();
  const env = {
    REDIS_URL: redis.url,
    TRUST_PROXY: 'loopback',
    RATE_LIMIT_MAX: String(MAX),
    // Every request is logged with its id (reqId).
    LOG_LEVEL: 'info',
  };
  replicas = await Promise.all([startReplica(env), startReplica(env)]);
  nginx = await startNginx([replicas[0]!.port, replicas[1]!.port]);
}, 60_000);

afterAll(async () => {
  await nginx?.dispose();
  await Promise.all(replicas.map((r) => r.stop()));
  await redis?.dispose();
});

/** GET `path` through nginx as the student at `student` (behind their own school's proxy). */
const get = (path: string, student?: string) =>
  fetch(`${nginx!.url}${path}`, { headers: student ? { 'x-forwarded-for': student } : {} });

/**
 * Which replica logged the request of `res` (by the id nginx gave it), or -1 for neither; waits up
 * to 2 s for the log line, which may reach the pipe after the answer.
 */
async function servedBy(res: Response): Promise<number> {
  const id = res.headers.get('x-request-id');
  expect(id).toMatch(/^[0-9a-f]{32}$/);
  for (let i = 0; i < 40; i++) {
    const found = replicas.findIndex((r) => r.output().includes(`"reqId":"${id}"`));
    if (found >= 0) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return -1;
}

describe('the example nginx in front of two replicas', () => {
  it('serves the page and the liveness probe', async () => {
    const page = await get('/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toMatch(/<title>/i);
    const health = await get('/healthz');
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await get('/readyz');
    expect(await ready.json()).toMatchObject({ status: 'ready', redis: 'up', budgets: 'shared' });
  });

  it('spreads requests over both replicas', async () => {
    const served: number[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await get('/healthz');
      expect(res.status).toBe(200);
      await res.arrayBuffer();
      served.push(await servedBy(res));
    }
    expect(served).not.toContain(-1);
    expect(new Set(served)).toEqual(new Set([0, 1]));
  });

  it('gives each student a budget of their own, shared across the replicas', async () => {
    const served = new Set<number>();
    for (let i = 0; i < MAX; i++) {
      const res = await get('/v1/activations', '203.0.113.10');
      expect(res.status).toBe(200);
      // One counter whichever replica answers.
      expect(res.headers.get('x-ratelimit-remaining')).toBe(String(MAX - 1 - i));
      await res.arrayBuffer();
      served.add(await servedBy(res));
    }
    expect(served).toEqual(new Set([0, 1]));
    for (let i = 0; i < 2; i++) {
      const refused = await get('/v1/activations', '203.0.113.10');
      expect(refused.status).toBe(429);
      expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(((await refused.json()) as { code: string }).code).toBe('REQUEST_BUDGET');
    }
    // Another student of the same class, through the same nginx, is untouched.
    const other = await get('/v1/activations', '203.0.113.20');
    expect(other.status).toBe(200);
    expect(other.headers.get('x-ratelimit-remaining')).toBe(String(MAX - 1));
    // The replicas logged the student's address, not the proxy's.
    expect(replicas.some((r) => r.output().includes('"remoteAddress":"203.0.113.10"'))).toBe(true);
  });

  it('streams a training run through nginx event by event', async () => {
    const res = await fetch(`${nginx!.url}/v1/train`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'text/event-stream',
        'x-forwarded-for': '203.0.113.30',
      },
      // About half a second of training: progress every 100 ms.
      body: JSON.stringify({
        dataset: 'circle',
        points: 1000,
        hidden: [16, 16],
        activation: 'tanh',
        epochs: 60,
      }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    // The first progress reaches the client while the run goes on, before the result.
    const first = await reader.read();
    let text = decoder.decode(first.value, { stream: true });
    expect(text).toContain('event: progress');
    expect(text).not.toContain('event: result');
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      text += decoder.decode(chunk.value, { stream: true });
    }
    const events = parseEvents(text);
    expect(events[events.length - 1]?.event).toBe('result');
  });
});
