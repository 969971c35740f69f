/**
 * Replicas of the real API process (`node dist/server.js`, built by `pnpm build`) for the
 * deployment tests: each on a free port (PORT=0, its URL read from the line it prints), with the
 * environment given, its log (JSON lines from pino) collected.
 */
import { fileURLToPath } from 'node:url';
import type { Started } from './processes.js';
import { startProcess } from './processes.js';

/** The compiled server. */
const SERVER = fileURLToPath(new URL('../../dist/server.js', import.meta.url));

/** A running API process. */
export interface Replica extends Started {
  /** Its base URL, like http://127.0.0.1:40123. */
  readonly url: string;
  /** Its port. */
  readonly port: number;
}

/** Starts one API process with `env` over the current environment (PORT=0, HOST=127.0.0.1). */
export async function startReplica(env: Readonly<Record<string, string>>): Promise<Replica> {
  const { started, match } = await startProcess(process.execPath, [SERVER], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    ready: /listening on (http:\/\/[^\s,]+?:(\d+))[ ,]/,
    timeoutMs: 20_000,
  });
  return { ...started, url: match?.[1] ?? '', port: Number(match?.[2]) };
}
