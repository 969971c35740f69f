/**
 * differentiate: derivatives worked out by hand for typical formulas (as canonical text), no
 * leftover `0 * a` or `1 * a` in any result, every catalog closed form against the catalog's own
 * f', and the symbolic derivative, compiled, against the compiled forward-mode derivative.
 */
import { describe, expect, it } from 'vitest';
import type { ScalarId } from '../activation.js';
import { SCALAR_IDS } from '../activation.js';
import { isActlabError } from '../errors.js';
import { activation } from '../registry.js';
import type { FormulaNode } from './ast.js';
import { compileFormula } from './compile.js';
import { differentiate } from './differentiate.js';
import { parseFormula } from './parse.js';
import { printDeclaration, printFormula } from './print.js';

/** The canonical text of the derivative of `text`. */
const derivativeText = (text: string) => printFormula(differentiate(parseFormula(text).tree));

/** Derivatives worked out by hand, written as the simplifier is meant to print them. */
const BY_HAND: readonly (readonly [string, string])[] = [
  ['x * sigmoid(x)', 'sigmoid(x) + x * sigmoid(x) * (1 - sigmoid(x))'],
  ['silu(x)', 'sigmoid(x) + x * sigmoid(x) * (1 - sigmoid(x))'],
  [
    'x * sigmoid(beta * x); beta = 1.702',
    'sigmoid(beta * x) + beta * x * sigmoid(beta * x) * (1 - sigmoid(beta * x))',
  ],
  ['x * tanh(softplus(x))', 'tanh(softplus(x)) + x * (1 - tanh(softplus(x))^2) * sigmoid(x)'],
  ['sigmoid(x) * tanh(x)', 'sigmoid(x) * ((1 - sigmoid(x)) * tanh(x) + 1 - tanh(x)^2)'],
  ['x^3', '3 * x^2'],
  ['-x^2', '-2 * x'],
  ['x^2 * exp(x)', 'x * exp(x) * (2 + x)'],
  ['exp(-x^2)', '-2 * x * exp(-x^2)'],
  ['sqrt(x)', '1 / (2 * sqrt(x))'],
  ['x^0.5', '0.5 / x^0.5'],
  ['1 / x', '-1 / x^2'],
  ['log(x) / x', '1 / x^2 - log(x) / x^2'],
  ['x / (1 + abs(x))', '1 / (1 + abs(x)) - x * sign(x) / (1 + abs(x))^2'],
  ['log1p(x^2)', '2 * x / (1 + x^2)'],
  ['expm1(2 * x)', '2 * exp(2 * x)'],
  ['cos(3 * x)', '-3 * sin(3 * x)'],
  ['tan(x)', '1 + tan(x)^2'],
  ['tanh(x)', '1 - tanh(x)^2'],
  ['atan(2 * x)', '2 / (1 + (2 * x)^2)'],
  ['erf(x)', '2 * exp(-x^2) / sqrt(pi)'],
  ['erfc(x)', '-2 * exp(-x^2) / sqrt(pi)'],
  ['2^x', 'log(2) * 2^x'],
  ['e^(2 * x)', '2 * e^(2 * x)'],
  ['sign(x) * x', 'sign(x)'],
  ['max(0, x)', 'where(0 > x, 0, where(0 < x, 1, 1 / 2))'],
  ['min(x, 2 * x)', 'where(x < 2 * x, 1, where(x > 2 * x, 2, 3 / 2))'],
  ['where(x >= 0, 1, 0)', '0'],
  ['where(x > 0, x^2, -x)', 'where(x > 0, 2 * x, -1)'],
  ['softplus(2 * x, beta = 0.5)', '2 * sigmoid(x)'],
  ['log_sigmoid(x)', 'sigmoid(-x)'],
  ['gaussian(x)', '-2 * x * exp(-x^2)'],
  ['linear(x, slope = 3, intercept = 1)', '3'],
  ['leaky_relu(x, alpha = 0.2)', "leaky_relu'(x, alpha = 0.2)"],
  ['leaky_relu(3 * x)', "3 * leaky_relu'(3 * x)"],
  ['elu(x^2, alpha = a); a = 2', "2 * x * elu'(x^2, alpha = a)"],
];

describe('derivatives worked out by hand', () => {
  it.each(BY_HAND)("(%s)'  =  %s", (formula, expected) => {
    expect(derivativeText(formula)).toBe(expected);
  });
});

/** Every binary node whose operand makes it pointless: `0 * a`, `1 * a`, `a + 0`, `a / 1`, `a^1`. */
function pointless(node: FormulaNode): string[] {
  const children: FormulaNode[] = [];
  const found: string[] = [];
  const is = (n: FormulaNode, value: number) => n.kind === 'number' && n.value === value;
  if (node.kind === 'binary') {
    const { op, left, right } = node;
    if (op === '*' && [0, 1].some((v) => is(left, v) || is(right, v))) found.push('* by 0 or 1');
    if ((op === '+' || op === '-') && (is(left, 0) || is(right, 0))) found.push('+- 0');
    if (op === '/' && (is(right, 1) || is(left, 0))) found.push('/ 1 or 0 /');
    if (op === '^' && (is(right, 0) || is(right, 1))) found.push('^ 0 or 1');
    children.push(left, right);
  } else if (node.kind === 'negate') {
    if (node.arg.kind === 'negate' || is(node.arg, 0)) found.push('--a or -0');
    children.push(node.arg);
  } else if (node.kind === 'where') {
    children.push(node.cond.left, node.cond.right, node.then, node.otherwise);
  } else if (node.kind === 'call') {
    children.push(...node.args);
  } else if (node.kind === 'activation' || node.kind === 'activation-derivative') {
    children.push(node.arg, ...Object.values(node.params));
  }
  return [...found, ...children.flatMap(pointless)];
}

/** A catalog call on `arg` with the given parameters, built directly (the parser reads `tanh` and `sin` as elementary). */
function catalogCall(id: ScalarId, params: Record<string, number>): FormulaNode {
  const values = Object.entries(params).map(([k, v]) => [k, { kind: 'number', value: v }]);
  return { kind: 'activation', id, arg: { kind: 'x' }, params: Object.fromEntries(values) };
}

/** Non-default parameters, to check closed forms beyond the defaults. */
const OTHER_PARAMS: Partial<Record<ScalarId, Record<string, number>>> = {
  linear: { slope: 2, intercept: 3 },
  softplus: { beta: 2.5 },
  silu: { beta: 0.7 },
  squareplus: { b: 0.5 },
  leaky_relu: { alpha: 0.2 },
  elu: { alpha: 0.5 },
  hard_tanh: { min_val: -2, max_val: 0.5 },
};

const CATALOG_CASES = SCALAR_IDS.flatMap((id) => {
  const other = OTHER_PARAMS[id];
  return [[id, {}] as const, ...(other ? [[id, other] as const] : [])];
});

/** Points off every kink of the catalog (0, ±0.5, ±1, ±3, 6 and the parameters above). */
const POINTS = Array.from({ length: 97 }, (_, i) => -5.917 + 0.123 * i);

/** |a - b| within 1e-12 relative, or absolute where |b| < 1 (near zeros). */
function close(a: number, b: number): boolean {
  if (Number.isNaN(b)) return Number.isNaN(a);
  return Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b));
}

describe('catalog activations', () => {
  it.each(CATALOG_CASES)("%s %j: the symbolic derivative is the catalog f'", (id, params) => {
    const derivative = differentiate(catalogCall(id, params));
    const compiled = compileFormula(derivative, {}).f;
    const reference = activation(id, params);
    for (const x of POINTS) {
      const want = reference.df(x);
      expect(close(compiled(x), want), `${printFormula(derivative)} at ${x}: want ${want}`).toBe(
        true,
      );
    }
  });

  it.each(['sigmoid', 'softplus', 'silu', 'log_sigmoid', 'linear', 'exponential'] as const)(
    '%s has a closed form (no activation-derivative node)',
    (id) => {
      const text = printFormula(differentiate(catalogCall(id, {})));
      expect(text).not.toContain("'");
    },
  );

  it('refuses to differentiate a derivative node (second derivatives)', () => {
    const first = differentiate(parseFormula('leaky_relu(x) + x^2').tree);
    let error: unknown;
    try {
      differentiate(first);
    } catch (e) {
      error = e;
    }
    expect(isActlabError(error, 'INVALID_FORMULA')).toBe(true);
    expect((error as Error).message).toMatch(/second derivatives are not supported/);
  });
});

/** Formulas for the numeric checks: every rule, nested, with parameters. */
const NUMERIC = [
  ...BY_HAND.map(([formula]) => formula),
  'x * tanh(softplus(x)) / (1 + x^2)',
  'sigmoid(2 * x)^3 - x * log1p(exp(x))',
  'sqrt(x^2 + 1) * atan(x) + cos(x)^2',
  'x^x + x^(sin(x) + 2)',
  'exp(x / 3) * erfc(x) - erf(-x) * pi',
  'where(x > 1, x^2, sin(x)) * max(x, 1 - x) + min(sigmoid(x), 0.5)',
  'a * x + gelu(b * x) - mish(x) / a; a = 1.5 in (0, 10]; b = 0.5',
  'squareplus(x, b = 2) + abs(x - 2) * tanh_shrink(x)',
  'softsign(x) * arctan(x) + sin(x) * exponential(-x)',
  'x * sigmoid(beta * x) + softplus(x, beta = beta); beta = 1.702',
  '(x^2 - 1) / (x^2 + 1) + 1 / (x - 10)',
  'log(x^2 + 0.5) * expm1(-x) + gelu_tanh(x) + selu(x)',
];

describe('the symbolic derivative agrees with the compiled derivative', () => {
  it.each(NUMERIC)('%s', (text) => {
    const { tree, params } = parseFormula(text);
    const values = Object.fromEntries(params.map((p) => [p.name, p.default]));
    const df = compileFormula(tree, values).df;
    const derivative = differentiate(tree);
    const symbolic = compileFormula(derivative, values).f;
    for (const x of POINTS) {
      const want = df(x);
      if (!Number.isFinite(want)) continue;
      expect(close(symbolic(x), want), `${printFormula(derivative)} at ${x}: want ${want}`).toBe(
        true,
      );
    }
  });

  it.each(NUMERIC)('%s: no 0 * a, 1 * a, a + 0, a / 1, a^1 left', (text) => {
    const derivative = differentiate(parseFormula(text).tree);
    expect(pointless(derivative), printFormula(derivative)).toEqual([]);
  });

  it.each(NUMERIC.filter((t) => !printFormula(differentiate(parseFormula(t).tree)).includes("'")))(
    '%s: the derivative text parses back to the same function',
    (text) => {
      const { tree, params } = parseFormula(text);
      const values = Object.fromEntries(params.map((p) => [p.name, p.default]));
      const derivative = differentiate(tree);
      const declarations = params.map((p) => `; ${printDeclaration(p)}`).join('');
      const reparsed = parseFormula(printFormula(derivative) + declarations).tree;
      const a = compileFormula(derivative, values).f;
      const b = compileFormula(reparsed, values).f;
      for (const x of POINTS) expect(Object.is(a(x), b(x)), `at ${x}`).toBe(true);
    },
  );
});

describe('large formulas', () => {
  it('simplify before differentiating, so a long product of x is a power rule', () => {
    const text = Array.from({ length: 240 }, () => 'x').join('*');
    expect(printFormula(differentiate(parseFormula(text).tree))).toBe('240 * x^239');
  });

  it('leave a derivative too large to simplify as the rules made it, still exact', () => {
    // 90 different factors: the product rule makes 90 terms of 90 factors each.
    const text = Array.from({ length: 90 }, (_, i) => `sin(x+${i})`).join('*');
    const tree = parseFormula(text).tree;
    const symbolic = compileFormula(differentiate(tree), {});
    const exact = compileFormula(tree, {});
    for (const x of [-1.3, -0.2, 0.4, 2.5]) {
      const want = exact.df(x);
      expect(Math.abs(symbolic.f(x) - want)).toBeLessThanOrEqual(
        1e-9 * Math.max(1, Math.abs(want)),
      );
    }
  });
});
