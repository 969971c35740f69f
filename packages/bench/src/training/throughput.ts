/**
 * Throughput by alternating slices: in each round every contender trains for a fixed slice of time
 * (the starting contender rotating from round to round), and its examples per second is the median
 * over rounds. Slices rather than a fixed number of calls, because the contenders differ by up to
 * a hundred times in speed and each should get about the same wall-clock share of the run.
 */
import { median } from '../kit/index.js';

/** One way of training, timed call by call. */
export interface Contender {
  /** Examples one call of `run` trains on. */
  readonly examplesPerCall: number;
  /** Trains on `examplesPerCall` examples. */
  readonly run: () => unknown;
  /** Untimed preparation before each of its slices (e.g. selecting its TF.js backend). */
  readonly enter?: () => Promise<void>;
}

/** How long to time. */
export interface ThroughputPlan {
  /** Rounds, each giving every contender one slice. */
  readonly rounds: number;
  /** Milliseconds of training per slice (a slice ends after the call that crosses it). */
  readonly sliceMs: number;
  /** Milliseconds of untimed training per contender first, so V8 has optimized it. */
  readonly warmupMs: number;
}

/** One contender's measurement. */
export interface Throughput {
  /** The median over rounds of examples per second. */
  readonly examplesPerSecond: number;
  /** Every round's examples per second, in round order. */
  readonly samples: readonly number[];
  /** Calls made in the timed slices altogether. */
  readonly calls: number;
}

/** Runs `c` for at least `ms` milliseconds; returns the calls made and the nanoseconds taken. */
function slice(c: Contender, ms: number): { calls: number; ns: number } {
  const limit = BigInt(Math.round(ms * 1e6));
  const t0 = process.hrtime.bigint();
  let calls = 0;
  let elapsed = 0n;
  do {
    c.run();
    calls++;
    elapsed = process.hrtime.bigint() - t0;
  } while (elapsed < limit);
  return { calls, ns: Number(elapsed) };
}

/**
 * Measures every contender's examples per second by alternating slices, as described above;
 * `between` runs (untimed) before every slice, e.g. a forced garbage collection, so no contender
 * pays for another's garbage.
 */
export async function measureThroughput(
  contenders: readonly Contender[],
  plan: ThroughputPlan,
  between: () => void = () => {},
): Promise<Throughput[]> {
  for (const c of contenders) {
    await c.enter?.();
    slice(c, plan.warmupMs);
  }
  const k = contenders.length;
  const samples: number[][] = contenders.map(() => []);
  const calls = contenders.map(() => 0);
  for (let r = 0; r < plan.rounds; r++) {
    for (let j = 0; j < k; j++) {
      const i = (r + j) % k;
      const c = contenders[i] as Contender;
      await c.enter?.();
      between();
      const s = slice(c, plan.sliceMs);
      (samples[i] as number[]).push((s.calls * c.examplesPerCall * 1e9) / s.ns);
      calls[i] = (calls[i] as number) + s.calls;
    }
  }
  return contenders.map((_, i) => ({
    examplesPerSecond: median(samples[i] as number[]),
    samples: samples[i] as number[],
    calls: calls[i] as number,
  }));
}
