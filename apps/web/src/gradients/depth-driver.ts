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
import type { DepthView } from './depth-compute.js';
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
  const work = () => {
    scheduled = false;
    const params = latest;
    latest = undefined;
    if (!params || disposed) return;
    try {
      emit({ type: 'view', view: computeDepth(params, edges, draws) });
    } catch (error) {
      emit({ type: 'error', key: depthKey(params), message: errorMessage(error) });
    }
  };
  return {
    send(command) {
      latest = command.params;
      if (scheduled) return;
      scheduled = true;
      host.schedule(work, 0);
    },
    dispose() {
      disposed = true;
    },
  };
}
