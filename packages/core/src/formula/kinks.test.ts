/**
 * formulaKinks against kinks known by hand: where each construct breaks smoothness, where it only
 * looks like it might (abs(x)^2, a C1 splice), the exact location for linear arguments, roots of
 * nonlinear ones, deduplication, the [-100, 100] window and the cap.
 */
import { describe, expect, it } from 'vitest';
import { activation } from '../registry.js';
import type { FormulaNode } from './ast.js';
import { compileFormula } from './compile.js';
import { MAX_KINKS, formulaKinks } from './kinks.js';
import { parseFormula } from './parse.js';

function kinksOf(
  text: string,
  params: Record<string, number> = {},
): { x: number; derivative: number }[] {
  const definition = parseFormula(text);
  const values: Record<string, number> = {};
  for (const p of definition.params) values[p.name] = p.default;
  return formulaKinks(definition.tree, { ...values, ...params });
}

describe('each construct that breaks smoothness', () => {
  it.each([
    ['max(x, 0)', [{ x: 0, derivative: 0.5 }]],
    ['abs(x)', [{ x: 0, derivative: 0 }]],
    ['sign(x)', [{ x: 0, derivative: 0 }]],
    ['where(x >= 0, x, 0.01 * x)', [{ x: 0, derivative: 1 }]],
    ['where(x >= 0, 1, 0)', [{ x: 0, derivative: 0 }]],
    ['where(x == 0, 1, x)', [{ x: 0, derivative: 0 }]],
    [
      'min(max(x, -1), 1)',
      [
        { x: -1, derivative: 0.5 },
        { x: 1, derivative: 0.5 },
      ],
    ],
    ['relu(x - 1)', [{ x: 1, derivative: 0 }]],
    ['leaky_relu(2 * x + 3, alpha = 0.2)', [{ x: -1.5, derivative: 0.4 }]],
  ] as const)('%s', (text, want) => {
    expect(kinksOf(text)).toEqual(want);
  });

  it('a catalog call alone has the catalog kinks', () => {
    for (const id of [
      'hard_tanh',
      'relu6',
      'hard_shrink',
      'soft_shrink',
      'hard_sigmoid',
    ] as const) {
      expect(kinksOf(`${id}(x)`), id).toEqual(activation(id).kinks);
    }
  });

  it('a cusp is a kink: sqrt(abs(x)) at 0 (slope 0 * Infinity = NaN there, as in PyTorch)', () => {
    const [kink, ...rest] = kinksOf('sqrt(abs(x))');
    expect(rest).toEqual([]);
    expect(kink?.x).toBe(0);
    expect(kink?.derivative).toBeNaN();
  });
});

describe('candidates where f is smooth after all are dropped', () => {
  it.each([
    'abs(x)^2',
    'abs(x)^1.5',
    'where(x != 0, x, 0)',
    'where(x > 0, sin(x), x)',
    'max(x, x)',
    'x * sigmoid(x)',
    'gelu(x)',
    'relu(x) - relu(-x)',
  ])('%s', (text) => {
    expect(kinksOf(text)).toEqual([]);
  });
});

describe('locations', () => {
  it('exact for linear arguments', () => {
    expect(kinksOf('where(x >= 0.3, x, 0)').map((k) => k.x)).toEqual([0.3]);
    expect(kinksOf('where(x / 3 > 1, x, 0)').map((k) => k.x)).toEqual([3]);
    expect(kinksOf('abs(2 * x + 7)').map((k) => k.x)).toEqual([-3.5]);
  });

  it('within an ulp or two of the root for nonlinear ones', () => {
    const [a] = kinksOf('where(3 * x - 1 > 0, x, 0)');
    expect(Math.abs((a?.x as number) - 1 / 3)).toBeLessThanOrEqual(1.2e-16);
    const [b] = kinksOf('where(exp(x) > 2, x, -x)');
    expect(Math.abs((b?.x as number) - Math.LN2)).toBeLessThanOrEqual(2.3e-16);
    const [c] = kinksOf('abs(x^3 - 2)');
    expect(Math.abs((c?.x as number) - Math.cbrt(2))).toBeLessThanOrEqual(4.5e-16);
  });

  it('the boundary of an interval where the condition sides are equal', () => {
    expect(kinksOf('where(relu(x) > 0, 1, 2)')).toEqual([{ x: 0, derivative: 0 }]);
  });

  it('at the parameter values given', () => {
    expect(kinksOf('where(x >= t, x, 0); t = 2', { t: 2.5 }).map((k) => k.x)).toEqual([2.5]);
  });

  it('each kink once, with the derivative df returns there', () => {
    const text = 'max(x, 0) + abs(x) + relu(relu(x)) + abs(x - 4) * 2';
    const kinks = kinksOf(text);
    expect(kinks.map((k) => k.x)).toEqual([0, 4]);
    const { df } = compileFormula(parseFormula(text).tree, {});
    for (const k of kinks) expect(k.derivative).toBe(df(k.x));
  });

  it("in a derivative's tree (an activation-derivative node): its jumps, derivative NaN", () => {
    const tree: FormulaNode = {
      kind: 'activation-derivative',
      id: 'relu',
      arg: { kind: 'binary', op: '-', left: { kind: 'x' }, right: { kind: 'number', value: 2 } },
      params: {},
    };
    const kinks = formulaKinks(tree, {});
    expect(kinks.map((k) => k.x)).toEqual([2]);
    expect(kinks[0]?.derivative).toBeNaN();
  });

  it('only inside [-100, 100]', () => {
    expect(kinksOf('abs(x - 200)')).toEqual([]);
    expect(kinksOf('abs(x - 99.5)').map((k) => k.x)).toEqual([99.5]);
  });

  it(`at most ${MAX_KINKS}, those nearest 0, sorted`, () => {
    const kinks = kinksOf('abs(sin(x))');
    expect(kinks).toHaveLength(MAX_KINKS);
    const xs = kinks.map((k) => k.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(xs).toContain(0);
    // The multiples of pi nearest 0: -16 pi .. 15 pi or -15 pi .. 16 pi.
    expect(Math.max(...xs.map(Math.abs))).toBeCloseTo(16 * Math.PI, 12);
    for (const x of xs) expect(Math.abs(x / Math.PI - Math.round(x / Math.PI))).toBeLessThan(1e-14);
  });
});
