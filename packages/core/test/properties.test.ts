/**
 * Property tests (fast-check): derivatives agree with central finite differences wherever f is
 * smooth, claimed monotonicity, bounds and zero-centring hold, the softmax family sums to 1, and
 * every vjp equals the Jacobian's transpose times v.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ScalarActivation } from '../src/index.js';
import { SCALAR_IDS, VECTOR_IDS, activation, activationInfo } from '../src/index.js';

const RUNS = { numRuns: 300, seed: 20261129 } as const;
const finiteIn = (lo: number, hi: number) =>
  fc.double({ min: lo, max: hi, noNaN: true, noDefaultInfinity: true });

/** Non-default parameters for each parameterized scalar activation, to test beyond the defaults. */
const ALTERNATIVE_PARAMS: Record<string, Record<string, number>> = {
  binary_step: { threshold: 0.5 },
  linear: { slope: 2, intercept: 3 },
  threshold: { threshold: -0.5, value: -2 },
  leaky_relu: { alpha: 0.2 },
  prelu: { alpha: -0.5 },
  rrelu: { lower: 0.1, upper: 0.3 },
  elu: { alpha: 0.5 },
  celu: { alpha: 2 },
  hard_tanh: { min_val: -2, max_val: 0.5 },
  softplus: { beta: 2 },
  squareplus: { b: 1 },
  silu: { beta: 1.5 },
  soft_shrink: { lambda: 1.5 },
  hard_shrink: { lambda: 1.5 },
};

const variants: [string, ScalarActivation][] = SCALAR_IDS.flatMap((id) => {
  const alt = ALTERNATIVE_PARAMS[id];
  const list: [string, ScalarActivation][] = [[id, activation(id)]];
  if (alt) list.push([`${id} ${JSON.stringify(alt)}`, activation(id, alt)]);
  return list;
});

describe('derivative against central finite differences where smooth', () => {
  it.each(variants)('%s', (_, act) => {
    fc.assert(
      fc.property(finiteIn(-8, 8), (x) => {
        // Stay clear of kinks (and of the jump of the step functions).
        if (act.kinks.some((k) => Math.abs(x - k.x) < 1e-3)) return;
        const h = 1e-6 * Math.max(1, Math.abs(x));
        const fd = (act.f(x + h) - act.f(x - h)) / (2 * h);
        const df = act.df(x);
        expect(Math.abs(fd - df), `x = ${x}: finite difference ${fd}, df ${df}`).toBeLessThan(
          1e-6 * Math.max(1, Math.abs(df)),
        );
      }),
      RUNS,
    );
  });
});

describe('claimed properties hold at default parameters', () => {
  it.each([...SCALAR_IDS])('%s', (id) => {
    const act = activation(id);
    const info = activationInfo(id);
    const { range, properties } = info;
    const anyX = fc.oneof(finiteIn(-50, 50), finiteIn(-1e6, 1e6));
    fc.assert(
      fc.property(anyX, anyX, (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        if (properties.monotonic)
          expect(act.f(lo), `f(${lo}) <= f(${hi})`).toBeLessThanOrEqual(act.f(hi));
        const y = act.f(a);
        expect(
          y >= range.min && y <= range.max,
          `f(${a}) = ${y} within [${range.min}, ${range.max}]`,
        ).toBe(true);
        if (!range.minInclusive && Number.isFinite(range.min) && Math.abs(a) < 10) {
          expect(y, `f(${a}) above the open end ${range.min}`).toBeGreaterThan(range.min);
        }
        if (!range.maxInclusive && Number.isFinite(range.max) && Math.abs(a) < 10) {
          expect(y, `f(${a}) below the open end ${range.max}`).toBeLessThan(range.max);
        }
      }),
      RUNS,
    );
    if (properties.bounded)
      expect(Number.isFinite(range.min) && Number.isFinite(range.max)).toBe(true);
    if (properties.zeroCentred) {
      expect(act.f(0) === 0, `${id}(0) = 0`).toBe(true);
      expect(act.f(-1) < 0 && act.f(1) > 0, `${id} takes both signs`).toBe(true);
    }
    // Saturating: f' tends to 0 on at least one side (1/x^2 for softsign is slow, hence 1e8).
    const tails = [Math.abs(act.df(-1e8)), Math.abs(act.df(1e8))];
    if (properties.saturating) {
      expect(Math.min(...tails), `${id}' vanishes on one side`).toBeLessThan(1e-6);
    } else if (id !== 'sin') {
      expect(Math.min(...tails), `${id}' does not vanish on either side`).toBeGreaterThan(1e-3);
    }
    if (properties.sparse) {
      expect(
        [-5, -2, 0, 2, 5].some((x) => act.f(x) === 0),
        `${id} outputs exact zeros`,
      ).toBe(true);
    }
    if (properties.smooth) expect(act.kinks).toEqual([]);
  });
});

const vectorArb = (min: number, max: number, even = false) =>
  fc
    .array(finiteIn(-30, 30), { minLength: min, maxLength: max })
    .filter((xs) => !even || xs.length % 2 === 0);

describe('vector activations', () => {
  it('softmax and softmin sum to 1 and sparsemax lies on the simplex', () => {
    fc.assert(
      fc.property(vectorArb(1, 20), fc.double({ min: 0.05, max: 20, noNaN: true }), (xs, t) => {
        for (const id of ['softmax', 'softmin', 'sparsemax'] as const) {
          const y = activation(id, id === 'sparsemax' ? {} : { temperature: t }).f(xs);
          const sum = y.reduce((a, b) => a + b, 0);
          expect(Math.abs(sum - 1), `${id} sums to ${sum}`).toBeLessThan(1e-14 * xs.length);
          expect(y.every((p) => p >= 0 && p <= 1)).toBe(true);
        }
        const logs = activation('log_softmax', { temperature: t }).f(xs);
        const probs = activation('softmax', { temperature: t }).f(xs);
        logs.forEach((l, i) => expect(Math.exp(l)).toBeCloseTo(probs[i] as number, 14));
      }),
      RUNS,
    );
  });

  it.each([...VECTOR_IDS])('%s: vjp equals J^T v', (id) => {
    fc.assert(
      fc.property(
        vectorArb(2, 12, id === 'glu'),
        fc.array(finiteIn(-3, 3), { minLength: 12, maxLength: 12 }),
        (xs, vs) => {
          const act = activation(id);
          const jac = act.jacobian(xs);
          const v = vs.slice(0, jac.length);
          const g = act.vjp(xs, v);
          expect(g.length).toBe(xs.length);
          for (let j = 0; j < xs.length; j++) {
            let want = 0;
            for (let i = 0; i < jac.length; i++)
              want += (v[i] as number) * ((jac[i] as Float64Array)[j] as number);
            expect(Math.abs((g[j] as number) - want)).toBeLessThan(1e-13 * (1 + Math.abs(want)));
          }
        },
      ),
      RUNS,
    );
  });

  it.each([...VECTOR_IDS])('%s: Jacobian against central finite differences', (id) => {
    fc.assert(
      fc.property(vectorArb(2, 8, id === 'glu'), (xs) => {
        const act = activation(id);
        const jac = act.jacobian(xs);
        const h = 1e-6;
        for (let j = 0; j < xs.length; j++) {
          const plus = act.f(xs.map((x, k) => (k === j ? x + h : x)));
          const minus = act.f(xs.map((x, k) => (k === j ? x - h : x)));
          // sparsemax is piecewise linear: a support change inside [x - h, x + h] breaks the difference.
          const base = act.f(xs);
          if (
            id === 'sparsemax' &&
            plus.some(
              (p, i) =>
                p > 0 !== (base[i] as number) > 0 ||
                (minus[i] as number) > 0 !== (base[i] as number) > 0,
            )
          )
            continue;
          for (let i = 0; i < jac.length; i++) {
            const fd = ((plus[i] as number) - (minus[i] as number)) / (2 * h);
            expect(Math.abs(fd - ((jac[i] as Float64Array)[j] as number))).toBeLessThan(1e-5);
          }
        }
      }),
      { ...RUNS, numRuns: 100 },
    );
  });
});
