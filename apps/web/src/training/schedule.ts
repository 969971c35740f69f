/**
 * The two ways a driver waits for its next slice: setTimeout on a page's thread, and a
 * MessageChannel for "now" in a worker, where setTimeout(0) is clamped to 4 ms after a few nested
 * calls and a fast trainer would spend most of its time waiting.
 */
import type { DriverHost } from './ticker.js';

/** A host on setTimeout and performance.now (the page's thread, or a test with real timers). */
export const TIMEOUT_HOST: DriverHost = {
  now: () => performance.now(),
  schedule: (fn, delay) => {
    setTimeout(fn, delay);
  },
};

/** A host for a worker: no-delay work goes through a MessageChannel, the rest through setTimeout. */
export function channelHost(): DriverHost {
  const channel = new MessageChannel();
  const queued: (() => void)[] = [];
  channel.port1.onmessage = () => queued.shift()?.();
  return {
    now: () => performance.now(),
    schedule: (fn, delay) => {
      if (delay > 0) {
        setTimeout(fn, delay);
      } else {
        queued.push(fn);
        channel.port2.postMessage(null);
      }
    },
  };
}
