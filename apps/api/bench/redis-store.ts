/**
 * The Redis of the benchmark's shared-budget runs: a throwaway redis-server (Debian's, as the
 * deployment tests start it), how to wait until an API server counts its budgets there, and how
 * many requests the request budget counted in it (proof that the Redis runs really used Redis,
 * not the fail-open path that counts nothing).
 */
import { Redis } from 'ioredis';
import type { RedisServer } from '../src/testing/redis-server.js';
import { startRedisServer } from '../src/testing/redis-server.js';

/** The request budget's keys (plugins/client-limits.ts), one per client and route. */
const REQUEST_BUDGET_KEYS = 'actlab-rl:*';

/** How long an API server may take to connect to Redis. */
const READY_TIMEOUT_MS = 10_000;

/** A started redis-server with its version; `dispose` stops it and removes its folder. */
export interface BenchRedis {
  /** The server. */
  readonly server: RedisServer;
  /** redis-server's version, e.g. `7.0.15`. */
  readonly version: string;
}

/** Starts a throwaway redis-server on a free port of 127.0.0.1 and reads its version. */
export async function startBenchRedis(): Promise<BenchRedis> {
  const server = await startRedisServer();
  try {
    const info = await withClient(server.url, (client) => client.info('server'));
    const version = /redis_version:(\S+)/.exec(info)?.[1] ?? 'unknown';
    return { server, version };
  } catch (error) {
    await server.dispose();
    throw error;
  }
}

/** Runs `use` with a fresh connection to `url`, closed afterwards. */
async function withClient<T>(url: string, use: (client: Redis) => Promise<T>): Promise<T> {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.quit();
  }
}

/** The sum of the request budget's counters in the Redis at `url`. */
export async function countedRequests(url: string): Promise<number> {
  return withClient(url, async (client) => {
    let total = 0;
    let cursor = '0';
    do {
      const [next, keys] = await client.scan(cursor, 'MATCH', REQUEST_BUDGET_KEYS, 'COUNT', 100);
      cursor = next;
      const values = keys.length > 0 ? await client.mget(keys) : [];
      total += values.reduce((sum, v) => sum + Number(v ?? 0), 0);
    } while (cursor !== '0');
    return total;
  });
}

/**
 * Resolves once the API at `apiUrl` says (GET /readyz) that its budgets are shared in Redis;
 * rejects after 10 s with its last answer.
 */
export async function waitForSharedBudgets(apiUrl: string): Promise<void> {
  const deadline = performance.now() + READY_TIMEOUT_MS;
  let last = 'no answer';
  while (performance.now() < deadline) {
    try {
      const response = await fetch(`${apiUrl}/readyz`);
      last = await response.text();
      if ((JSON.parse(last) as { budgets?: string }).budgets === 'shared') return;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the API at ${apiUrl} did not count its budgets in Redis within 10 s: ${last}`);
}
