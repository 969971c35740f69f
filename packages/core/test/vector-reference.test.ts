/**
 * The vector activations against the committed mpmath reference (reference/vector.json): outputs
 * within 16 ulp, Jacobian entries within 1e-14 absolute, and the special cases the issue names.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { activation } from '../src/index.js';
import { expected, parseInput, ulpError } from './ulp.js';
import { Decimal } from 'decimal.js';

interface VectorCase {
  readonly id: string;
  readonly params: Record<string, number>;
  readonly x: readonly string[];
  readonly y: readonly string[];
  readonly jacobian: readonly (readonly string[])[];
}

const table = JSON.parse(
  readFileSync(new URL('../reference/vector.json', import.meta.url), 'utf8'),
) as { cases: VectorCase[] };

/** Checks an output value to 16 ulp; returns a failure description or undefined. */
function checkOutput(got: number, ref: string): string | undefined {
  const want = expected(ref);
  if (want.kind === 'nan') return Number.isNaN(got) ? undefined : `expected NaN, got ${got}`;
  if (want.kind === 'exact')
    return got === want.value ? undefined : `expected ${want.value}, got ${got}`;
  const ulps = ulpError(got, want.value);
  return ulps <= 16 ? undefined : `${ulps.toFixed(1)} ulp (got ${got}, want ${ref})`;
}

/** Checks a Jacobian entry to 1e-14 absolute. */
function checkEntry(got: number, ref: string): string | undefined {
  if (ref === 'NaN') return Number.isNaN(got) ? undefined : `expected NaN, got ${got}`;
  if (ref === 'Infinity' || ref === '-Infinity')
    return got === Number(ref) ? undefined : `expected ${ref}, got ${got}`;
  const error = Math.abs(new Decimal(got).minus(new Decimal(ref)).toNumber());
  return error <= 1e-14 ? undefined : `error ${error.toExponential(2)} (got ${got}, want ${ref})`;
}

describe('vector activations against the high-precision reference table', () => {
  const ids = [...new Set(table.cases.map((c) => c.id))];
  it('covers all five vector activations', () =>
    expect(ids.sort()).toEqual(['glu', 'log_softmax', 'softmax', 'softmin', 'sparsemax']));

  for (const id of ids) {
    const cases = table.cases.filter((c) => c.id === id);
    it(`${id}: ${cases.length} vectors`, () => {
      const failures: string[] = [];
      for (const c of cases) {
        const act = activation(c.id, c.params);
        if (act.kind !== 'vector') throw new Error(`${c.id} is not a vector activation`);
        const xs = c.x.map(parseInput);
        const label = `${id}${JSON.stringify(c.params)}([${c.x.join(', ')}])`;
        const y = act.f(xs);
        c.y.forEach((ref, i) => {
          const fail = checkOutput(y[i] as number, ref);
          if (fail) failures.push(`${label} y[${i}]: ${fail}`);
        });
        const jac = act.jacobian(xs);
        c.jacobian.forEach((row, i) =>
          row.forEach((ref, j) => {
            const fail = checkEntry((jac[i] as Float64Array)[j] as number, ref);
            if (fail) failures.push(`${label} J[${i}][${j}]: ${fail}`);
          }),
        );
      }
      expect(failures.slice(0, 10), `${failures.length} failures`).toEqual([]);
    }, 60_000);
  }
});

describe('the softmax family on the cases the course and the issue name', () => {
  it("reproduces the course's 83.83%, 1.89%, 14.28%", () => {
    const p = activation('softmax').f([2.33, -1.46, 0.56]);
    expect([...p].map((v) => Math.round(v * 10000) / 100)).toEqual([83.83, 1.89, 14.28]);
  });

  it('is stable at large logits and exact with infinities', () => {
    expect([...activation('softmax').f([1000, 1000, -Infinity])]).toEqual([0.5, 0.5, 0]);
    expect([...activation('softmax').f([Infinity, 3, -2])]).toEqual([1, 0, 0]);
    expect([...activation('softmax').f([Infinity, 0, Infinity])]).toEqual([0.5, 0, 0.5]);
    expect([...activation('log_softmax').f([0, -1000])]).toEqual([0, -1000]);
    expect([...activation('softmin').f([-1000, 1000])]).toEqual([1, 0]);
    expect([...activation('softmax').f([NaN, 1])].every(Number.isNaN)).toBe(true);
  });

  it('is exact on sparsemax ties', () => {
    expect([...activation('sparsemax').f([0.5, 0.4])]).toEqual([0.55, 0.45]);
    expect([...activation('sparsemax').f([1, 1, 1])]).toEqual([1 / 3, 1 / 3, 1 / 3]);
    expect([...activation('sparsemax').f([3, 0, -1])]).toEqual([1, 0, 0]);
  });

  it('sharpens with a low temperature and flattens with a high one', () => {
    const cold = activation('softmax', { temperature: 0.1 }).f([1, 2]);
    const hot = activation('softmax', { temperature: 100 }).f([1, 2]);
    expect(cold[1]).toBeGreaterThan(0.9999);
    expect(Math.abs((hot[1] as number) - 0.5)).toBeLessThan(0.01);
  });
});
