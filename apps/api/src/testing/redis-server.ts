/**
 * A throwaway redis-server (Debian's package) for the tests: on a free port of 127.0.0.1, with no
 * persistence (nothing is written: `--save ''`, no append-only file) and its working directory in
 * a temporary folder. `stop` and `start` again on the same port stand for an outage.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Started } from './processes.js';
import { freePort, startProcess } from './processes.js';

/** Debian's binary, or the one on PATH. */
const REDIS_SERVER = existsSync('/usr/bin/redis-server') ? '/usr/bin/redis-server' : 'redis-server';

/** A test's Redis. */
export interface RedisServer {
  /** Its port on 127.0.0.1. */
  readonly port: number;
  /** `redis://127.0.0.1:<port>`. */
  readonly url: string;
  /** Starts it (again) on the same port; resolves once it accepts connections. */
  start(): Promise<void>;
  /** Stops it; resolves once it has exited. */
  stop(): Promise<void>;
  /** Stops it and removes its folder. */
  dispose(): Promise<void>;
}

/** Starts a redis-server on a free port. */
export async function startRedisServer(): Promise<RedisServer> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'actlab-redis-'));
  let running: Started | undefined;
  const server: RedisServer = {
    port,
    url: `redis://127.0.0.1:${port}`,
    async start() {
      const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly'];
      const { started } = await startProcess(REDIS_SERVER, [...args, 'no', '--dir', dir], {
        ready: /Ready to accept connections/,
      });
      running = started;
    },
    async stop() {
      await running?.stop();
      running = undefined;
    },
    async dispose() {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await server.start();
  return server;
}
