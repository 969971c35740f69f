/**
 * The per-client budgets of the benchmarked API. The load comes from one address, so the default
 * budgets (600 requests a minute, ten full training runs per ten minutes) would refuse it within a
 * second: both stay on, counted per request as deployed (in memory, or in Redis with REDIS_URL),
 * but so large that no run of the benchmark reaches them.
 */
import { DEFAULT_CLIENT_BUDGETS, DEFAULT_LIMITS } from '../src/limits.js';

/** The request budget (RATE_LIMIT_MAX, RATE_LIMIT_WINDOW): a billion /v1 requests an hour. */
export const BENCH_REQUEST_BUDGET = { max: 1_000_000_000, timeWindow: 3_600_000 } as const;

/**
 * The work budget (WORK_BUDGET, WORK_WINDOW): a million full training runs per the default
 * window, 4e15 work units, still a safe integer and exact in Redis's doubles.
 */
export const BENCH_WORK_BUDGET = {
  budget: 1_000_000 * DEFAULT_LIMITS.maxTrainingWork,
  windowMs: DEFAULT_CLIENT_BUDGETS.workWindowMs,
} as const;
