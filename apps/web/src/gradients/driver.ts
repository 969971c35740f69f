/**
 * Drives the gradient run in slices, yielding to the event loop between them so that a pause or
 * new parameters are heard at once. The same driver runs inside the page's worker and, where
 * workers are missing (tests), on the main thread.
 */
import type { Driver } from '../training/connect.js';
import { errorMessage } from '../training/latest-run.js';
import { TIMEOUT_HOST } from '../training/schedule.js';
import type { DriverHost } from '../training/ticker.js';
import { createTicker } from '../training/ticker.js';
import type { GradientParams } from './params.js';
import type { GradientRun, GradientSnapshot } from './run.js';
import { createGradientRun } from './run.js';

/** Milliseconds of training between snapshots (at least one epoch), in a worker. */
const WORKER_SLICE_MS = 100;

/** What the driver tells its owner. */
export type DriverEvent =
  | { readonly type: 'snapshot'; readonly snapshot: GradientSnapshot; readonly running: boolean }
  | { readonly type: 'error'; readonly message: string };

/** Commands to the driver (also the worker's messages). */
export type DriverCommand =
  | { readonly type: 'reset'; readonly params: GradientParams }
  | { readonly type: 'run' }
  | { readonly type: 'pause' };

/** A driver: send it commands, it reports through the `emit` it was made with. */
export type GradientDriver = Driver<DriverCommand>;

/**
 * A driver that reports to `emit`, training `sliceMs` at a time (on a main thread, keep it to a
 * frame or so), on `host`'s clock and timer.
 */
export function createGradientDriver(
  emit: (event: DriverEvent) => void,
  sliceMs = WORKER_SLICE_MS,
  host: DriverHost = TIMEOUT_HOST,
): GradientDriver {
  let run: GradientRun | undefined;
  const report = () => {
    if (run) emit({ type: 'snapshot', snapshot: run.snapshot(), running: ticker.running });
  };
  const guard = (action: () => void) => {
    try {
      action();
    } catch (error) {
      ticker.stop();
      emit({ type: 'error', message: errorMessage(error) });
    }
  };
  // Small networks train many epochs in the time a snapshot takes: batch them, so the chart
  // moves smoothly without spending most of the time measuring.
  const ticker = createTicker(host, () => {
    guard(() => {
      if (!run) return ticker.stop();
      run.runFor(sliceMs, () => host.now());
      if (run.done) ticker.stop();
      report();
    });
    return 0;
  });
  return {
    send(command) {
      guard(() => {
        if (command.type === 'reset') {
          ticker.stop();
          run = createGradientRun(command.params);
          report();
        } else if (command.type === 'run') {
          if (ticker.running || !run || run.done) return;
          ticker.start();
          report();
        } else {
          ticker.stop();
          report();
        }
      });
    },
    dispose() {
      ticker.stop();
    },
  };
}
