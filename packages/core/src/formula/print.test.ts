import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnyNode, CompareNode, FormulaNode } from './ast.js';
import { parseFormula } from './parse.js';
import { printDeclaration, printFormula, printRange } from './print.js';

/** The tree without spans, for structural comparison. */
function shape(node: AnyNode): unknown {
  return JSON.parse(
    JSON.stringify(node, (key, value) => (key === 'start' || key === 'end' ? undefined : value)),
  );
}

const x: FormulaNode = { kind: 'x' };
const n = (value: number): FormulaNode => ({ kind: 'number', value });
const p = (name: string): FormulaNode => ({ kind: 'param', name });
const neg = (arg: FormulaNode): FormulaNode => ({ kind: 'negate', arg });
const bin = (
  op: '+' | '-' | '*' | '/' | '^',
  left: FormulaNode,
  right: FormulaNode,
): FormulaNode => ({
  kind: 'binary',
  op,
  left,
  right,
});

/** An evaluator written apart from the compiler, for trees of arithmetic only: the reference. */
function evaluate(node: FormulaNode, at: number): number {
  switch (node.kind) {
    case 'number':
      return node.value;
    case 'x':
      return at;
    case 'negate':
      return -evaluate(node.arg, at);
    case 'binary': {
      const [l, r] = [evaluate(node.left, at), evaluate(node.right, at)];
      return { '+': l + r, '-': l - r, '*': l * r, '/': l / r, '^': l ** r }[node.op];
    }
    default:
      throw new Error(`not in the reference: ${node.kind}`);
  }
}

describe('printFormula', () => {
  it('prints canonical text with minimal parentheses', () => {
    const cases: [string, string][] = [
      ['x*tanh(softplus(x))', 'x * tanh(softplus(x))'],
      ['(x) + ((1))', 'x + 1'],
      ['x - (1 - x)', 'x - (1 - x)'],
      ['(x - 1) - x', 'x - 1 - x'],
      ['x / (2 * x)', 'x / (2 * x)'],
      ['(x / 2) * x', 'x / 2 * x'],
      ['-(x^2)', '-x^2'],
      ['(-x)^2', '(-x)^2'],
      ['(x^2)^3', '(x^2)^3'],
      ['x^(2^3)', 'x^2^3'],
      ['x^(-2)', 'x^-2'],
      ['2 ^ (x + 1)', '2^(x + 1)'],
      ['-(x + 1)', '-(x + 1)'],
      ['- - x', '--x'],
      ['1E3 + 1e-7 + 0.10', '1000 + 1e-7 + 0.1'],
      ['swish(x,beta=2)', 'silu(x, beta = 2)'],
      ['hard_tanh(x, max_val = 3, min_val = -(1))', 'hard_tanh(x, min_val = -1, max_val = 3)'],
      ['where((x)>=0,x,-x)', 'where(x >= 0, x, -x)'],
      ['min(x,max(x,1))', 'min(x, max(x, 1))'],
    ];
    for (const [input, canonical] of cases)
      expect(printFormula(parseFormula(input).tree), input).toBe(canonical);
  });

  it('prints hand-built trees, negative and non-finite literals included', () => {
    expect(printFormula(bin('-', p('a'), bin('-', p('b'), p('c'))))).toBe('a - (b - c)');
    expect(printFormula(bin('/', p('a'), bin('*', p('b'), p('c'))))).toBe('a / (b * c)');
    expect(printFormula(bin('^', n(-3), x))).toBe('(-3)^x');
    expect(printFormula(bin('-', x, n(-3)))).toBe('x - -3');
    expect(printFormula(bin('*', x, n(Infinity)))).toBe('x * (1 / 0)');
    expect(printFormula(n(-Infinity))).toBe('-1 / 0');
    expect(printFormula(n(NaN))).toBe('0 / 0');
    expect(printFormula(n(-0))).toBe('-0');
    const cond: CompareNode = { kind: 'compare', op: '<', left: bin('+', x, n(1)), right: n(0) };
    expect(printFormula(cond)).toBe('x + 1 < 0');
  });

  it('prints derivative nodes with a prime, which the language refuses to parse', () => {
    const derivative: FormulaNode = {
      kind: 'activation-derivative',
      id: 'leaky_relu',
      arg: bin('*', n(2), x),
      params: { alpha: n(0.2) },
    };
    const text = printFormula(derivative);
    expect(text).toBe("leaky_relu'(2 * x, alpha = 0.2)");
    expect(() => parseFormula(text)).toThrow(/derivative cannot be typed/);
  });

  it('round-trips formulas of every construct', () => {
    const formulas = [
      'x * sigmoid(beta * x); beta = 1.702 in (0, 10]',
      '0.5 * x * (1 + erf(x / sqrt(2)))',
      'where(x > 0, x, alpha * expm1(x)); alpha = 1',
      'log1p(exp(-abs(x))) + max(x, 0)',
      '-x^2 + (-x)^2 - 2^-x^2 * --x',
      'a - (b - c) / (d * e^pi); a = 1; b = 2; c = 3; d = 4',
      'leaky_relu(x - 1, alpha = 2 * k) * softplus(x, beta = k / 2); k = 0.1 in [0, 1]',
      'sign(x) * atan(x) + cos(x) * sin(x) / tan(x) + erfc(tanh(x))',
      'min(1, 2) ^ (x / 3) / 1e-9',
    ];
    for (const formula of formulas) {
      const first = parseFormula(formula);
      const again = parseFormula(first.text);
      expect(shape(again.tree), formula).toEqual(shape(first.tree));
      expect(again.params).toEqual(first.params);
      expect(again.text).toBe(first.text);
    }
  });

  it('round-trips random trees (property)', () => {
    const leaf = fc.oneof(
      fc.constant(x),
      fc.constant(p('a')),
      fc.constantFrom<FormulaNode>(
        { kind: 'constant', name: 'pi' },
        { kind: 'constant', name: 'e' },
      ),
      fc
        .double({ min: 0, max: 1e30, noNaN: true })
        .filter((v) => !Object.is(v, -0))
        .map(n),
    );
    const { node } = fc.letrec<{ node: FormulaNode }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', maxDepth: 5 },
        leaf,
        tie('node').map(neg),
        fc
          .tuple(
            fc.constantFrom('+', '-', '*', '/', '^') as fc.Arbitrary<'+'>,
            tie('node'),
            tie('node'),
          )
          .map(([op, l, r]) => bin(op, l, r)),
        fc
          .tuple(fc.constantFrom('exp', 'tanh', 'erf'), tie('node'))
          .map(([fn, arg]): FormulaNode => ({ kind: 'call', fn, args: [arg] })),
        fc
          .tuple(tie('node'), tie('node'))
          .map(([a, b]): FormulaNode => ({ kind: 'call', fn: 'max', args: [a, b] })),
        fc
          .tuple(
            tie('node'),
            fc.oneof(fc.constant(p('a')), fc.double({ min: 0, max: 5, noNaN: true }).map(n)),
          )
          .map(([arg, alpha]): FormulaNode => ({
            kind: 'activation',
            id: 'leaky_relu',
            arg,
            params: { alpha },
          })),
        fc
          .tuple(
            tie('node'),
            tie('node'),
            tie('node'),
            fc.constantFrom('<', '>=', '!=') as fc.Arbitrary<'<'>,
          )
          .map(([l, t, o, op]): FormulaNode => ({
            kind: 'where',
            cond: { kind: 'compare', op, left: l, right: n(0) },
            then: t,
            otherwise: o,
          })),
      ),
    }));
    fc.assert(
      fc.property(node, (tree) => {
        const text = `${printFormula(tree)}; a = 1`;
        fc.pre(text.length <= 1000);
        expect(shape(parseFormula(text).tree)).toEqual(shape(tree));
      }),
      { numRuns: 300 },
    );
  });

  it('prints trees the parser cannot produce so that they read back to the same values', () => {
    const trees = [
      bin('-', x, n(-3)),
      bin('^', n(-2), bin('*', x, n(-0.5))),
      neg(n(-1.5)),
      bin('*', n(-1), bin('^', x, n(-2))),
      bin('/', n(Infinity), bin('+', x, n(-Infinity))),
    ];
    for (const tree of trees) {
      const back = parseFormula(printFormula(tree)).tree;
      for (const at of [-2, -0.5, 0.5, 3]) expect(evaluate(back, at)).toBe(evaluate(tree, at));
    }
  });
});

describe('declarations', () => {
  it('print ranges with inf and omit an unbounded one', () => {
    const spec = { name: 'beta', default: 1.702, description: '' };
    const bounds = { min: 0, max: 10, minInclusive: false, maxInclusive: true };
    expect(printDeclaration({ ...spec, ...bounds })).toBe('beta = 1.702 in (0, 10]');
    const unbounded = { min: -Infinity, max: Infinity, minInclusive: false, maxInclusive: false };
    expect(printDeclaration({ ...spec, ...unbounded })).toBe('beta = 1.702');
    expect(printRange({ min: -Infinity, max: 1, minInclusive: false, maxInclusive: true })).toBe(
      '(-inf, 1]',
    );
    expect(printRange({ min: 0, max: Infinity, minInclusive: true, maxInclusive: false })).toBe(
      '[0, inf)',
    );
  });
});
