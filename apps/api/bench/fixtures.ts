/** Made-up measurements for the tests of the pure parts (not part of the bench build). */
import type { CapacityRun } from './capacity.js';
import type { ApiBenchReport } from './report.js';
import type { ApiBenchResults, RedisResults, TrainingScenario } from './results.js';
import type { LoadResult, Round } from './stats.js';
import { summarizeScenario } from './stats.js';
import type { TrainingRun } from './training.js';
import { evaluateTargets } from './targets.js';

/** A load with round figures; `overrides` changes any of them. */
export function loadResult(overrides: Partial<LoadResult> = {}): LoadResult {
  return {
    rps: 1000,
    p50: 5,
    p99: 10,
    ok: 2000,
    non2xx: 0,
    errors: 0,
    cpu: 1,
    clientCpu: 0.3,
    startedAt: 1000,
    endedAt: 3000,
    ...overrides,
  };
}

/** Rounds where actlab does `actlab` requests/s and bare `bare`, one pair per round. */
export function rounds(actlab: readonly number[], bare: readonly number[]): Round[] {
  return actlab.map((rps, i) => ({
    actlab: loadResult({ rps }),
    bare: loadResult({ rps: bare[i] as number }),
  }));
}

/** A training run that started before the load (1,000 to 3,000 ms) and ended after it. */
export function trainingScenario(
  overrides: Partial<TrainingScenario['run']> = {},
): TrainingScenario {
  return {
    request: { dataset: 'circle', epochs: 100 },
    load: loadResult({ rps: 5000, p50: 1, p99: 8 }),
    run: {
      status: 200,
      outcome: 'result',
      startedAt: 0,
      progressAt: [500, 1500, 2500, 3500],
      finishedAt: 4000,
      lastEpoch: 100,
      detail: '',
      ...overrides,
    },
  };
}

/** Redis results: both APIs 5% slower than in memory, every request counted. */
export function redisResults(overrides: Partial<RedisResults> = {}): RedisResults {
  return {
    version: '7.0.15',
    evaluate: summarizeScenario(rounds([1045, 1140, 950], [1000, 1000, 1000])),
    health: summarizeScenario(rounds([9000, 9500, 8500], [10000, 10000, 10000])),
    evaluateCost: { ratios: [0.95, 0.95, 0.95], ratio: 0.95 },
    healthCost: { ratios: [1, 0.98, 1.02], ratio: 1 },
    counted: 7000,
    answered: 6000,
    ...overrides,
  };
}

/** A completed training run from `start` to `end` ms, or as `overrides` say. */
export function trainingRun(start: number, end: number, overrides: Partial<TrainingRun> = {}) {
  return {
    status: 200,
    outcome: 'result',
    startedAt: start,
    progressAt: [start + 100],
    finishedAt: end,
    lastEpoch: 569,
    detail: '',
    ...overrides,
  } satisfies TrainingRun;
}

/** Four runs of 2, 3, 2 and 3 s back to back on one lane, 10 s in all: 24 a minute, median 2.5 s. */
export function capacityRun(overrides: Partial<CapacityRun> = {}): CapacityRun {
  return {
    request: {
      body: { dataset: 'circle', hidden: [16, 16], epochs: 569 },
      cost: 3_995_210_540,
      budget: 4_000_000_000,
    },
    concurrency: 1,
    seconds: 8,
    runs: [
      trainingRun(0, 2000),
      trainingRun(2000, 5000),
      trainingRun(5000, 7000),
      trainingRun(7000, 10_000),
    ],
    startedAt: 0,
    endedAt: 10_000,
    ...overrides,
  };
}

/** Results where every target passes unless `overrides` say otherwise. */
export function results(overrides: Partial<ApiBenchResults> = {}): ApiBenchResults {
  return {
    plan: {
      connections: 10,
      rounds: 3,
      seconds: 2,
      warmupSeconds: 1,
      evaluateSize: 1000,
      bodyBytes: 19_000,
    },
    check: { ok: true, maxYError: 0, maxDyError: 1e-13, detail: 'y within 0' },
    evaluate: summarizeScenario(rounds([1100, 1200, 1000], [1000, 1000, 1000])),
    health: summarizeScenario(rounds([9000, 9500, 8500], [10000, 10000, 10000])),
    redis: redisResults(),
    training: trainingScenario(),
    capacity: capacityRun(),
    ...overrides,
  };
}

/** A whole report of `r`, with its verdicts and a fixed environment. */
export function report(r: ApiBenchResults = results()): ApiBenchReport {
  return {
    ...r,
    targets: evaluateTargets(r),
    env: {
      date: '2026-01-01T00:00:00.000Z',
      cpu: 'Test CPU',
      cores: 2,
      node: '20.20.2',
      fastify: '5.12.8',
      autocannon: '8.0.0',
      loadStart: 0.5,
      loadEnd: 1.5,
      seconds: 75,
    },
  };
}
