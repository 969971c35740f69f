/**
 * A training run in its own thread: receives a body that `planTraining` accepted, plans it (the
 * data is generated here), runs it through train's session driver, posting progress metrics, and
 * posts the answer's JSON as bytes (transferred, not copied), or the error's fields (its code
 * included) when it fails. The main thread terminates the worker to cancel.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Metrics } from '@actlab/train';
import type { RelayedError, WorkerJob, WorkerMessage } from '../training-runner.js';
import { trainInThread } from '../training-runner.js';

const job = workerData as WorkerJob;
const port = parentPort;
if (port) {
  const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []): void =>
    port.postMessage(message, transfer);
  Promise.resolve()
    .then(() => trainInThread(job, (metrics: Metrics) => post({ type: 'progress', metrics })))
    .then(
      (answer) => {
        const json = new TextEncoder().encode(JSON.stringify(answer));
        post({ type: 'result', json }, [json.buffer as ArrayBuffer]);
      },
      (error: unknown) => {
        const e = error as RelayedError;
        post({
          type: 'error',
          error: { name: e.name, code: e.code, message: e.message, path: e.path },
        });
      },
    );
}
