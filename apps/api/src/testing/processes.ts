/**
 * Child processes for the deployment tests (real servers, Redis, nginx): started on free ports of
 * 127.0.0.1, their output collected, and stopped for certain (SIGTERM, then SIGKILL) so a failing
 * test never leaves one behind. Not part of the build's public surface; no vitest imports.
 */
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';

/** How long a process gets to exit on SIGTERM before it is killed. */
const STOP_MS = 5_000;

/** A started process and everything it printed. */
export interface Started {
  /** The process. */
  readonly child: ChildProcess;
  /** Its stdout and stderr so far, interleaved. */
  output(): string;
  /** Stops it (SIGTERM, SIGKILL after 5 s) and resolves with its exit code (null if killed). */
  stop(): Promise<number | null>;
}

/** A free TCP port on 127.0.0.1 (free when asked; the caller binds it soon after). */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  await once(server, 'close');
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/**
 * Starts `command` with `args` and resolves once `ready` matches its output (with the match) or,
 * when `ready` is a function, once it resolves true; rejects with the output when the process
 * exits first or `timeoutMs` (10 s by default) pass.
 */
export async function startProcess(
  command: string,
  args: readonly string[],
  options: {
    env?: NodeJS.ProcessEnv;
    ready: RegExp | (() => Promise<boolean>);
    timeoutMs?: number;
  },
): Promise<{ started: Started; match: RegExpExecArray | undefined }> {
  const child = spawn(command, args, {
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const started: Started = {
    child,
    output: () => out,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_MS);
      const [code] = (await exited) as [number | null];
      clearTimeout(timer);
      return code;
    },
  };
  const { ready } = options;
  const match = await new Promise<RegExpExecArray | undefined>((resolve, reject) => {
    let polling: NodeJS.Timeout | undefined;
    const timer = setTimeout(() => {
      clearInterval(polling);
      child.kill('SIGKILL');
      reject(new Error(`${command} not ready in ${options.timeoutMs ?? 10_000} ms: ${out}`));
    }, options.timeoutMs ?? 10_000);
    const done = (found: RegExpExecArray | undefined): void => {
      clearTimeout(timer);
      clearInterval(polling);
      resolve(found);
    };
    const look = (chunk: Buffer): void => {
      out += chunk.toString();
      const found = ready instanceof RegExp ? ready.exec(out) : null;
      if (found) done(found);
    };
    // A process that prints nothing when ready (nginx) is asked until it answers.
    if (!(ready instanceof RegExp)) {
      polling = setInterval(() => {
        ready().then(
          (yes) => yes && done(undefined),
          () => undefined,
        );
      }, 50);
    }
    child.stdout?.on('data', look);
    child.stderr?.on('data', look);
    child.once('error', (error) => {
      clearTimeout(timer);
      clearInterval(polling);
      reject(error);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      clearInterval(polling);
      reject(new Error(`${command} exited with ${code} before it was ready: ${out}`));
    });
  });
  return { started, match };
}
