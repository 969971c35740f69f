/**
 * Where training runs execute: a body that `planTraining` accepted is planned (its data generated,
 * `trainingPlan`), run through train's session driver (`createSession` + `runSession`) and turned
 * into the answer either in a worker thread per run, which also serializes the answer's JSON (so
 * the event loop does none of the work that grows with the run: the data, the training, the
 * model's JSON), or, when the worker's compiled script is not there (tests running the TypeScript
 * sources), in-process, where `runSession` yields to the event loop between slices. The run queue
 * bounds how many run at once.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Metrics, TrainErrorCode } from '@actlab/train';
import { TRAIN_ERROR_CODES, TrainError, createSession, runSession } from '@actlab/train';
import type { Limits } from './limits.js';
import type { TrainBody, TrainResult } from './schemas/train.js';
import { trainResponse, trainingPlan } from './training.js';

/** What a run answers: the answer's JSON as UTF-8 bytes (from a worker), or the answer itself. */
type TrainOutcome = Uint8Array | TrainResult;

/**
 * Runs a body that `planTraining` accepted under `limits`; `onProgress` sees each history entry's
 * metrics; `signal` cancels.
 */
export type TrainingRunner = (
  job: WorkerJob,
  signal: AbortSignal,
  onProgress?: (metrics: Metrics) => void,
) => Promise<TrainOutcome>;

/** Plans, runs and answers `job` in this thread, yielding to the event loop between slices. */
export async function trainInThread(
  job: WorkerJob,
  onProgress?: (metrics: Metrics) => void,
  signal?: AbortSignal,
): Promise<TrainResult> {
  const plan = trainingPlan(job.body, job.limits);
  const result = await runSession(createSession(plan), {
    progressEvery: job.progressEvery,
    ...(signal ? { signal } : {}),
    ...(onProgress ? { onProgress } : {}),
  });
  return trainResponse(result, plan);
}

/** The compiled worker beside this module (present in `dist`, absent when running the sources). */
const DEFAULT_WORKER_URL = new URL('./workers/train-worker.js', import.meta.url);

/** Runs in this thread, sharing the event loop in slices. */
export const inProcessRunner: TrainingRunner = (job, signal, onProgress) =>
  trainInThread(job, onProgress, signal);

/** What a run is started with (structured-cloned to a worker: all plain data). */
export interface WorkerJob {
  /** The request's body, accepted by `planTraining`. */
  readonly body: TrainBody;
  /** The limits it was accepted under (the budget and the answer bound). */
  readonly limits: Limits;
  /** Epochs between progress messages and history entries. */
  readonly progressEvery: number;
}

/** An error as the worker relays it: an Error's fields, since its class does not cross threads. */
export interface RelayedError {
  readonly name?: string;
  readonly code?: string;
  readonly message?: string;
  readonly path?: string;
}

/** Message from the worker. */
export type WorkerMessage =
  | { readonly type: 'progress'; readonly metrics: Metrics }
  | { readonly type: 'result'; readonly json: Uint8Array }
  | { readonly type: 'error'; readonly error: RelayedError };

/** True when `code` is one of train's error codes (own keys only: not `toString` and the like). */
function isTrainErrorCode(code: unknown): code is TrainErrorCode {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(TRAIN_ERROR_CODES, code);
}

/**
 * The error a relayed one stands for: a TrainError with its code and path when it carries one of
 * train's codes (so it keeps its status), otherwise a plain Error (a 500 whose message only the
 * log sees).
 */
export function relayedError(error: RelayedError): Error {
  const message = error.message ?? 'training failed';
  return isTrainErrorCode(error.code)
    ? new TrainError(error.code, message, error.path ?? '')
    : new Error(message);
}

/** A runner that starts one worker thread per run from `script`, terminated when cancelled or done. */
function workerRunner(script: URL): TrainingRunner {
  return (job, signal, onProgress) =>
    new Promise<TrainOutcome>((resolve, reject) => {
      if (signal.aborted) {
        reject(new TrainError('CANCELLED', 'the training run was cancelled'));
        return;
      }
      const worker = new Worker(script, { workerData: job });
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
        else if (message.type === 'result') settle(() => resolve(message.json));
        else settle(() => reject(relayedError(message.error)));
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
