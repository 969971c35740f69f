/**
 * The NumPy export, executed: every catalog activation and a set of formulas are exported, run by
 * a real Python with NumPy (one process for the whole batch) and compared with @actlab/core's f in
 * float64, over the tails, zero and every kink. A missing NumPy fails these tests; it never skips them.
 */
import type { ActivationId } from '@actlab/core';
import { SCALAR_IDS, VECTOR_IDS, activation } from '@actlab/core';
import { describe, expect, it } from 'vitest';
import { exportActivation } from './export-activation.js';
import { pythonParamName } from './identifiers.js';
import type { Tolerance } from './test/compare.js';
import { FLOAT64, mismatches } from './test/compare.js';
import {
  FORMULAS,
  NON_DEFAULT_PARAMS,
  VECTORS,
  formulaPoints,
  idsWithParams,
  scalarPoints,
} from './test/cases.js';
import { pythonFloat, pythonWithNumpy, runPythonScript } from './test/python.js';

/** One exported function evaluated at `x`, with what core says it should give. */
interface Case {
  readonly name: string;
  readonly imports: readonly string[];
  readonly code: string;
  readonly function: string;
  readonly kwargs: Readonly<Record<string, number>>;
  readonly x: readonly number[] | readonly (readonly number[])[];
  readonly expected: readonly number[];
  readonly tolerance: Tolerance;
}

/** Vector results are sums of several roundings: a little absolute room near zero. */
const VECTOR_TOLERANCE: Tolerance = { relative: 1e-12, absolute: 1e-14 };

function scalarCase(
  name: string,
  id: string,
  exported: Readonly<Record<string, number>> | undefined,
  called: Readonly<Record<string, number>> = {},
): Case {
  const code = exportActivation(id, 'numpy', exported);
  const xs = id.startsWith('formula:')
    ? formulaPoints((FORMULAS.find((f) => f.id === id) as (typeof FORMULAS)[number]).range)
    : scalarPoints(id, { ...exported, ...called });
  const ready = activation(id, { ...exported, ...called });
  if (ready.kind !== 'scalar') throw new Error(`${id} is not scalar`);
  const kwargs = Object.fromEntries(
    Object.entries(called).map(([k, v]) => [pythonParamName(k), v]),
  );
  return {
    name,
    imports: code.imports,
    code: code.code,
    function: code.functionName,
    kwargs,
    x: xs,
    expected: xs.map((x) => ready.f(x)),
    tolerance: FLOAT64,
  };
}

function vectorCase(name: string, id: string, params?: Readonly<Record<string, number>>): Case {
  const code = exportActivation(id, 'numpy', params);
  const ready = activation(id, params);
  if (ready.kind !== 'vector') throw new Error(`${id} is not a vector activation`);
  return {
    name,
    imports: code.imports,
    code: code.code,
    function: code.functionName,
    kwargs: {},
    x: VECTORS,
    expected: VECTORS.flatMap((v) => [...ready.f(v)]),
    tolerance: VECTOR_TOLERANCE,
  };
}

/** A formula with a declared parameter, also called with another value of it. */
const FORMULA_WITH_PARAM = FORMULAS[1] as (typeof FORMULAS)[number];

const cases: Case[] = [
  ...SCALAR_IDS.map((id) => scalarCase(`${id} at defaults`, id, undefined)),
  ...idsWithParams(SCALAR_IDS).map((id) =>
    scalarCase(`${id} exported at non-default params`, id, NON_DEFAULT_PARAMS[id]),
  ),
  ...idsWithParams(SCALAR_IDS).map((id) =>
    scalarCase(`${id} called with non-default params`, id, undefined, NON_DEFAULT_PARAMS[id]),
  ),
  ...FORMULAS.map((f) => scalarCase(f.id, f.id, f.params)),
  scalarCase(`${FORMULA_WITH_PARAM.id} called with beta = 0.7`, FORMULA_WITH_PARAM.id, undefined, {
    beta: 0.7,
  }),
  ...VECTOR_IDS.map((id) => vectorCase(`${id} at defaults`, id)),
  ...idsWithParams(VECTOR_IDS).map((id) =>
    vectorCase(`${id} at non-default params`, id, NON_DEFAULT_PARAMS[id]),
  ),
];

/** What evaluate.py reports for one case. */
type Result = { values?: string[]; error?: string };

let results: ReadonlyMap<string, Result> | undefined;

/**
 * Every case's result, from one Python process run on first use. A missing Python with NumPy
 * throws here, inside each test, so every test fails with the install hint rather than being skipped.
 */
function resultsByName(): ReadonlyMap<string, Result> {
  if (results) return results;
  const input = cases.map(({ expected: _e, tolerance: _t, ...rest }) => rest);
  const output = runPythonScript(pythonWithNumpy(), 'evaluate.py', input) as Result[];
  results = new Map(cases.map((c, i) => [c.name, output[i] ?? { error: 'no result' }]));
  return results;
}

/** The disagreements of one case with core (its Python error, if it raised). */
function problems(c: Case): string[] {
  const result = resultsByName().get(c.name);
  if (!result?.values) return [`${c.name}: ${result?.error ?? 'not run'}`];
  const xs = Array.isArray(c.x[0]) ? (c.x as number[][]).flatMap((v) => v.map(() => v)) : c.x;
  return mismatches(c.name, xs, result.values.map(pythonFloat), c.expected, c.tolerance);
}

describe('NumPy export of the catalog and of formulas, executed', () => {
  it('has a non-default parameter set for every activation with parameters', () => {
    const missing = idsWithParams([...SCALAR_IDS, ...VECTOR_IDS]).filter(
      (id: ActivationId) => !NON_DEFAULT_PARAMS[id],
    );
    expect(missing).toEqual([]);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s matches core', (_name, c) => {
    expect(problems(c)).toEqual([]);
  });
});
