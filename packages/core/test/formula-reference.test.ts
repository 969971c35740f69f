/**
 * Formulas typed the textbook way, compiled, against the committed mpmath reference table of the
 * catalog function they spell out (reference/scalar.json). Within |x| <= 700, where the textbook
 * forms neither overflow nor underflow, they hold the catalog's own bounds: 4 ulp for |x| <= 10
 * (widened only near non-zero roots of f or f', where every method loses digits), relative 1e-12
 * beyond. The exceptions are the lessons: the derivative convention at a kink that a formula spells
 * differently, and GELU through 1 + erf, which cancels for negative x.
 */
import { describe, expect, it } from 'vitest';
import { activation } from '../src/index.js';
import { compileFormula } from '../src/formula/compile.js';
import { parseFormula } from '../src/formula/parse.js';
import type { Point } from './reference-table.js';
import { allowance, rootsOf, table } from './reference-table.js';
import type { Expected } from './ulp.js';
import { expected, parseInput, relativeError, ulpError } from './ulp.js';

/** Beyond this |x| e^|x| overflows, so textbook forms turn to 0, Infinity or NaN. */
const TEXTBOOK_RANGE = 700;

/** A description of how got misses want, or undefined when it is within `ulps` (|x| <= 10) or 1e-12. */
function miss(got: number, want: Expected, x: number, ulps: number): string | undefined {
  if (want.kind === 'nan') return Number.isNaN(got) ? undefined : `expected NaN, got ${got}`;
  if (want.kind === 'exact')
    return got === want.value ? undefined : `expected ${want.value}, got ${got}`;
  if (want.subnormal || Math.abs(x) <= 10) {
    const e = ulpError(got, want.value);
    return e <= ulps ? undefined : `${e.toFixed(2)} ulp > ${ulps.toFixed(1)} (got ${got})`;
  }
  const e = relativeError(got, want.value);
  return e <= 1e-12 ? undefined : `relative ${e.toExponential(2)} (got ${got})`;
}

interface Form {
  /** The formula typed. */
  readonly text: string;
  /** The catalog case it spells out. */
  readonly id: string;
  readonly params: Record<string, number>;
  /** Inputs where the formula's derivative follows a different (documented) convention. */
  readonly skipDf?: readonly number[];
  /** Extra ulp factor for f at x (the conditioning of the textbook form itself), 1 by default. */
  readonly widen?: (x: number, p: Point) => number;
  /** The same for f'. */
  readonly widenDf?: (x: number, p: Point) => number;
  /** Lowest x checked (GELU's form cancels below). */
  readonly from?: number;
}

/** 1/(1 + erf(x/sqrt 2)) = x/(2 gelu(x)): how much 1 + erf amplifies the rounding of erf for x < 0. */
const geluCancellation = (x: number, p: Point): number =>
  x < 0 ? Math.max(1, x / (2 * Number(p.f))) : 1;

const sigmoid = (y: number): number => 1 / (1 + Math.exp(-y));

/**
 * x sigmoid(b x) typed out: the rounding of b x (which the catalog corrects) costs about |b x|/2
 * ulp in f, and f' = s + b x s (1 - s) cancels for x < 0 by (s + |b x s (1 - s)|)/|f'|.
 */
const siluForm = (text: string, beta: number): Form => ({
  text,
  id: 'silu',
  params: { beta },
  widen: (x) => (beta === 1 ? 1 : Math.max(1, Math.abs(beta * x) / 2)),
  widenDf: (x, p) => {
    const s = sigmoid(beta * x);
    const terms = s + Math.abs(beta * x * s * (1 - s));
    return Math.max(1, terms / Math.abs(Number(p.df)), beta === 1 ? 1 : Math.abs(beta * x) / 2);
  },
});

const FORMS: readonly Form[] = [
  siluForm('x / (1 + exp(-x))', 1),
  siluForm('x * sigmoid(x)', 1),
  siluForm('x * sigmoid(1.5 * x)', 1.5),
  { text: 'max(x, 0)', id: 'relu', params: {}, skipDf: [0] },
  { text: 'where(x >= 0, x, 0.01 * x)', id: 'leaky_relu', params: { alpha: 0.01 }, skipDf: [0] },
  { text: 'where(x > 0, x, 0.2 * x)', id: 'leaky_relu', params: { alpha: 0.2 } },
  { text: 'x * tanh(softplus(x))', id: 'mish', params: {} },
  { text: 'log1p(exp(-abs(x))) + max(x, 0)', id: 'softplus', params: { beta: 1 }, skipDf: [0] },
  {
    text: '0.5 * x * (1 + erf(x / sqrt(2)))',
    id: 'gelu',
    params: {},
    widen: geluCancellation,
    widenDf: geluCancellation,
    from: -5,
  },
];

describe('textbook formulas against the reference table of the catalog function they spell', () => {
  for (const form of FORMS) {
    it(`${form.text} as ${form.id} ${JSON.stringify(form.params)}`, () => {
      const c = table.cases.find(
        (k) => k.id === form.id && JSON.stringify(k.params) === JSON.stringify(form.params),
      );
      if (!c) throw new Error(`no reference case ${form.id} ${JSON.stringify(form.params)}`);
      const { f, df } = compileFormula(parseFormula(form.text).tree, {});
      const fRoots = rootsOf(c.points, (p) => p.f);
      const dfRoots = rootsOf(c.points, (p) => p.df);
      const failures: string[] = [];
      let checked = 0;
      for (const p of c.points) {
        const x = parseInput(p.x);
        if (!(Math.abs(x) <= TEXTBOOK_RANGE) || x < (form.from ?? -Infinity)) continue;
        checked++;
        const widen = form.widen?.(x, p) ?? 1;
        const fail = miss(f(x), expected(p.f), x, widen * allowance(x, fRoots));
        if (fail) failures.push(`f(${p.x}): ${fail}`);
        if (form.skipDf?.includes(x)) continue;
        const widenDf = form.widenDf?.(x, p) ?? 1;
        const dfail = miss(df(x), expected(p.df), x, widenDf * allowance(x, dfRoots));
        if (dfail) failures.push(`df(${p.x}): ${dfail}`);
      }
      expect(checked).toBeGreaterThan(400);
      expect(failures.slice(0, 10), `${failures.length} failures`).toEqual([]);
    }, 30_000);
  }
});

/** The formula's f or df at x. */
function at(text: string, x: number, which: 'f' | 'df' = 'f'): number {
  return compileFormula(parseFormula(text).tree, {})[which](x);
}

describe('what the textbook forms get wrong, and the catalog does not', () => {
  it('the kink convention a formula spells: max(x, 0) splits the tie, relu does not', () => {
    expect(at('max(x, 0)', 0, 'df')).toBe(0.5);
    expect(activation('relu').df(0)).toBe(0);
    expect(at('where(x >= 0, x, 0.01 * x)', 0, 'df')).toBe(1);
    expect(activation('leaky_relu').df(0)).toBe(0.01);
  });

  it('1 + erf(x/sqrt 2) cancels: the GELU formula is exactly 0 at x = -10, gelu is -7.6e-23', () => {
    expect(at('0.5 * x * (1 + erf(x / sqrt(2)))', -10)).toBe(-0);
    expect(activation('gelu').f(-10)).toBeCloseTo(-7.619853024160526e-23, 35);
    // Written with erfc, as the catalog does, the digits come back.
    const viaErfc = at('0.5 * x * erfc(-x / sqrt(2))', -10);
    expect(Math.abs(viaErfc / -7.619853024160526e-23 - 1)).toBeLessThan(1e-14);
  });

  it('e^x overflows past 709.78: x * sigmoid(x) is NaN at -Infinity, silu is 0', () => {
    expect(at('x * sigmoid(x)', -Infinity)).toBeNaN();
    expect(activation('silu').f(-Infinity)).toBe(0);
    expect(at('x / (1 + exp(-x))', -710)).toBe(-0);
    expect(activation('silu').f(-710)).toBeLessThan(0);
  });
});
