/**
 * Every scalar activation against the committed mpmath reference table (reference/scalar.json):
 * f and f' within 4 ulp for |x| <= 10 away from the non-zero roots of f or f', relative error at
 * most 1e-12 elsewhere (4 ulp for subnormal results), exact specials, limits and NaN. The table's
 * condition numbers (kf, kdf) are informative only: the tolerance widens near roots alone.
 */
import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { activation } from '../src/index.js';
import { allowance, rootsOf, table } from './reference-table.js';
import type { Expected } from './ulp.js';
import { expected, parseInput, relativeError, ulpError } from './ulp.js';

/** Worst errors seen for one function of one case: ulps for |x| <= 10 away from roots, relative beyond. */
interface Stat {
  ulps: number;
  relative: number;
}
const report: string[] = [];

/** Checks one value; returns a description of the failure, or undefined. */
function check(
  got: number,
  want: Expected,
  x: number,
  roots: readonly number[],
  stat: Stat,
): string | undefined {
  if (want.kind === 'nan') return Number.isNaN(got) ? undefined : `expected NaN, got ${got}`;
  if (want.kind === 'exact')
    return got === want.value ? undefined : `expected ${want.value}, got ${got}`;
  const ulps = ulpError(got, want.value);
  if (want.subnormal)
    return ulps <= 4 ? undefined : `${ulps.toFixed(2)} ulp on a subnormal result (got ${got})`;
  if (Math.abs(x) <= 10) {
    const allowed = allowance(x, roots);
    if (allowed === 4) stat.ulps = Math.max(stat.ulps, ulps);
    return ulps <= allowed
      ? undefined
      : `${ulps.toFixed(2)} ulp > ${allowed.toFixed(1)} (got ${got}, want ${want.value.toPrecision(20)})`;
  }
  const rel = relativeError(got, want.value);
  stat.relative = Math.max(stat.relative, rel);
  return rel <= 1e-12
    ? undefined
    : `relative error ${rel.toExponential(2)} > 1e-12 (got ${got}, want ${want.value.toPrecision(20)})`;
}

describe('scalar activations against the high-precision reference table', () => {
  it('covers every scalar activation', () => {
    const ids = new Set(table.cases.map((c) => c.id));
    expect(ids.size).toBe(33);
  });

  for (const c of table.cases) {
    it(`${c.id} ${JSON.stringify(c.params)}: ${c.points.length} points`, () => {
      const act = activation(c.id, c.params);
      if (act.kind !== 'scalar') throw new Error(`${c.id} is not scalar`);
      const failures: string[] = [];
      const fRoots = rootsOf(c.points, (p) => p.f);
      const dfRoots = rootsOf(c.points, (p) => p.df);
      const fStat: Stat = { ulps: 0, relative: 0 };
      const dfStat: Stat = { ulps: 0, relative: 0 };
      const xs = new Float64Array(c.points.length);
      c.points.forEach((p, i) => (xs[i] = parseInput(p.x)));
      const mapped = act.map(xs);
      const grads = act.grad(xs);
      c.points.forEach((p, i) => {
        const x = xs[i] as number;
        const y = act.f(x);
        const dy = act.df(x);
        const fail = check(y, expected(p.f), x, fRoots, fStat);
        if (fail) failures.push(`f(${p.x}): ${fail}`);
        const dfail = check(dy, expected(p.df), x, dfRoots, dfStat);
        if (dfail) failures.push(`df(${p.x}): ${dfail}`);
        // The bulk kernels must agree with the scalar ones bit for bit.
        if (!Object.is(mapped[i], y)) failures.push(`map(${p.x}) = ${mapped[i]} but f = ${y}`);
        if (!Object.is(grads[i], dy)) failures.push(`grad(${p.x}) = ${grads[i]} but df = ${dy}`);
      });
      report.push(
        `| ${c.id} | ${JSON.stringify(c.params)} | ${fStat.ulps.toFixed(2)} | ${dfStat.ulps.toFixed(2)} | ${fStat.relative.toExponential(1)} | ${dfStat.relative.toExponential(1)} |`,
      );
      expect(failures.slice(0, 12), `${failures.length} failures`).toEqual([]);
    }, 60_000);
  }
});

// ACTLAB_ACCURACY_REPORT=path writes the measured worst errors as a Markdown table (for the docs).
afterAll(() => {
  const path = process.env.ACTLAB_ACCURACY_REPORT;
  if (!path) return;
  const head = [
    '# Measured accuracy of @actlab/core',
    '',
    `Worst error of every scalar activation against the mpmath reference table (reference/scalar.json), measured by \`pnpm --filter @actlab/core accuracy\` on ${new Date().toISOString().slice(0, 10)} with Node ${process.versions.node}. ulp columns: |x| <= 10 away from non-zero roots of f or f' (bound: 4); relative columns: |x| > 10 (bound: 1e-12). Subnormal results are held to 4 ulp and are not in the columns.`,
    '',
    '| id | params | f max ulp, abs(x) <= 10 | df max ulp, abs(x) <= 10 | f max relative, abs(x) > 10 | df max relative, abs(x) > 10 |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
  ];
  writeFileSync(path, [...head, ...report].join('\n') + '\n');
});
