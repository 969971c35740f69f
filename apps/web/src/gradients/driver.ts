/**
 * Runs a gradient session epoch by epoch, yielding to the event loop between epochs so that a
 * pause or new parameters are heard at once. The same driver runs inside the page's worker and,
 * where workers are missing (tests), on the main thread.
 */
import type { GradientParams } from './params.js';
import type { GradientSnapshot } from './session.js';
import { createGradientSession } from './session.js';

/** Training stops by itself after this many epochs (the lesson is visible long before). */
export const MAX_EPOCHS = 300;

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
export interface GradientDriver {
  send(command: DriverCommand): void;
  dispose(): void;
}

/**
 * A driver that reports to `emit`, training `sliceMs` at a time (on a main thread, keep it to a
 * frame or so).
 */
export function createGradientDriver(
  emit: (event: DriverEvent) => void,
  sliceMs = WORKER_SLICE_MS,
): GradientDriver {
  let session: ReturnType<typeof createGradientSession> | undefined;
  let running = false;
  let epochs = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const report = () => {
    if (session) emit({ type: 'snapshot', snapshot: session.snapshot(), running });
  };
  const tick = () => {
    timer = undefined;
    if (!session || !running) return;
    // Small networks train many epochs in the time a snapshot takes: batch them, so the chart
    // moves smoothly without spending most of the time measuring.
    const started = Date.now();
    let epoch = epochs;
    do {
      session.advance();
      epoch++;
    } while (epoch < MAX_EPOCHS && Date.now() - started < sliceMs);
    epochs = epoch;
    if (epochs >= MAX_EPOCHS) running = false;
    report();
    if (running) timer = setTimeout(() => guard(tick), 0);
  };
  const guard = (action: () => void) => {
    try {
      action();
    } catch (error) {
      running = false;
      emit({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };
  return {
    send(command) {
      guard(() => {
        if (command.type === 'reset') {
          running = false;
          if (timer !== undefined) clearTimeout(timer);
          timer = undefined;
          session = createGradientSession(command.params);
          epochs = 0;
          report();
        } else if (command.type === 'run') {
          if (running || !session) return;
          running = true;
          report();
          timer = setTimeout(() => guard(tick), 0);
        } else {
          running = false;
          report();
        }
      });
    },
    dispose() {
      running = false;
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}
