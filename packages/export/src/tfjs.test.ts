/**
 * The TF.js export, executed: every catalog activation is exported, its code turned into a
 * function (here, in the test only, with `new Function`) and run with @tensorflow/tfjs on the CPU
 * backend, then compared with @actlab/core's f at the same float32 inputs, in float32 tolerance.
 */
import * as tf from '@tensorflow/tfjs';
import { SCALAR_IDS, VECTOR_IDS, activation, activationInfo } from '@actlab/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportActivation } from './export-activation.js';
import type { ExportedCode } from './targets.js';
import { FLOAT32, mismatches } from './test/compare.js';
import {
  FORMULAS,
  NON_DEFAULT_PARAMS,
  VECTORS,
  formulaPoints,
  idsWithParams,
  scalarPoints,
} from './test/cases.js';

/** An exported activation as a callable: the tensor first, then the parameters by position. */
type TfjsActivation = (x: tf.Tensor, ...params: (number | undefined)[]) => tf.Tensor;

/** The exported code as a function of `tf` (test-only: library code never builds functions). */
function loadTfjs(code: ExportedCode): TfjsActivation {
  expect(code.imports).toEqual(["import * as tf from '@tensorflow/tfjs';"]);
  const factory = new Function('tf', `${code.code}\nreturn ${code.functionName};`) as (
    t: typeof tf,
  ) => TfjsActivation;
  return factory(tf);
}

/** The scalar test points that float32 can hold, rounded to float32 (TF.js computes in float32). */
function float32Points(id: string, params?: Readonly<Record<string, number>>): number[] {
  const points = scalarPoints(id, params).filter((x) => Math.abs(x) <= 30);
  return [...new Set(points.map(Math.fround))];
}

/** The positional arguments of a call with `called` parameters, in declaration order. */
function positional(id: string, called: Readonly<Record<string, number>>): (number | undefined)[] {
  return activationInfo(id).params.map((spec) => called[spec.name]);
}

/** Disagreements of the exported scalar activation with core at float32 inputs. */
function scalarProblems(
  id: string,
  exported: Readonly<Record<string, number>> | undefined,
  called: Readonly<Record<string, number>> = {},
  points?: readonly number[],
): string[] {
  const fn = loadTfjs(exportActivation(id, 'tfjs', exported));
  const ready = activation(id, { ...exported, ...called });
  if (ready.kind !== 'scalar') throw new Error(`${id} is not scalar`);
  const xs = points
    ? [...new Set(points.map(Math.fround))]
    : float32Points(id, { ...exported, ...called });
  const actual = tf.tidy(() => [...fn(tf.tensor1d(xs), ...positional(id, called)).dataSync()]);
  return mismatches(id, xs, actual, xs.map(ready.f), FLOAT32);
}

describe('TF.js export of the catalog, executed', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
    await tf.ready();
  });

  it.each(SCALAR_IDS.map((id) => [id]))('%s at defaults matches core', (id) => {
    expect(scalarProblems(id, undefined)).toEqual([]);
  });

  it.each(idsWithParams(SCALAR_IDS).map((id) => [id]))(
    '%s exported at non-default params matches core',
    (id) => {
      expect(scalarProblems(id, NON_DEFAULT_PARAMS[id])).toEqual([]);
    },
  );

  it.each(idsWithParams(SCALAR_IDS).map((id) => [id]))(
    '%s called with non-default params matches core',
    (id) => {
      expect(scalarProblems(id, undefined, NON_DEFAULT_PARAMS[id])).toEqual([]);
    },
  );

  it.each(VECTOR_IDS.map((id) => [id]))('%s over the last axis matches core', (id) => {
    const params = NON_DEFAULT_PARAMS[id];
    const fn = loadTfjs(exportActivation(id, 'tfjs', params));
    const ready = activation(id, params);
    if (ready.kind !== 'vector') throw new Error(`${id} is not a vector activation`);
    const rows = VECTORS.map((v) => v.map(Math.fround));
    const actual = tf.tidy(() => [...fn(tf.tensor2d(rows)).dataSync()]);
    const expected = rows.flatMap((v) => [...ready.f(v)]);
    const labels = rows.flatMap((v) => Array.from(ready.f(v), () => v));
    expect(mismatches(id, labels, actual, expected, FLOAT32)).toEqual([]);
  });

  it('frees every intermediate tensor (tf.tidy)', () => {
    const fn = loadTfjs(exportActivation('gelu_tanh', 'tfjs'));
    const x = tf.tensor1d([-1, 0, 1]);
    const before = tf.memory().numTensors;
    const y = fn(x);
    expect(tf.memory().numTensors).toBe(before + 1);
    y.dispose();
    x.dispose();
  });
});

describe('TF.js export of formulas, executed', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
    await tf.ready();
  });

  it.each(FORMULAS.map((f) => [f.id, f] as const))('%s matches core', (_id, f) => {
    expect(scalarProblems(f.id, f.params, {}, formulaPoints(f.range))).toEqual([]);
  });

  it('takes declared parameters as trailing arguments', () => {
    const f = FORMULAS[1] as (typeof FORMULAS)[number];
    expect(scalarProblems(f.id, undefined, { beta: 0.7 }, formulaPoints(f.range))).toEqual([]);
  });
});
