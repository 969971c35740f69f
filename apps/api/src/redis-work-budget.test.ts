/**
 * The work budget's Lua script in a real Redis against the in-process bucket (work-budget.ts,
 * checked by hand in its own test) as the reference: the same charges and refunds at the same
 * times give the same answers. Keys expire a window after their last charge, and while Redis is
 * unreachable the budget falls back to the process's own bucket.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Fastify from 'fastify';
import type { RedisLink } from './redis.js';
import { connectRedis } from './redis.js';
import { createRedisWorkBudget, WORK_BUDGET_NAMESPACE } from './redis-work-budget.js';
import type { RedisServer } from './testing/redis-server.js';
import { startRedisServer } from './testing/redis-server.js';
import { createWorkBudget } from './work-budget.js';

const options = { budget: 1000, windowMs: 10_000 };

/** A silent logger (Fastify's, without output). */
const quiet = Fastify({ logger: false }).log;

let server: RedisServer | undefined;
let link: RedisLink | undefined;

beforeAll(async () => {
  server = await startRedisServer();
  link = connectRedis(server.url, quiet);
  for (let i = 0; i < 100 && link.state !== 'up'; i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}, 30_000);

afterAll(async () => {
  await link?.close();
  await server?.dispose();
});

describe('the work budget in Redis', () => {
  it('answers every sequence of charges and refunds as the in-process bucket does', async () => {
    const step = fc.record({
      client: fc.constantFrom('a', 'b'),
      units: fc.integer({ min: 1, max: 1200 }),
      refund: fc.boolean(),
      wait: fc.integer({ min: 0, max: 3000 }),
    });
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
        run++;
        let now = 1_000_000;
        const reference = createWorkBudget(options);
        const shared = createRedisWorkBudget(link!, createWorkBudget(options), () => now);
        for (const { client, units, refund, wait } of steps) {
          now += wait;
          // A fresh key per run: the runs share one Redis.
          const key = `${run}-${client}`;
          if (refund) {
            reference.refund(key, units, now);
            await shared.refund(key, units);
          } else {
            expect(await shared.charge(key, units)).toEqual(reference.charge(key, units, now));
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it('keeps each key for about a window after its last charge', async () => {
    const shared = createRedisWorkBudget(link!, createWorkBudget(options));
    await shared.charge('ttl', 10);
    const ttl = await link!.client.pttl(`${WORK_BUDGET_NAMESPACE}ttl`);
    expect(ttl).toBeGreaterThan(9_000);
    expect(ttl).toBeLessThanOrEqual(10_000);
  });

  it("counts in the process's own bucket while Redis is unreachable", async () => {
    const local = createWorkBudget(options);
    const down = connectRedis(`redis://127.0.0.1:${server!.port}/0`, quiet);
    await down.close();
    const shared = createRedisWorkBudget(down, local);
    expect(await shared.charge('c', 600)).toEqual({ ok: true, remaining: 400 });
    expect(local.tracked).toBe(1);
    expect(await shared.charge('c', 600)).toMatchObject({ ok: false, remaining: 400 });
  });
});
