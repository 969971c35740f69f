/**
 * A bound on concurrent training runs: at most `concurrency` run at once, at most `maxQueued` wait,
 * and beyond that a request is refused at once with 503 and Retry-After instead of piling up. A
 * waiting task whose signal aborts (its client left) gives up its place at once and never runs, so
 * clients who disconnected cannot keep everyone else out. At shutdown the queue closes: waiting
 * tasks are refused, running ones may finish.
 */
import { TrainError } from '@actlab/train';
import { ApiError } from './problem.js';

/** Runs tasks with bounded concurrency and a bounded queue. */
export interface RunQueue {
  /**
   * Runs `task` when a slot is free; throws a 503 ApiError (code BUSY) when the queue is full or
   * closed, and a CANCELLED TrainError when `signal` aborts before the task started (the task then
   * never runs and its place goes to the next).
   */
  run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T>;
  /** Tasks running now. */
  readonly running: number;
  /** Tasks waiting for a slot. */
  readonly queued: number;
  /** True when `run` would refuse a task now. */
  readonly full: boolean;
  /** The 503 error `run` throws when full, for callers that must refuse before starting. */
  busy(): ApiError;
  /**
   * Refuses every waiting task and every later one (503, the server is shutting down) and resolves
   * once the running tasks have ended.
   */
  close(): Promise<void>;
}

/** Seconds a refused client is asked to wait before retrying. */
export const RETRY_AFTER_SECONDS = 5;

/** A task waiting for its slot: `start` hands the slot over, `refuse` drops it with an error. */
interface Waiter {
  readonly start: () => void;
  readonly refuse: (error: Error) => void;
}

function cancelled(): TrainError {
  return new TrainError('CANCELLED', 'the training request was cancelled before it started');
}

function shuttingDown(): ApiError {
  return new ApiError(503, 'BUSY', 'the server is shutting down; retry on another instance');
}

/** A queue running at most `concurrency` tasks with at most `maxQueued` waiting. */
export function createRunQueue(concurrency: number, maxQueued: number): RunQueue {
  let running = 0;
  let closed = false;
  const waiting: Waiter[] = [];
  let drained: (() => void) | undefined;
  const release = (): void => {
    running--;
    const next = waiting.shift();
    if (next) {
      running++;
      next.start();
    } else if (running === 0) drained?.();
  };
  /** Waits for a slot handed over by `release`; leaves the line when `signal` aborts. */
  const wait = (signal: AbortSignal | undefined): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      const leave = (): void => {
        const at = waiting.indexOf(waiter);
        if (at >= 0) waiting.splice(at, 1);
        reject(cancelled());
      };
      const waiter: Waiter = {
        start: () => {
          signal?.removeEventListener('abort', leave);
          resolve();
        },
        refuse: (error) => {
          signal?.removeEventListener('abort', leave);
          reject(error);
        },
      };
      waiting.push(waiter);
      signal?.addEventListener('abort', leave, { once: true });
    });
  return {
    get running() {
      return running;
    },
    get queued() {
      return waiting.length;
    },
    get full() {
      return closed || (running >= concurrency && waiting.length >= maxQueued);
    },
    busy() {
      if (closed) return shuttingDown();
      return new ApiError(
        503,
        'BUSY',
        `${running} training runs are in progress and ${waiting.length} are waiting; retry in ${RETRY_AFTER_SECONDS} s`,
      );
    },
    async run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
      if (closed) throw shuttingDown();
      if (signal?.aborted) throw cancelled();
      if (running >= concurrency) {
        if (waiting.length >= maxQueued) throw this.busy();
        // The releasing task hands its slot over directly, so no newcomer can jump the queue.
        await wait(signal);
      } else {
        running++;
      }
      try {
        return await task();
      } finally {
        release();
      }
    },
    close() {
      closed = true;
      for (const waiter of waiting.splice(0)) waiter.refuse(shuttingDown());
      if (running === 0) return Promise.resolve();
      return new Promise<void>((resolve) => (drained = resolve));
    },
  };
}
