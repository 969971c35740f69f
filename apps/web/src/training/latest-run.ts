/**
 * "A new run cancels the previous one", as the lessons' and the digits' drivers both need: each
 * run gets its own cancel signal, and starting the next (or cancelling) aborts the one before.
 */
import type { CancelSignal } from '@actlab/train';

/** The runs of one driver, at most one of them live. */
export interface LatestRun {
  /** Aborts the live run, if any, and returns the signal of a new one. */
  next(): CancelSignal;
  /** Aborts the live run, if any. */
  cancel(): void;
}

/** No run yet. */
export function createLatestRun(): LatestRun {
  let live: { aborted: boolean } | undefined;
  const cancel = (): void => {
    if (live) live.aborted = true;
    live = undefined;
  };
  return {
    cancel,
    next() {
      cancel();
      const signal = { aborted: false };
      live = signal;
      return signal;
    },
  };
}

/** The message of a thrown value, for an `error` event. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
