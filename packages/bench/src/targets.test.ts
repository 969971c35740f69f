import type { ScalarId } from '@actlab/core';
import { describe, expect, it } from 'vitest';
import type { AllocationResult } from './allocation.js';
import type { CellResult, Op } from './measure.js';
import { columnMeans, evaluateTargets, loopRatio, summarizeFunctions } from './targets.js';

const fine = { mismatches: 0, worstError: 0, worstAt: NaN };

/** A cell whose actlab time is `ratio` times the loop's and `1/speedup` times TF.js's. */
function cell(id: ScalarId, op: Op, n: number, ratio: number, speedup?: number): CellResult {
  return {
    id,
    op,
    n,
    reps: 9,
    actlabNs: ratio,
    loopNs: 1,
    ...(speedup !== undefined ? { tfjsNs: ratio * speedup, tfjsCheck: fine } : {}),
    actlabCheck: fine,
  };
}

/** Every cell of the given functions at the target sizes with one ratio and speedup. */
function grid(ids: ScalarId[], ratio: number, speedup?: number): CellResult[] {
  return ids.flatMap((id) =>
    (['map', 'grad'] as const).flatMap((op) =>
      [1e5, 1e6].map((n) => cell(id, op, n, ratio, speedup)),
    ),
  );
}

const noGc: AllocationResult = { f: { minor: 0, total: 0 }, df: { minor: 0, total: 0 } };
const allocations = new Map<ScalarId, AllocationResult>([['relu', noGc]]);

function verdicts(cells: CellResult[], allocs = allocations, observerWorks = true): boolean[] {
  return evaluateTargets(cells, allocs, 1e7, observerWorks).map((t) => t.pass);
}

describe('evaluateTargets', () => {
  it('passes everything when actlab matches the loop and beats TF.js 3x', () => {
    expect(verdicts(grid(['relu', 'sigmoid'], 1, 3))).toEqual([true, true, true, true, true, true]);
  });

  it('fails the per-function target above 1.5x, and the mean target above 1.2x', () => {
    const cells = [...grid(['relu'], 1.6, 3), ...grid(['sigmoid', 'tanh'], 1, 3)];
    const [, perFunction, mean] = evaluateTargets(cells, allocations, 1e7, true);
    expect(perFunction?.pass).toBe(false);
    expect(perFunction?.detail).toContain('relu');
    expect(mean?.pass).toBe(true);
    expect(verdicts(grid(['relu'], 1.3, 3))[2]).toBe(false);
  });

  it('ignores 1e3 cells, where call overhead dominates', () => {
    const cells = [...grid(['relu'], 1, 3), cell('relu', 'map', 1e3, 5, 0.5)];
    expect(verdicts(cells).every(Boolean)).toBe(true);
  });

  it('fails the TF.js targets when actlab is slower on one function or under 2x in mean', () => {
    const slower = [...grid(['relu'], 1, 0.9), ...grid(['sigmoid'], 1, 10)];
    expect(verdicts(slower).slice(3, 5)).toEqual([false, true]);
    expect(verdicts(grid(['relu'], 1, 1.5)).slice(3, 5)).toEqual([true, false]);
  });

  it('fails the allocation target on any collection, or when the observer is blind', () => {
    const gc = new Map([['relu' as ScalarId, { ...noGc, df: { minor: 2, total: 2 } }]]);
    expect(verdicts(grid(['relu'], 1, 3), gc).at(-1)).toBe(false);
    expect(verdicts(grid(['relu'], 1, 3), allocations, false).at(-1)).toBe(false);
  });

  it('fails the agreement target when any output disagrees', () => {
    const bad = { ...cell('relu', 'map', 1e5, 1), actlabCheck: { ...fine, mismatches: 3 } };
    expect(verdicts([...grid(['sigmoid'], 1, 3), bad])[0]).toBe(false);
  });
});

describe('summaries', () => {
  it("find each function's worst cell and the geometric mean per column", () => {
    const cells = [
      ...grid(['relu'], 1, 3),
      cell('relu', 'grad', 1e6, 1.4),
      ...grid(['sigmoid'], 0.5),
    ];
    const relu = summarizeFunctions(cells).find((s) => s.id === 'relu');
    expect(relu?.worstLoopRatio).toBe(1.4);
    expect(relu?.worstLoopCell).toBe('grad 1e6');
    const map1e5 = columnMeans(grid(['relu'], 2).concat(grid(['sigmoid'], 0.5)), loopRatio).find(
      (m) => m.op === 'map' && m.n === 1e5,
    );
    expect(map1e5?.value).toBeCloseTo(1, 14);
    expect(map1e5?.count).toBe(2);
  });
});
