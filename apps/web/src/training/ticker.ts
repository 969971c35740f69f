/**
 * The loop every training driver runs: a tick (train a slice, post what changed) scheduled again
 * and again while the driver is running. The playground's and the gradients page's drivers both
 * run on it; what a tick does and how long to wait before the next is theirs.
 */

/** Where a driver runs: the worker scope, the page's thread, or a test's fake clock. */
export interface DriverHost {
  /** Milliseconds, monotonic. */
  now(): number;
  /** Calls `fn` after `delay` ms, letting waiting messages in first. */
  schedule(fn: () => void, delay: number): void;
}

/** A loop that is either running (a tick is scheduled or under way) or stopped. */
export interface Ticker {
  /** True from `start` until `stop`, or until a tick asks to stop. */
  readonly running: boolean;
  /** Runs the loop, the first tick after `delay` ms (no second tick is scheduled if one is). */
  start(delay?: number): void;
  /** Stops the loop; a tick already scheduled then does nothing. */
  stop(): void;
}

/**
 * A loop on `host` calling `tick`, which returns the milliseconds to wait before the next tick,
 * or undefined to stop. A tick that calls `stop` is not scheduled again either.
 */
export function createTicker(host: DriverHost, tick: () => number | undefined): Ticker {
  let running = false;
  let scheduled = false;
  const fire = (): void => {
    scheduled = false;
    if (!running) return;
    const delay = tick();
    if (delay === undefined) running = false;
    else if (running) schedule(delay);
  };
  const schedule = (delay: number): void => {
    if (scheduled) return;
    scheduled = true;
    host.schedule(fire, delay);
  };
  return {
    get running() {
      return running;
    },
    start(delay = 0) {
      running = true;
      schedule(delay);
    },
    stop() {
      running = false;
    },
  };
}
