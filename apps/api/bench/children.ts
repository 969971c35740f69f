/**
 * The parent's side of the benchmark servers: starts `server.js` in a child process, learns its
 * URL, asks it for its CPU time, and stops it.
 */
import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';

/** Which server a child runs. */
export type ServerKind = 'actlab' | 'bare';

/** How to start a benchmark server. */
export interface ServerOptions {
  /** Node flags of the child, e.g. `--cpu-prof`. */
  readonly execArgv?: readonly string[];
  /** The actlab API only: keep its per-client budgets in the Redis at this URL (REDIS_URL). */
  readonly redisUrl?: string;
}

/** What the parent sends a server. */
export type ParentMessage = { readonly type: 'cpu' };

/** What a server sends the parent. */
export type ChildMessage =
  | { readonly type: 'listening'; readonly url: string }
  | { readonly type: 'cpu'; readonly micros: number };

/** A running benchmark server. */
export interface BenchServer {
  /** Which one it is. */
  readonly kind: ServerKind;
  /** The Redis its budgets live in, or undefined when they live in its own memory. */
  readonly redisUrl: string | undefined;
  /** Its base URL, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  /** CPU time (user + system, all threads) the process has used so far, in microseconds. */
  cpuMicros(): Promise<number>;
  /** Disconnects it and waits for it to exit (killing it after 5 s). */
  stop(): Promise<void>;
}

const SCRIPT = new URL('./server.js', import.meta.url);

/** The next message of `type` from `child`, or a rejection when it exits first. */
function nextMessage<T extends ChildMessage['type']>(
  child: ChildProcess,
  type: T,
): Promise<Extract<ChildMessage, { type: T }>> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: ChildMessage): void => {
      if (message.type !== type) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(message as Extract<ChildMessage, { type: T }>);
    };
    const onExit = (code: number | null): void => {
      child.off('message', onMessage);
      reject(new Error(`benchmark server exited (code ${code}) before sending ${type}`));
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

/** Starts a `kind` server in a child process as `options` say and resolves once it listens. */
export async function startServer(
  kind: ServerKind,
  options: ServerOptions = {},
): Promise<BenchServer> {
  const { execArgv = [], redisUrl } = options;
  const child = fork(SCRIPT, redisUrl === undefined ? [kind] : [kind, redisUrl], {
    execArgv: [...execArgv],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const { url } = await nextMessage(child, 'listening');
  return {
    kind,
    redisUrl,
    url,
    async cpuMicros() {
      const reply = nextMessage(child, 'cpu');
      child.send({ type: 'cpu' } satisfies ParentMessage);
      return (await reply).micros;
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      child.disconnect();
      await exited;
      clearTimeout(timer);
    },
  };
}
