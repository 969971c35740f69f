/**
 * Trainings per minute of one process: training requests at the default per-run budget sent back
 * to back, as many in flight as the server has training workers (so none waits in its queue), for
 * a fixed time; then every run started is awaited. The figures are pure functions of the runs.
 */
import { median } from '@actlab/bench/kit';
import type { Limits } from '../src/limits.js';
import type { TrainBody } from '../src/schemas/train.js';
import { planTraining } from '../src/training.js';
import type { TrainingRun } from './training.js';
import { startTraining } from './training.js';

/** A training request of the capacity run and its cost. */
export interface CapacityRequest {
  /** The body sent. */
  readonly body: TrainBody;
  /** Its cost in work units (train's `trainingCost`), at most the budget. */
  readonly cost: number;
  /** The per-run budget it was grown to (`maxTrainingWork`). */
  readonly budget: number;
}

/** How the capacity run went. */
export interface CapacityRun {
  /** The request every run sent. */
  readonly request: CapacityRequest;
  /** Requests in flight at once: the server's training workers. */
  readonly concurrency: number;
  /** Seconds during which new runs were started. */
  readonly seconds: number;
  /** Every run, in the order they ended. */
  readonly runs: readonly TrainingRun[];
  /** When the first run was sent and the last one ended, `performance.now()` ms. */
  readonly startedAt: number;
  /** See `startedAt`. */
  readonly endedAt: number;
}

/** What the report states about a capacity run. */
export interface CapacitySummary {
  /** Runs that answered 200 with a `result` event, per minute of the whole run. */
  readonly runsPerMinute: number;
  /** Median seconds from a request to its final event, over the completed runs. */
  readonly medianSeconds: number;
  /** Runs that completed. */
  readonly completed: number;
  /** Runs that did not (another status, an `error` event or none). */
  readonly failed: number;
}

/**
 * `base` with its epochs grown to the most `limits.maxTrainingWork` allows (as the attack test
 * grows its requests); throws when even one epoch is over the budget.
 */
export function atTrainingBudget(base: TrainBody, limits: Limits): CapacityRequest {
  const budget = limits.maxTrainingWork;
  const make = (epochs: number): TrainBody => ({ ...base, epochs });
  const cost = (epochs: number): number =>
    planTraining(make(epochs), { ...limits, maxTrainingWork: Infinity }).cost.total;
  if (cost(1) > budget) throw new Error(`one epoch costs ${cost(1)}, over the budget ${budget}`);
  let lo = 1;
  let hi = 100_000;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (cost(mid) <= budget) lo = mid;
    else hi = mid - 1;
  }
  return { body: make(lo), cost: cost(lo), budget };
}

/** Whether a run trained to its end: status 200 and a final `result` event. */
function completed(run: TrainingRun): boolean {
  return run.status === 200 && run.outcome === 'result';
}

/** Runs per minute and the median run time of `c`. */
export function summarizeCapacity(c: CapacityRun): CapacitySummary {
  const done = c.runs.filter(completed);
  const minutes = (c.endedAt - c.startedAt) / 60_000;
  return {
    runsPerMinute: minutes > 0 ? done.length / minutes : 0,
    medianSeconds: median(done.map((r) => (r.finishedAt - r.startedAt) / 1000)),
    completed: done.length,
    failed: c.runs.length - done.length,
  };
}

/**
 * Sends `request` to `baseUrl`'s /v1/train back to back on `concurrency` lanes, starting new runs
 * for `seconds`, and waits for the last ones to end.
 */
export async function measureTrainingCapacity(
  baseUrl: string,
  request: CapacityRequest,
  concurrency: number,
  seconds: number,
): Promise<CapacityRun> {
  const runs: TrainingRun[] = [];
  const startedAt = performance.now();
  const deadline = startedAt + seconds * 1000;
  const lane = async (): Promise<void> => {
    while (performance.now() < deadline) {
      runs.push(await startTraining(baseUrl, request.body).done);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  return { request, concurrency, seconds, runs, startedAt, endedAt: performance.now() };
}
