/**
 * A training run in its own thread: receives a plan (configuration, data, epochs), posts progress
 * metrics and the result back. The main thread terminates the worker to cancel.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Metrics, TrainConfig, TrainData } from '@actlab/train';
import { train } from '@actlab/train';

/** What the main thread sends (structured-cloned: plain data and typed arrays). */
export interface WorkerPlan {
  readonly config: TrainConfig;
  readonly data: TrainData;
  readonly epochs: number;
  readonly progressEvery: number;
}

const plan = workerData as WorkerPlan;
const port = parentPort;
if (port) {
  train(plan.config, plan.data, {
    epochs: plan.epochs,
    progressEvery: plan.progressEvery,
    onProgress: (metrics: Metrics) => port.postMessage({ type: 'progress', metrics }),
  }).then(
    (result) => port.postMessage({ type: 'result', result }),
    (error: unknown) => {
      const e = error as { name?: string; code?: string; message?: string; path?: string };
      port.postMessage({
        type: 'error',
        error: { name: e.name, code: e.code, message: e.message, path: e.path },
      });
    },
  );
}
