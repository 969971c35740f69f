/**
 * The timing harness: every contender of a cell is warmed up, then they run in turn (A B C, B C A,
 * C A B, ...) so that drift in the machine (frequency, other load, GC debt) falls on all of them
 * alike, and each contender's median is taken.
 */
import { median } from './kit/index.js';

/** How long and how often to time one cell. */
export interface CellPlan {
  /** Calls per timed sample, so that a sample is long next to the clock's own cost. */
  readonly inner: number;
  /** Warm-up: run each contender at least this long (ms) so V8 has optimized it... */
  readonly warmupMs: number;
  /** ...and at least this many calls. */
  readonly warmupCalls: number;
  /** Aim for this much timed work (ms) per cell, all contenders together. */
  readonly budgetMs: number;
  /** Never fewer samples than this, however slow a contender is. */
  readonly minReps: number;
  /** Never more samples than this, however fast. */
  readonly maxReps: number;
}

/** The timings of one cell. */
export interface CellTiming {
  /** Median nanoseconds per call, per contender, in the order given. */
  readonly medianNs: readonly number[];
  /** Samples taken per contender. */
  readonly reps: number;
}

/** Runs `fn` until both the time and the call count of the warm-up are met; returns ms per call. */
function warm(fn: () => unknown, plan: CellPlan): number {
  const start = performance.now();
  let calls = 0;
  while (calls < plan.warmupCalls || performance.now() - start < plan.warmupMs) {
    fn();
    calls++;
  }
  return (performance.now() - start) / calls;
}

/** Times the contenders of one cell by alternating median, as described above. */
export function timeCell(contenders: readonly (() => unknown)[], plan: CellPlan): CellTiming {
  const msPerCall = contenders.map((fn) => warm(fn, plan));
  const msPerRound = msPerCall.reduce((a, b) => a + b, 0) * plan.inner;
  const reps = Math.min(
    plan.maxReps,
    Math.max(plan.minReps, Math.ceil(plan.budgetMs / Math.max(msPerRound, 1e-6))),
  );
  const samples: number[][] = contenders.map(() => []);
  const k = contenders.length;
  for (let r = 0; r < reps; r++) {
    for (let j = 0; j < k; j++) {
      const c = (r + j) % k;
      const fn = contenders[c] as () => unknown;
      const t0 = process.hrtime.bigint();
      for (let i = 0; i < plan.inner; i++) fn();
      const t1 = process.hrtime.bigint();
      (samples[c] as number[]).push(Number(t1 - t0) / plan.inner);
    }
  }
  return { medianNs: samples.map(median), reps };
}
