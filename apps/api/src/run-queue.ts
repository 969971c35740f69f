/**
 * A bound on concurrent training runs: at most `concurrency` run at once, at most `maxQueued` wait,
 * and beyond that a request is refused at once with 503 and Retry-After instead of piling up.
 */
import { ApiError } from './problem.js';

/** Runs tasks with bounded concurrency and a bounded queue. */
export interface RunQueue {
  /** Runs `task` when a slot is free; throws a 503 ApiError (code BUSY) when the queue is full. */
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Tasks running now. */
  readonly running: number;
  /** Tasks waiting for a slot. */
  readonly queued: number;
  /** True when `run` would refuse a task now. */
  readonly full: boolean;
  /** The 503 error `run` throws when full, for callers that must refuse before starting. */
  busy(): ApiError;
}

/** Seconds a refused client is asked to wait before retrying. */
export const RETRY_AFTER_SECONDS = 5;

/** A queue running at most `concurrency` tasks with at most `maxQueued` waiting. */
export function createRunQueue(concurrency: number, maxQueued: number): RunQueue {
  let running = 0;
  const waiting: (() => void)[] = [];
  const release = (): void => {
    running--;
    const next = waiting.shift();
    if (next) {
      running++;
      next();
    }
  };
  return {
    get running() {
      return running;
    },
    get queued() {
      return waiting.length;
    },
    get full() {
      return running >= concurrency && waiting.length >= maxQueued;
    },
    busy() {
      return new ApiError(
        503,
        'BUSY',
        `${running} training runs are in progress and ${waiting.length} are waiting; retry in ${RETRY_AFTER_SECONDS} s`,
      );
    },
    async run<T>(task: () => Promise<T>): Promise<T> {
      if (running >= concurrency) {
        if (waiting.length >= maxQueued) throw this.busy();
        // The releasing task hands its slot over directly, so no newcomer can jump the queue.
        await new Promise<void>((resolve) => waiting.push(resolve));
      } else {
        running++;
      }
      try {
        return await task();
      } finally {
        release();
      }
    },
  };
}
