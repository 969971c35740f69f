/**
 * Graceful shutdown of the real process (`node dist/server.js`, built by `pnpm build`): SIGTERM
 * lets a running training request finish and answer 200, then the process exits 0; with a grace
 * too short for the run, a stream ends with a `shutdown` event and the process exits 1.
 */
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { parseEvents } from './sse.js';
import { startReplica } from './testing/replicas.js';

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

/** Starts the server on a free port with `env`; resolves with it and its URL once it listens. */
async function start(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const { child, url } = await startReplica(env);
  children.push(child);
  return { child, url };
}

/** About a second of training in the worker (well within the budget). */
const RUN = { dataset: 'circle', points: 2000, hidden: [32, 32], activation: 'tanh', epochs: 40 };

const post = (url: string, body: object, accept = 'application/json') =>
  fetch(`${url}/v1/train`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept },
    body: JSON.stringify(body),
  });

describe('the server process on SIGTERM', () => {
  it('lets a running training request finish with 200, refuses new ones, and exits 0', async () => {
    const { child, url } = await start({});
    const running = post(url, RUN);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const answer = await running;
    expect(answer.status).toBe(200);
    expect(((await answer.json()) as { history: unknown[] }).history.length).toBe(40);
    // No new connection is accepted once the server is closing.
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
    const [code] = (await exited) as [number | null];
    expect(code).toBe(0);
  }, 30_000);

  it('ends a stream with a shutdown event when the grace runs out, and exits 1', async () => {
    const { child, url } = await start({ SHUTDOWN_GRACE_MS: '200' });
    const response = await post(url, { ...RUN, epochs: 150 }, 'text/event-stream');
    expect(response.status).toBe(200);
    const text = response.text();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const events = parseEvents(await text);
    const last = events[events.length - 1];
    expect(last?.event).toBe('shutdown');
    expect(last?.data).toMatchObject({
      status: 503,
      detail: expect.stringMatching(/shutting down/),
    });
    expect(events.some((e) => e.event === 'result')).toBe(false);
    const [code] = (await exited) as [number | null];
    expect(code).toBe(1);
  }, 30_000);
});
