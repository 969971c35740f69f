/**
 * The link to the Redis that replicas share their per-client budgets through (REDIS_URL). It
 * fails open: Redis is never waited for. Commands are refused at once while it is unreachable (no
 * offline queue) and time out after COMMAND_TIMEOUT_MS, so a dead Redis costs a request at most
 * that; meanwhile each process counts its own budgets (plugins/client-limits.ts) and reconnects in
 * the background. Going away logs one warning and coming back one info line, never one per request.
 */
import type { FastifyBaseLogger } from 'fastify';
import { Redis } from 'ioredis';

/** Time to open a connection to Redis before giving up on that attempt, in ms. */
const CONNECT_TIMEOUT_MS = 500;

/** Time one command may take before the request counts its budget in this process instead. */
const COMMAND_TIMEOUT_MS = 300;

/** Longest wait between two reconnection attempts, in ms: Redis is used again within this. */
const MAX_RECONNECT_DELAY_MS = 1_000;

/** Whether the shared store can be used now: `up` once connected and ready, else `down`. */
type RedisState = 'up' | 'down';

/** A Redis connection with its state, for the budgets and the readiness route. */
export interface RedisLink {
  /** The ioredis client (no offline queue: a command while down fails at once). */
  readonly client: Redis;
  /** `up` while connected and ready for commands, `down` otherwise. */
  readonly state: RedisState;
  /** Closes the connection (politely when up, at once otherwise); the link stays down. */
  close(): Promise<void>;
}

/**
 * Connects to the Redis at `url` (redis:// or rediss://) in the background and keeps
 * reconnecting; logs on `log` when it is reached, lost and reached again.
 */
export function connectRedis(url: string, log: FastifyBaseLogger): RedisLink {
  const where = redactUrl(url);
  const client = new Redis(url, {
    connectTimeout: CONNECT_TIMEOUT_MS,
    commandTimeout: COMMAND_TIMEOUT_MS,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    retryStrategy: (attempt) => Math.min(attempt * 100, MAX_RECONNECT_DELAY_MS),
  });
  let state: 'starting' | RedisState = 'starting';
  let closing = false;
  client.on('ready', () => {
    if (state === 'down') log.info({ redis: where }, 'Redis is back: budgets are shared again');
    else log.info({ redis: where }, 'connected to Redis: budgets are shared by all replicas');
    state = 'up';
  });
  // ioredis reports a lost or refused connection as an error and then a close: one warning for
  // both, and none while retrying (each failed attempt is another error event).
  const lost = (error?: unknown): void => {
    if (closing || state === 'down') return;
    state = 'down';
    log.warn(
      { redis: where, err: error instanceof Error ? error.message : undefined },
      'Redis unreachable: each process counts its own budgets until it returns',
    );
  };
  client.on('error', lost);
  client.on('close', () => lost());
  return {
    client,
    get state() {
      return client.status === 'ready' ? 'up' : 'down';
    },
    async close() {
      closing = true;
      if (client.status === 'ready') {
        await client.quit().catch(() => client.disconnect());
      } else {
        client.disconnect();
      }
    },
  };
}

/** `url` without its password, for the logs. */
function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'an unparsable URL';
  }
}
