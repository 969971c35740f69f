/**
 * Where training runs execute: in a worker thread per run (so the event loop keeps answering
 * /healthz and every other route at full speed while a core trains), or, when the worker's
 * compiled script is not there (tests running the TypeScript sources), in-process, where train's
 * runs yield to the event loop between slices. The run queue bounds how many run at once.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Metrics, RunResult } from '@actlab/train';
import { TrainError, train } from '@actlab/train';
import type { TrainPlan } from './training.js';

/** Runs a plan; `onProgress` sees each history entry's metrics; `signal` cancels. */
export type TrainingRunner = (
  plan: TrainPlan,
  progressEvery: number,
  signal: AbortSignal,
  onProgress?: (metrics: Metrics) => void,
) => Promise<RunResult>;

/** The compiled worker beside this module (present in `dist`, absent when running the sources). */
export const DEFAULT_WORKER_URL = new URL('./workers/train-worker.js', import.meta.url);

/** Runs in this thread, sharing the event loop in slices. */
export const inProcessRunner: TrainingRunner = (plan, progressEvery, signal, onProgress) =>
  train(plan.config, plan.data, {
    epochs: plan.epochs,
    progressEvery,
    signal,
    ...(onProgress ? { onProgress } : {}),
  });

/** Message from the worker. */
type WorkerMessage =
  | { readonly type: 'progress'; readonly metrics: Metrics }
  | { readonly type: 'result'; readonly result: RunResult }
  | { readonly type: 'error'; readonly error: { code?: string; message?: string; path?: string } };

/** A runner that starts one worker thread per run from `script`, terminated when cancelled or done. */
export function workerRunner(script: URL): TrainingRunner {
  return (plan, progressEvery, signal, onProgress) =>
    new Promise<RunResult>((resolve, reject) => {
      if (signal.aborted) {
        reject(new TrainError('CANCELLED', 'the training run was cancelled'));
        return;
      }
      const worker = new Worker(script, {
        workerData: { config: plan.config, data: plan.data, epochs: plan.epochs, progressEvery },
      });
      let settled = false;
      const settle = (finish: () => void): void => {
        if (settled) return;
        settled = true;
        signal.removeEventListener('abort', cancel);
        void worker.terminate();
        finish();
      };
      const cancel = (): void =>
        settle(() => reject(new TrainError('CANCELLED', 'the training run was cancelled')));
      signal.addEventListener('abort', cancel, { once: true });
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'progress') onProgress?.(message.metrics);
        else if (message.type === 'result') settle(() => resolve(message.result));
        else {
          const { code, message: text, path } = message.error;
          const known =
            code !== undefined &&
            code in { INVALID_CONFIG: 1, SHAPE_MISMATCH: 1, INVALID_DATASET: 1, INVALID_MODEL: 1 };
          settle(() =>
            reject(
              known
                ? new TrainError(code as 'INVALID_CONFIG', text ?? 'training failed', path ?? '')
                : new Error(text ?? 'training failed'),
            ),
          );
        }
      });
      worker.on('error', (error) => settle(() => reject(error)));
      worker.on('exit', (exitCode) =>
        settle(() => reject(new Error(`training worker exited with code ${exitCode}`))),
      );
    });
}

/** The runner for `worker`: a URL to the worker script, false for in-process, or the default (worker if compiled). */
export function trainingRunner(worker: URL | false | undefined): TrainingRunner {
  if (worker === false) return inProcessRunner;
  const script = worker ?? DEFAULT_WORKER_URL;
  return existsSync(fileURLToPath(script)) ? workerRunner(script) : inProcessRunner;
}
