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
