/**
 * Computes the instrument's curves off the page's thread, always for the latest parameters: a
 * command only records them and schedules one computation, so while a slider is dragged the
 * values that arrived during a computation are skipped, not queued. The same driver runs inside
 * the worker and, where workers are missing (tests), on the main thread.
 */
import { createDepthDraws } from '@actlab/train';
import type { Driver } from '../training/connect.js';
import { errorMessage } from '../training/latest-run.js';
import { TIMEOUT_HOST } from '../training/schedule.js';
import type { DriverHost } from '../training/ticker.js';
import type { DepthCurve, DepthView } from './depth-compute.js';
import { computeDepth } from './depth-compute.js';
import type { DepthParams } from './depth-params.js';
import { depthKey } from './depth-params.js';

/** What the driver tells its owner. */
export type DepthEvent =
  | { readonly type: 'view'; readonly view: DepthView }
  | { readonly type: 'error'; readonly key: string; readonly message: string };

/** Commands to the driver (also the worker's messages). */
export type DepthCommand = { readonly type: 'compute'; readonly params: DepthParams };

/** A driver: send it parameters, it reports the curves through the `emit` it was made with. */
export type DepthDriver = Driver<DepthCommand>;

/** A driver reporting to `emit`, computing on `host`'s timer. */
export function createDepthDriver(
  emit: (event: DepthEvent) => void,
  host: DriverHost = TIMEOUT_HOST,
): DepthDriver {
  let latest: DepthParams | undefined;
  let scheduled = false;
  let disposed = false;
  const edges = new Map<string, number | undefined>();
  // The random network's draws, kept for every curve and slider move (about 50 MB at 100 x 256).
  const draws = createDepthDraws();
  // The view being built, one curve per scheduled task: between two curves newer parameters can
  // arrive and replace it, and each finished curve is shown at once (the first within one
  // curve's time, about 35 ms at 100 x 256).
  let job: { params: DepthParams; curves: DepthCurve[] } | undefined;
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    host.schedule(work, 0);
  };
  const work = () => {
    scheduled = false;
    if (disposed) return;
    if (latest) {
      job = { params: latest, curves: [] };
      latest = undefined;
    }
    if (!job) return;
    const { params, curves } = job;
    try {
      const id = params.activations[curves.length];
      const one = computeDepth(
        { ...params, activations: id === undefined ? [] : [id] },
        edges,
        draws,
      );
      curves.push(...one.curves);
      const pending = params.activations.length - curves.length;
      emit({
        type: 'view',
        view: {
          params,
          batch: one.batch,
          curves: [...curves],
          ...(pending > 0 ? { pending } : {}),
        },
      });
      if (pending > 0) schedule();
      else job = undefined;
    } catch (error) {
      job = undefined;
      emit({ type: 'error', key: depthKey(params), message: errorMessage(error) });
    }
  };
  return {
    send(command) {
      latest = command.params;
      schedule();
    },
    dispose() {
      disposed = true;
    },
  };
}
