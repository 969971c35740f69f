/**
 * The training worker: a thin adapter between the worker scope and the session (session.ts), so
 * training never blocks the page. `schedule` with no delay goes through a MessageChannel rather
 * than setTimeout(0), which browsers clamp to 4 ms after a few nested calls.
 */
import type { Command, WorkerMessage } from './protocol.js';
import { createSession } from './session.js';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const channel = new MessageChannel();
const queued: (() => void)[] = [];
channel.port1.onmessage = () => queued.shift()?.();

const session = createSession({
  post: (message: WorkerMessage, transfer: Transferable[]) => scope.postMessage(message, transfer),
  now: () => performance.now(),
  schedule: (fn, delay) => {
    if (delay > 0) {
      setTimeout(fn, delay);
    } else {
      queued.push(fn);
      channel.port2.postMessage(null);
    }
  },
});

scope.onmessage = (event: MessageEvent<Command>) => session.handle(event.data);
