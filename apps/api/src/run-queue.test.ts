import { describe, expect, it } from 'vitest';
import { ApiError } from './problem.js';
import { createRunQueue } from './run-queue.js';

/** A task that finishes when its `finish` is called. */
function deferred() {
  let finish = (): void => {};
  const done = new Promise<string>((resolve) => {
    finish = () => resolve('done');
  });
  return { task: () => done, finish };
}

describe('createRunQueue', () => {
  it('runs up to `concurrency` at once, queues the rest in order, refuses beyond the queue', async () => {
    const queue = createRunQueue(1, 1);
    const a = deferred();
    const b = deferred();
    const order: string[] = [];
    const first = queue.run(async () => (await a.task(), order.push('a')));
    const second = queue.run(async () => (await b.task(), order.push('b')));
    expect(queue.running).toBe(1);
    expect(queue.full).toBe(true);
    expect(queue.queued).toBe(1);
    await expect(queue.run(async () => 'c')).rejects.toMatchObject({
      statusCode: 503,
      code: 'BUSY',
    });
    b.finish();
    a.finish();
    await Promise.all([first, second]);
    expect(order).toEqual(['a', 'b']);
    expect(queue.running).toBe(0);
    expect(await queue.run(async () => 'free again')).toBe('free again');
  });

  it('frees the slot when a task fails', async () => {
    const queue = createRunQueue(1, 0);
    await expect(queue.run(() => Promise.reject(new Error('x')))).rejects.toThrow('x');
    expect(queue.running).toBe(0);
    await expect(queue.run(async () => 1)).resolves.toBe(1);
    expect(new ApiError(503, 'BUSY', 'm')).toBeInstanceOf(Error);
  });
});

describe('createRunQueue and clients who leave', () => {
  it('drops a waiting task whose signal aborts: it never runs and frees its place', async () => {
    const queue = createRunQueue(1, 1);
    const a = deferred();
    const first = queue.run(a.task);
    const leaving = new AbortController();
    let ran = false;
    const waiting = queue.run(async () => {
      ran = true;
      return 'never';
    }, leaving.signal);
    expect(queue.full).toBe(true);
    leaving.abort();
    await expect(waiting).rejects.toMatchObject({ code: 'CANCELLED' });
    // Its place is free at once, before the running task ends.
    expect(queue.queued).toBe(0);
    expect(queue.full).toBe(false);
    const next = queue.run(async () => 'next');
    a.finish();
    expect(await first).toBe('done');
    expect(await next).toBe('next');
    expect(ran).toBe(false);
    // A signal aborted before the call never queues at all.
    const gone = new AbortController();
    gone.abort();
    await expect(queue.run(async () => 'x', gone.signal)).rejects.toMatchObject({
      code: 'CANCELLED',
    });
  });

  it('closes: refuses the waiting and later tasks, resolves when the running ones end', async () => {
    const queue = createRunQueue(1, 2);
    const a = deferred();
    const running = queue.run(a.task);
    const waiting = queue.run(async () => 'never');
    let closed = false;
    const close = queue.close().then(() => (closed = true));
    await expect(waiting).rejects.toMatchObject({ statusCode: 503, code: 'BUSY' });
    await expect(queue.run(async () => 'late')).rejects.toThrow(/shutting down/);
    expect(queue.full).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(closed).toBe(false);
    a.finish();
    expect(await running).toBe('done');
    await close;
    expect(closed).toBe(true);
  });
});
