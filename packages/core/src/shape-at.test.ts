/**
 * shapeAt against the functions themselves, sampled here (not against the case analysis in
 * shape-at.ts): every sampled output lies in the stated range, every stated interval is reached or
 * approached by samples, gaps between intervals hold no output, and the properties that sampling
 * can decide (monotonic, zero-centred, sparse, bounded) agree, at defaults and at parameters that
 * change the shape. At the defaults, the properties equal the catalog's hand-written ones.
 */
import { describe, expect, it } from 'vitest';
import type { Interval, ScalarActivation } from './activation.js';
import { activation, activationInfo } from './registry.js';
import { SHAPED_IDS, shapeAt } from './shape-at.js';

/** Sample points: a fine grid over [-30, 30], the tails, and each side of every parameter value. */
function samplePoints(params: Readonly<Record<string, number>>): number[] {
  const xs: number[] = [];
  for (let i = 0; i <= 60_000; i++) xs.push(-30 + i / 1000);
  for (const t of [1e2, 1e4, 1e8]) xs.push(-t, t);
  for (const v of Object.values(params)) {
    for (const d of [0, 1e-9, -1e-9, 1e-6, -1e-6]) xs.push(v + d, -v + d);
  }
  return xs.filter(Number.isFinite);
}

function contains(i: Interval, y: number): boolean {
  const above = i.minInclusive ? y >= i.min : y > i.min;
  const below = i.maxInclusive ? y <= i.max : y < i.max;
  return above && below;
}

/** Close to a finite end, or beyond 1e3 towards an infinite one. */
function approaches(ys: readonly number[], end: number): boolean {
  if (end === Infinity) return ys.some((y) => y > 1e3);
  if (end === -Infinity) return ys.some((y) => y < -1e3);
  return ys.some((y) => Math.abs(y - end) <= 1e-5 * Math.max(1, Math.abs(end)));
}

const CASES: readonly [string, Record<string, number>][] = [
  ['linear', { slope: 2, intercept: 3 }],
  ['linear', { slope: 0, intercept: 0 }],
  ['linear', { slope: -1, intercept: 0 }],
  ['threshold', { threshold: 1, value: 0 }],
  ['threshold', { threshold: 10, value: 0 }],
  ['threshold', { threshold: -2, value: 0 }],
  ['threshold', { threshold: 1, value: 5 }],
  ['threshold', { threshold: 2, value: 2 }],
  ['binary_step', { threshold: 3 }],
  ['leaky_relu', { alpha: 0 }],
  ['leaky_relu', { alpha: 0.2 }],
  ['prelu', { alpha: -0.5 }],
  ['rrelu', { lower: 0, upper: 0 }],
  ['elu', { alpha: 2 }],
  ['elu', { alpha: 0 }],
  ['celu', { alpha: 0.5 }],
  ['hard_tanh', { min_val: 0, max_val: 6 }],
  ['hard_tanh', { min_val: -2, max_val: 3 }],
  ['hard_tanh', { min_val: 1, max_val: 2 }],
  ['softplus', { beta: 3 }],
  ['squareplus', { b: 0.5 }],
  ['silu', { beta: 2 }],
  ['soft_shrink', { lambda: 1 }],
  ['soft_shrink', { lambda: 0 }],
  ['hard_shrink', { lambda: 2 }],
];

describe('shapeAt', () => {
  const all: [string, Record<string, number>][] = [
    ...SHAPED_IDS.map((id): [string, Record<string, number>] => [id, {}]),
    ...CASES,
  ];
  it.each(all)('%s at %o: range and properties agree with samples', (id, params) => {
    const act = activation(id, params) as ScalarActivation;
    const xs = samplePoints(act.params);
    const ys = xs.map((x) => act.f(x));
    const { range, properties } = shapeAt(id, params);
    // Far out, float64 rounds an approached end onto itself (ELU: expm1(-40) is -1): the closure.
    xs.forEach((x, k) => {
      const y = ys[k] as number;
      const closed = (i: Interval) => contains({ ...i, minInclusive: true, maxInclusive: true }, y);
      const inRange = Math.abs(x) >= 15 ? range.some(closed) : range.some((i) => contains(i, y));
      expect(inRange, `f(${x}) = ${y}`).toBe(true);
    });
    for (const i of range) {
      const inside = ys.filter((y) => contains(i, y));
      expect(approaches(inside, i.min), `reaches ${i.min}`).toBe(true);
      expect(approaches(inside, i.max), `reaches ${i.max}`).toBe(true);
    }
    const grid = xs.slice(0, 60_001);
    const values = grid.map((x) => act.f(x));
    const nonDecreasing = values.every((v, k) => k === 0 || v >= (values[k - 1] as number));
    expect(properties.monotonic).toBe(nonDecreasing);
    const zeroCentred = act.f(0) === 0 && ys.some((y) => y > 0) && ys.some((y) => y < 0);
    expect(properties.zeroCentred).toBe(zeroCentred);
    let run = 0;
    let zeroRun = false;
    for (const v of values) {
      run = v === 0 ? run + 1 : 0;
      if (run >= 100) zeroRun = true;
    }
    expect(properties.sparse).toBe(zeroRun);
    expect(properties.bounded).toBe(
      range.every((i) => Number.isFinite(i.min) && Number.isFinite(i.max)),
    );
  });

  it('equals the catalog’s hand-written properties at the defaults', () => {
    for (const id of SHAPED_IDS)
      expect(shapeAt(id).properties, id).toEqual(activationInfo(id).properties);
  });

  it('says the notes’ y = 2x + 3 is not zero-centred and the T = 1 threshold has a gap', () => {
    expect(shapeAt('linear', { slope: 2, intercept: 3 }).properties.zeroCentred).toBe(false);
    expect(shapeAt('threshold', { threshold: 1 }).range).toEqual([
      { min: 0, max: 0, minInclusive: true, maxInclusive: true },
      { min: 1, max: Infinity, minInclusive: false, maxInclusive: false },
    ]);
  });

  it('keeps the catalog’s metadata for entries without parameters and estimates formulas', () => {
    expect(shapeAt('tanh')).toEqual({
      range: [activationInfo('tanh').range],
      properties: activationInfo('tanh').properties,
      estimated: false,
    });
    const formula = shapeAt('formula: 2 * x + 3');
    expect(formula.estimated).toBe(true);
    expect(formula.properties.zeroCentred).toBe(false);
  });

  it('refuses invalid parameters as activation does', () => {
    expect(() => shapeAt('hard_tanh', { min_val: 2, max_val: 1 })).toThrow(/min_val/);
  });
});
