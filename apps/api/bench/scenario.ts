/**
 * One route measured on the three servers: the API with its budgets in memory, the API with its
 * budgets in Redis, and the bare route, warmed up, then loaded one after another in rounds whose
 * order changes every round (stats.ts, `roundOrder`), so that a burst of other work on the machine
 * spoils one round's ratios, not the median, and drift between rounds cancels out of the ratios.
 */
import type { BenchServer } from './children.js';
import type { LoadSpec } from './load.js';
import { load } from './load.js';
import type { BenchPlan } from './results.js';
import type { LoadResult, StoreRound, StoreScenarioSummary } from './stats.js';
import { roundOrder, summarizeStoreScenario } from './stats.js';

/** A server and what to send it. */
interface Contender {
  /** The server. */
  readonly server: BenchServer;
  /** The request. */
  readonly spec: Omit<LoadSpec, 'seconds' | 'connections'>;
}

/** The three contenders of a route, by their place in a `StoreRound`. */
export type Contenders = Readonly<Record<keyof StoreRound, Contender>>;

/** A route's summary and its rounds. */
export interface StoreScenario {
  /** Medians and ratios. */
  readonly summary: StoreScenarioSummary;
  /** Every round. */
  readonly rounds: readonly StoreRound[];
}

/** One round as a progress line. */
function roundLine(i: number, round: StoreRound): string {
  const part = (name: string, l: LoadResult): string =>
    `${name} ${Math.round(l.rps)}/s (CPU ${l.cpu.toFixed(2)})`;
  const ratio = (a: LoadResult, b: LoadResult) => (a.rps / b.rps).toFixed(2);
  return (
    `  round ${i + 1}: ${part('memory', round.memory)}, ${part('redis', round.redis)}, ` +
    `${part('bare', round.bare)}, autocannon CPU ${round.bare.clientCpu.toFixed(2)}; ` +
    `memory/bare ${ratio(round.memory, round.bare)}, redis/bare ${ratio(round.redis, round.bare)}, ` +
    `redis/memory ${ratio(round.redis, round.memory)}`
  );
}

/** The order in which the contenders are named, rotated by `roundOrder`. */
const NAMES = ['memory', 'redis', 'bare'] as const;

/** Warm-up of each contender, then `plan.rounds` rounds of one load each in changing order. */
export async function storeScenario(
  plan: BenchPlan,
  contenders: Contenders,
  progress: (line: string) => void,
): Promise<StoreScenario> {
  const run = (c: Contender, seconds: number): Promise<LoadResult> =>
    load(c.server, { ...c.spec, seconds, connections: plan.connections });
  for (const name of NAMES) await run(contenders[name], plan.warmupSeconds);
  const rounds: StoreRound[] = [];
  for (let i = 0; i < plan.rounds; i++) {
    const loads: Partial<Record<keyof StoreRound, LoadResult>> = {};
    for (const name of roundOrder(i, NAMES))
      loads[name] = await run(contenders[name], plan.seconds);
    const { memory, redis, bare } = loads;
    if (!memory || !redis || !bare) throw new Error(`round ${i + 1} missed a contender`);
    const round: StoreRound = { memory, redis, bare };
    rounds.push(round);
    progress(roundLine(i, round));
  }
  return { summary: summarizeStoreScenario(rounds), rounds };
}
