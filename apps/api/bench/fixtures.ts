/** Made-up measurements for the tests of the pure parts (not part of the bench build). */
import type { ApiBenchReport } from './report.js';
import type { ApiBenchResults, TrainingScenario } from './results.js';
import type { LoadResult, Round } from './stats.js';
import { summarizeScenario } from './stats.js';
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
    training: trainingScenario(),
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
