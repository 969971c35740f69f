/**
 * The summaries the benchmark reports: medians over rounds, latency percentiles, and the ratio of
 * the API to the bare route per round, so that drift of the machine between rounds cancels out.
 * The median itself is the kit's.
 */
import { median } from '@actlab/bench/kit';

/** One load of one server: what autocannon counted and the latencies it saw. */
export interface LoadResult {
  /** 2xx answers per second over the load. */
  readonly rps: number;
  /** Median latency of the 2xx answers, ms. */
  readonly p50: number;
  /** 99th percentile latency of the 2xx answers, ms. */
  readonly p99: number;
  /** 2xx answers. */
  readonly ok: number;
  /** Answers with any other status. */
  readonly non2xx: number;
  /** Connection errors and timeouts. */
  readonly errors: number;
  /** Server CPU time over wall time during the load: 1 is one core busy all along. */
  readonly cpu: number;
  /** The load generator's (this process's) CPU time over wall time during the load. */
  readonly clientCpu: number;
  /** When the load started and ended, `performance.now()` ms of the parent. */
  readonly startedAt: number;
  /** See `startedAt`. */
  readonly endedAt: number;
}

/** One round: the API and the bare server, loaded one after the other. */
export interface Round {
  /** The actlab API. */
  readonly actlab: LoadResult;
  /** The bare Fastify route. */
  readonly bare: LoadResult;
}

/** One contender over all rounds: medians of the per-round figures. */
export interface ContenderSummary {
  /** Median requests per second. */
  readonly rps: number;
  /** Median of the rounds' p50 latencies, ms. */
  readonly p50: number;
  /** Median of the rounds' p99 latencies, ms. */
  readonly p99: number;
  /** Median server CPU (cores). */
  readonly cpu: number;
  /** Median load-generator CPU (cores). */
  readonly clientCpu: number;
  /** Median server CPU time per answer, microseconds: cost that does not depend on who saturates. */
  readonly cpuPerRequest: number;
  /** Non-2xx answers and errors over all rounds. */
  readonly failures: number;
}

/** Both contenders of a scenario and how they compare. */
export interface ScenarioSummary {
  /** The actlab API. */
  readonly actlab: ContenderSummary;
  /** The bare route. */
  readonly bare: ContenderSummary;
  /** actlab's requests/s over bare's, per round. */
  readonly ratios: readonly number[];
  /** The median of `ratios`: the figure the targets judge. */
  readonly ratio: number;
}

/** The medians of one contender's rounds. */
function summarizeContender(loads: readonly LoadResult[]): ContenderSummary {
  return {
    rps: median(loads.map((l) => l.rps)),
    p50: median(loads.map((l) => l.p50)),
    p99: median(loads.map((l) => l.p99)),
    cpu: median(loads.map((l) => l.cpu)),
    clientCpu: median(loads.map((l) => l.clientCpu)),
    cpuPerRequest: median(loads.map((l) => (l.cpu / l.rps) * 1e6)),
    failures: loads.reduce((sum, l) => sum + l.non2xx + l.errors, 0),
  };
}

/** A scenario's summary: each contender's medians and the median per-round ratio. */
export function summarizeScenario(rounds: readonly Round[]): ScenarioSummary {
  const ratios = rounds.map((r) => r.actlab.rps / r.bare.rps);
  return {
    actlab: summarizeContender(rounds.map((r) => r.actlab)),
    bare: summarizeContender(rounds.map((r) => r.bare)),
    ratios,
    ratio: median(ratios),
  };
}

/** One round of the three servers: the API with its budgets in memory, in Redis, and bare. */
export interface StoreRound {
  /** The API, budgets in its own memory (the default). */
  readonly memory: LoadResult;
  /** The API, budgets in Redis (REDIS_URL). */
  readonly redis: LoadResult;
  /** The bare Fastify route. */
  readonly bare: LoadResult;
}

/** The median of per-round ratios, with the rounds'. */
export interface RatioSummary {
  /** One ratio per round. */
  readonly ratios: readonly number[];
  /** Their median. */
  readonly ratio: number;
}

/** A route measured on the three servers in the same rounds. */
export interface StoreScenarioSummary {
  /** The API with in-memory budgets against bare. */
  readonly memory: ScenarioSummary;
  /** The API with budgets in Redis against bare. */
  readonly redis: ScenarioSummary;
  /** The cost of Redis: the Redis API's requests/s over the in-memory API's, per round. */
  readonly redisCost: RatioSummary;
}

/** The summary of three-server rounds: each API against bare, and Redis against memory. */
export function summarizeStoreScenario(rounds: readonly StoreRound[]): StoreScenarioSummary {
  const ratios = rounds.map((r) => r.redis.rps / r.memory.rps);
  return {
    memory: summarizeScenario(rounds.map((r) => ({ actlab: r.memory, bare: r.bare }))),
    redis: summarizeScenario(rounds.map((r) => ({ actlab: r.redis, bare: r.bare }))),
    redisCost: { ratios, ratio: median(ratios) },
  };
}

/**
 * The order of the contenders in round `i`: every rotation of `items`, forwards then backwards
 * (A B C, B C A, C A B, C B A, ...; for two, A B, B A, ...), so that none always runs first or
 * right after the same other (on a machine that is warming or cooling, or after another's load).
 */
export function roundOrder<T>(i: number, items: readonly T[]): T[] {
  const n = items.length;
  const cycle = n === 2 ? 2 : 2 * n;
  const k = i % cycle;
  const rotated = items.map((_, j) => items[(j + k) % n] as T);
  return k < n || n === 2 ? rotated : rotated.reverse();
}
