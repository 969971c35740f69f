/**
 * The allocation check for scalar `f` and `df`: call one 1e7 times in an optimized loop and count
 * the garbage collections that happen meanwhile. An allocation is at least 16 bytes, so 1e7 calls
 * that each allocated would fill V8's young generation (at most 16 MB per semi-space) ten times
 * over; zero collections means the calls allocated nothing.
 */
import { PerformanceObserver, constants } from 'node:perf_hooks';
import type { ScalarActivation } from '@actlab/core';

/** Collections seen while a loop ran. */
export interface GcCount {
  /** Scavenges of the young generation, the ones short-lived allocations cause. */
  readonly minor: number;
  /** All collections of any kind. */
  readonly total: number;
}

/** A hot loop over one activation's `f` or `df`, summing the results so none is dead code. */
type HotLoop = (a: ScalarActivation, xs: Float64Array, n: number) => number;

/**
 * A fresh loop for each activation and method. One shared loop would see 33 different call
 * targets, go megamorphic and box every returned double in a heap number, which is the loop's
 * allocation, not the activation's; a loop of its own sees one target and inlines it, as a user's
 * hot loop would. `new Function` is what gives each its own feedback: closures of one literal
 * share theirs.
 */
function hotLoop(method: 'f' | 'df', mask: number): HotLoop {
  return new Function(
    'a',
    'xs',
    'n',
    `let acc = 0; for (let i = 0; i < n; i++) acc += a.${method}(xs[i & ${mask}]); return acc;`,
  ) as HotLoop;
}

/** Waits until the observer has been told of every collection so far (it is told asynchronously). */
function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 20));
}

/** A forced full collection when node runs with --expose-gc, so each loop starts with an empty nursery. */
function collect(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Counts collections by start time; call `close` when done. */
export class GcCounter {
  private readonly seen: { readonly start: number; readonly kind: number }[] = [];
  private readonly observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      // Node puts the kind of collection in `detail`, which @types/node 20 does not declare.
      const detail = (entry as { detail?: { kind?: number } }).detail;
      this.seen.push({ start: entry.startTime, kind: detail?.kind ?? -1 });
    }
  });

  constructor() {
    this.observer.observe({ entryTypes: ['gc'] });
  }

  /** Runs `body` and counts the collections that started while it ran. */
  async during(body: () => void): Promise<GcCount> {
    collect();
    await settle();
    const t0 = performance.now();
    body();
    const t1 = performance.now();
    await settle();
    const inWindow = this.seen.filter((g) => g.start >= t0 && g.start <= t1);
    return {
      minor: inWindow.filter((g) => g.kind === constants.NODE_PERFORMANCE_GC_MINOR).length,
      total: inWindow.length,
    };
  }

  /**
   * Whether the counter sees collections at all: a loop that certainly allocates (a fresh array
   * per iteration, kept in a ring so escape analysis cannot remove it) must register some.
   * Without this, "0 collections" could mean a broken observer.
   */
  async selfTest(): Promise<boolean> {
    const ring: number[][] = new Array<number[]>(1024);
    const count = await this.during(() => {
      for (let i = 0; i < 2e6; i++) ring[i & 1023] = [i, i + 1];
    });
    return count.minor > 0;
  }

  /** Stops observing. */
  close(): void {
    this.observer.disconnect();
  }
}

/** The allocation check of one activation. */
export interface AllocationResult {
  /** Collections during `calls` calls of f. */
  readonly f: GcCount;
  /** Collections during `calls` calls of df. */
  readonly df: GcCount;
}

/**
 * Calls `a.f` and `a.df` `calls` times each, after a warm-up that gets the loop optimized, over
 * the inputs `xs` (whose length must be a power of two).
 */
export async function checkAllocation(
  counter: GcCounter,
  a: ScalarActivation,
  xs: Float64Array,
  calls: number,
): Promise<AllocationResult> {
  const mask = xs.length - 1;
  const result: Partial<Record<'f' | 'df', GcCount>> = {};
  for (const method of ['f', 'df'] as const) {
    const loop = hotLoop(method, mask);
    for (let i = 0; i < 5; i++) loop(a, xs, 2e5);
    result[method] = await counter.during(() => {
      loop(a, xs, calls);
    });
  }
  return { f: result.f as GcCount, df: result.df as GcCount };
}
