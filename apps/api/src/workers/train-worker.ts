/**
 * A training run in its own thread: receives a plan from `planRun` and runs it through train's
 * session driver, posting progress metrics and the result back, or the error's fields (its code
 * included) when it fails. The main thread terminates the worker to cancel.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Metrics } from '@actlab/train';
import { createSession, runSession } from '@actlab/train';
import type { RelayedError, WorkerJob, WorkerMessage } from '../training-runner.js';

const { plan, progressEvery } = workerData as WorkerJob;
const port = parentPort;
if (port) {
  const post = (message: WorkerMessage): void => port.postMessage(message);
  Promise.resolve()
    .then(() =>
      runSession(createSession(plan), {
        progressEvery,
        onProgress: (metrics: Metrics) => post({ type: 'progress', metrics }),
      }),
    )
    .then(
      (result) => post({ type: 'result', result }),
      (error: unknown) => {
        const e = error as RelayedError;
        post({
          type: 'error',
          error: { name: e.name, code: e.code, message: e.message, path: e.path },
        });
      },
    );
}
