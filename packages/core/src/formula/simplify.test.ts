/**
 * simplify: each rewrite on a small case written out by hand, the readability of the results the
 * differentiator relies on, and that the value never changes beyond rounding (compiled f of the
 * simplified tree against compiled f of the original, at many points).
 */
import { describe, expect, it } from 'vitest';
import type { FormulaNode } from './ast.js';
import { compileFormula } from './compile.js';
import { parseFormula } from './parse.js';
import { printFormula } from './print.js';
import { nodesEqual, simplify } from './simplify.js';

/** The canonical text of the simplified formula `text`. */
const simplified = (text: string) => printFormula(simplify(parseFormula(text).tree));

describe('simplify rewrites', () => {
  it.each([
    ['0 * sigmoid(x)', '0'],
    ['sigmoid(x) * 0', '0'],
    ['1 * x', 'x'],
    ['x * 1', 'x'],
    ['x + 0', 'x'],
    ['0 + x', 'x'],
    ['x - 0', 'x'],
    ['0 - x', '-x'],
    ['x / 1', 'x'],
    ['x^1', 'x'],
    ['x^0', '1'],
    ['-(-x)', 'x'],
    ['-(-(-x))', '-x'],
    ['(-x) * y; y = 2', '-y * x'],
    ['x * (-y); y = 2', '-y * x'],
    ['(-x) * (-y); y = 2', 'y * x'],
    ['2 * (3 * x)', '6 * x'],
    ['(2 * x) * (3 * x)', '6 * x^2'],
    ['x * 2', '2 * x'],
    ['x * x', 'x^2'],
    ['x * x^2 * x', 'x^4'],
    ['sigmoid(x) * sigmoid(x)', 'sigmoid(x)^2'],
    ['(x^2)^3', 'x^6'],
    ['x^(-1)', '1 / x'],
    ['2 * x^(-0.5)', '2 / x^0.5'],
    ['2 + 3', '5'],
    ['2^10', '1024'],
    ['6 / 3', '2'],
    ['6 / 4', '3 / 2'],
    ['1 / 3', '1 / 3'],
    ['3 * x / 6', 'x / 2'],
    ['x + x', '2 * x'],
    ['2 * x + 3 * x', '5 * x'],
    ['x - x', '0'],
    ['x / 2 + x / 2', 'x'],
    ['1 + x - 1', 'x'],
    ['a - (b - c); a = 1; b = 2; c = 3', 'a - b + c'],
    ['exp(0) + log(1) + cos(0)', '2'],
    ['sqrt(9) * x', '3 * x'],
    ['abs(-x)', 'abs(x)'],
    ['max(2, 3) * x', '3 * x'],
    ['where(1 < 2, x, -x)', 'x'],
    ['where(x > 0, sin(x), sin(x))', 'sin(x)'],
    ['leaky_relu(x, alpha = 0.1 * 2)', 'leaky_relu(x, alpha = 0.2)'],
  ])('%s  ->  %s', (input, expected) => {
    expect(simplified(input)).toBe(expected);
  });

  it.each([
    ['0.1 + 0.2', '0.1 + 0.2'],
    ['0.1 * 3', '0.1 * 3'],
    ['2 * pi', '2 * pi'],
    ['pi * 2 * e', '2 * pi * e'],
    ['sqrt(2) * x', 'sqrt(2) * x'],
    ['exp(1)', 'exp(1)'],
    ['x / x', 'x / x'],
    ['x^2 / x', 'x^2 / x'],
    ['x^0.5 * x^0.5', '(x^0.5)^2'],
    ['1^x', '1^x'],
  ])('keeps inexact or value-changing folds: %s  ->  %s', (input, expected) => {
    expect(simplified(input)).toBe(expected);
  });

  it('pulls a factor every term shares, but not when a term is that factor alone', () => {
    expect(simplified('sigmoid(x) * tanh(x) + sigmoid(x) * cos(x)')).toBe(
      'sigmoid(x) * (tanh(x) + cos(x))',
    );
    expect(simplified('2 * x * exp(x) + x^2 * exp(x)')).toBe('x * exp(x) * (2 + x)');
    expect(simplified('-sin(x) * x - sin(x) * cos(x)')).toBe('-sin(x) * (x + cos(x))');
    expect(simplified('sigmoid(x) + x * sigmoid(x) * (1 - sigmoid(x))')).toBe(
      'sigmoid(x) + x * sigmoid(x) * (1 - sigmoid(x))',
    );
    expect(simplified('exp(x) - exp(x) * x')).toBe('exp(x) - x * exp(x)');
  });

  it('returns a new tree without spans', () => {
    const out = simplify(parseFormula('x * sigmoid(x) + 1').tree);
    const walk = (node: FormulaNode): void => {
      expect(node.start).toBeUndefined();
      expect(node.end).toBeUndefined();
      if (node.kind === 'binary') [node.left, node.right].forEach(walk);
      if (node.kind === 'activation') walk(node.arg);
    };
    walk(out);
  });
});

/** Formulas covering every kind of node; the value tests evaluate them before and after. */
const FORMULAS = [
  'x * sigmoid(x) + 0 * x',
  '2 * (3 * x) - x * 1 + x^1',
  'x * x * x - x^3 + 2',
  '(x + 1) * (x + 1) / (x + 1)',
  'sigmoid(x) * tanh(x) + sigmoid(x) * (1 - tanh(x)^2)',
  '-(-(x^2)) * -(3 * exp(-x))',
  'a * x + a * x^2 - (b - x); a = 0.3; b = 1.5',
  'where(x > 0, x * x, -x / 2) + where(x <= 1, 1 * x, x)',
  'min(x, 2 * x) * max(0, -x) + abs(-x)',
  'softplus(2 * x, beta = 0.5) * 4 / 8',
  '1 / (2 * sqrt(x^2 + 1)) + 1 / (2 * sqrt(x^2 + 1))',
  'x^(-2) * x^2 + (x^2)^3',
  'exp(0) * log(1 + x^2) + cos(0) * x / 3',
  '0.1 * 3 * x + 0.2 * x',
  'erf(x) * erfc(x) * (pi / 2) * e',
  'tanh(softplus(x)) * x + x * tanh(softplus(x))',
];

/** Points where the value tests compare; chosen off 0 and the where() boundaries. */
const POINTS = Array.from({ length: 81 }, (_, i) => -7.93 + 0.2 * i);

describe('simplify keeps the value', () => {
  it.each(FORMULAS)('%s', (text) => {
    const { tree, params } = parseFormula(text);
    const values = Object.fromEntries(params.map((p) => [p.name, p.default]));
    const before = compileFormula(tree, values).f;
    const out = simplify(tree);
    const after = compileFormula(out, values).f;
    for (const x of POINTS) {
      const want = before(x);
      if (!Number.isFinite(want)) continue;
      expect(Math.abs(after(x) - want), `${printFormula(out)} at x = ${x}`).toBeLessThanOrEqual(
        1e-12 * Math.max(1, Math.abs(want)),
      );
    }
  });

  it.each(FORMULAS)('is idempotent: %s', (text) => {
    const once = simplify(parseFormula(text).tree);
    expect(nodesEqual(simplify(once), once), printFormula(once)).toBe(true);
    expect(simplify(once)).toEqual(once);
  });
});
