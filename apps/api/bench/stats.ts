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

/**
 * The order of the two contenders in round `i`: A B, B A, A B, ... so that neither always runs
 * first (right after the other's load, or on a machine that is warming or cooling).
 */
export function roundOrder<T>(i: number, a: T, b: T): readonly [T, T] {
  return i % 2 === 0 ? [a, b] : [b, a];
}
