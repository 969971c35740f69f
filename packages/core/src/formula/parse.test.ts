import { describe, expect, it } from 'vitest';
import { ActlabError } from '../errors.js';
import type { AnyNode, FormulaNode } from './ast.js';
import { FORMULA_FUNCTIONS } from './names.js';
import { parseFormula } from './parse.js';

/** The tree without spans, for structural comparison. */
function shape(node: AnyNode): unknown {
  return JSON.parse(
    JSON.stringify(node, (key, value) => (key === 'start' || key === 'end' ? undefined : value)),
  );
}

const x = { kind: 'x' } as const;
const n = (value: number) => ({ kind: 'number', value }) as const;
const p = (name: string) => ({ kind: 'param', name }) as const;
const neg = (arg: FormulaNode) => ({ kind: 'negate', arg }) as const;
const bin = (op: '+' | '-' | '*' | '/' | '^', left: FormulaNode, right: FormulaNode) =>
  ({ kind: 'binary', op, left, right }) as const;

/** The tree of `text`, without spans. */
function tree(text: string): unknown {
  return shape(parseFormula(text).tree);
}

/** The INVALID_FORMULA error `text` throws (fails the test when it parses). */
function errorOf(text: string): ActlabError {
  try {
    parseFormula(text);
  } catch (error) {
    expect(error).toBeInstanceOf(ActlabError);
    expect((error as ActlabError).code).toBe('INVALID_FORMULA');
    return error as ActlabError;
  }
  throw new Error(`expected ${JSON.stringify(text)} to be refused`);
}

describe('parseFormula: operators', () => {
  it('binds * and / tighter than + and -, all left-associative', () => {
    expect(tree('1 + 2 * x')).toEqual(bin('+', n(1), bin('*', n(2), x)));
    expect(tree('x - 1 - 2')).toEqual(bin('-', bin('-', x, n(1)), n(2)));
    expect(tree('x / 2 / 3')).toEqual(bin('/', bin('/', x, n(2)), n(3)));
    expect(tree('(x - 1) * 2')).toEqual(bin('*', bin('-', x, n(1)), n(2)));
  });

  it('makes ^ right-associative and tighter than a unary minus on its left', () => {
    expect(tree('2^3^x')).toEqual(bin('^', n(2), bin('^', n(3), x)));
    expect(tree('-x^2')).toEqual(neg(bin('^', x, n(2))));
    expect(tree('(-x)^2')).toEqual(bin('^', neg(x), n(2)));
    expect(tree('x^-2')).toEqual(bin('^', x, neg(n(2))));
    expect(tree('2^-x^2')).toEqual(bin('^', n(2), neg(bin('^', x, n(2)))));
  });

  it('reads unary minus chains and minus after an operator', () => {
    expect(tree('--x')).toEqual(neg(neg(x)));
    expect(tree('2 * -x')).toEqual(bin('*', n(2), neg(x)));
    expect(tree('x - -1')).toEqual(bin('-', x, neg(n(1))));
  });

  it('reads number literals in every notation and the constants', () => {
    expect(tree('0.5 + .25 + 2. + 1e-3 + 1E+2')).toEqual(
      bin('+', bin('+', bin('+', bin('+', n(0.5), n(0.25)), n(2)), n(0.001)), n(100)),
    );
    expect(tree('pi * e')).toEqual(
      bin('*', { kind: 'constant', name: 'pi' }, { kind: 'constant', name: 'e' }),
    );
  });

  it('records spans as offsets into the text', () => {
    const { tree: root } = parseFormula('x + sigmoid(x)');
    expect(root).toMatchObject({
      start: 0,
      end: 14,
      right: { start: 4, end: 14, arg: { start: 12, end: 13 } },
    });
  });
});

describe('parseFormula: functions', () => {
  it('calls every elementary function with its arity', () => {
    for (const fn of FORMULA_FUNCTIONS) {
      const arity = fn === 'min' || fn === 'max' ? 2 : 1;
      const args = arity === 2 ? 'x, 1' : 'x';
      expect(tree(`${fn}(${args})`), fn).toEqual({
        kind: 'call',
        fn,
        args: arity === 2 ? [x, n(1)] : [x],
      });
    }
  });

  it('prefers elementary functions over catalog names', () => {
    for (const fn of ['tanh', 'sin', 'exp', 'atan'])
      expect(tree(`${fn}(x)`)).toMatchObject({ kind: 'call', fn });
  });

  it('resolves catalog ids and aliases to canonical ids, parameters in catalog order', () => {
    expect(tree('swish(x)')).toEqual({ kind: 'activation', id: 'silu', arg: x, params: {} });
    expect(tree('Leaky_ReLU(x, alpha = 0.2)')).toEqual({
      kind: 'activation',
      id: 'leaky_relu',
      arg: x,
      params: { alpha: n(0.2) },
    });
    const hard = parseFormula('hard_tanh(x, max_val = 2, min_val = -2)').tree;
    expect(hard.kind === 'activation' && Object.keys(hard.params)).toEqual(['min_val', 'max_val']);
    expect(tree('softplus(2 * x, beta = 2 * b); b = 0.5')).toEqual({
      kind: 'activation',
      id: 'softplus',
      arg: bin('*', n(2), x),
      params: { beta: bin('*', n(2), p('b')) },
    });
  });

  it('reads where(cond, then, otherwise) with every comparison', () => {
    for (const op of ['<', '<=', '>', '>=', '==', '!=']) {
      expect(tree(`where(x ${op} 0, x, 0.01 * x)`)).toEqual({
        kind: 'where',
        cond: { kind: 'compare', op, left: x, right: n(0) },
        then: x,
        otherwise: bin('*', n(0.01), x),
      });
    }
  });
});

describe('parseFormula: declarations and text', () => {
  it('returns declared parameters as ParamSpecs with their ranges', () => {
    const definition = parseFormula(
      'x * sigmoid(beta * x) + a; beta = 1.702 in (0, 10]; a = -1 in [-5, inf); c = 2',
    );
    const description = 'Declared parameter of the formula.';
    expect(definition.params).toEqual([
      {
        name: 'beta',
        default: 1.702,
        min: 0,
        max: 10,
        minInclusive: false,
        maxInclusive: true,
        description,
      },
      {
        name: 'a',
        default: -1,
        min: -5,
        max: Infinity,
        minInclusive: true,
        maxInclusive: false,
        description,
      },
      {
        name: 'c',
        default: 2,
        min: -Infinity,
        max: Infinity,
        minInclusive: false,
        maxInclusive: false,
        description,
      },
    ]);
    expect(definition.expression).toBe('x * sigmoid(beta * x) + a');
    expect(definition.text).toBe(
      'x * sigmoid(beta * x) + a; beta = 1.702 in (0, 10]; a = -1 in [-5, inf); c = 2',
    );
  });

  it('strips the formula: prefix and surrounding spaces; positions count from the start of the argument', () => {
    const definition = parseFormula('  Formula :  x*tanh(softplus(x)) ;');
    expect(definition.source).toBe('x*tanh(softplus(x)) ;');
    expect(definition.text).toBe('x * tanh(softplus(x))');
    expect(definition.tree.start).toBe(13);
    expect(errorOf('formula: x +').details.position).toBe(12);
  });
});

describe('parseFormula: errors', () => {
  it('names an unexpected token, its position and what was expected', () => {
    const stray = errorOf('(x + 1))');
    expect(stray.message).toBe(
      'unexpected ")" at 7: expected an operator or the end of the formula',
    );
    expect(stray.details).toEqual({
      position: 7,
      end: 8,
      expected: 'an operator or the end of the formula',
    });
    const operand = errorOf('x * )');
    expect(operand.message).toBe('unexpected ")" at 4: expected a number, x, a name or "("');
    expect(operand.details.expected).toBe('a number, x, a name or "("');
    expect(errorOf('x +').message).toBe(
      'the formula ends too early at 3: expected a number, x, a name or "("',
    );
    expect(errorOf('(x + 1').message).toMatch(
      /at 6: expected an operator or "\)" to close "\(" at 0/,
    );
    expect(errorOf('2x').message).toMatch(/unexpected name "x" at 1: .*write \* to multiply/);
    expect(errorOf('x ** 2').message).toMatch(/write \^ for a power/);
    expect(errorOf('x # 2').details).toMatchObject({ position: 2, end: 3 });
    expect(errorOf("relu'(x)").message).toMatch(/derivative cannot be typed/);
    expect(errorOf('min(x, )').details.position).toBe(7);
  });

  it('refuses an empty formula', () => {
    expect(errorOf('   ').message).toBe('empty formula');
    expect(errorOf('formula:').details.position).toBe(8);
  });

  it('suggests the closest functions and names', () => {
    const sigmod = errorOf('x * sigmod(x)');
    expect(sigmod.message).toBe('unknown function "sigmod" at 4; did you mean sigmoid?');
    expect(sigmod.details).toMatchObject({ position: 4, end: 10, suggestions: ['sigmoid'] });
    expect(errorOf('lekyrelu(x)').details.suggestions).toContain('leaky_relu');
    expect(errorOf('wher(x > 0, 1, 0)').details.suggestions).toContain('where');
    const beta = errorOf('x * sigmoid(beta * x)');
    expect(beta.message).toBe(
      'unknown name "beta" at 12: declare it after the formula, e.g. "; beta = 1"',
    );
    expect(beta.details).toEqual({ position: 12, end: 16 });
    const typo = errorOf('bta * x; beta = 1');
    expect(typo.details.suggestions).toEqual(['beta']);
    expect(errorOf('x * sigmod').details.suggestions).toEqual(['sigmoid']);
    expect(errorOf('a * x').details.suggestions).toBeUndefined();
    expect(errorOf('sigmoid').message).toBe('sigmoid at 0 is a function: call it, e.g. sigmoid(x)');
    expect(errorOf('x(2)').message).toMatch(/^x at 0 is the variable, not a function/);
  });

  it('checks calls: vector activations, arity, named parameters, x in parameters', () => {
    expect(errorOf('softmax(x)').message).toMatch(
      /^softmax is a vector activation; a formula can use only scalar activations/,
    );
    expect(errorOf('exp(x, 2)').message).toBe('exp takes 1 argument, got 2 (at 0)');
    expect(errorOf('max(x)').message).toBe('max takes 2 arguments, got 1 (at 0)');
    expect(errorOf('exp(x, beta = 2)').message).toMatch(/^exp takes no named parameters/);
    const unknown = errorOf('leaky_relu(x, beta = 1)');
    expect(unknown.message).toBe(
      'leaky_relu has no parameter "beta": its parameters are alpha (at 14)',
    );
    expect(unknown.details).toMatchObject({ position: 14, end: 18 });
    expect(errorOf('relu(x, alpha = 1)').message).toMatch(
      /relu has no parameter "alpha": it takes no parameters/,
    );
    expect(errorOf('leaky_relu(x, alpha = 0.1, alpha = 0.2)').message).toMatch(
      /alpha of leaky_relu is given twice/,
    );
    const onX = errorOf('leaky_relu(x, alpha = 0.1 * x)');
    expect(onX.message).toMatch(/^parameters of leaky_relu must not depend on x/);
    expect(onX.details.position).toBe(22);
    expect(errorOf('leaky_relu(x, 0.2)').message).toMatch(
      /leaky_relu takes 1 argument, got 2 .*alpha = /,
    );
    expect(errorOf('leaky_relu(alpha = 0.2, x)').message).toMatch(
      /cannot follow the named parameters/,
    );
    expect(errorOf('relu()').message).toBe('relu takes 1 argument, got 0 (at 0)');
  });

  it('checks plain-number parameter values against the catalog ranges', () => {
    const range = errorOf('leaky_relu(x, alpha = -1)');
    expect(range.message).toMatch(/alpha must be a finite number in \[0, Infinity\), got -1/);
    expect(range.details).toMatchObject({ position: 22, end: 24, param: 'alpha' });
    expect(errorOf('hard_tanh(x, min_val = 2)').message).toMatch(
      /min_val must be less than max_val/,
    );
    // Only a range is checked while another value is still symbolic.
    expect(() => parseFormula('hard_tanh(x, min_val = 2, max_val = m); m = 3')).not.toThrow();
  });

  it('allows comparisons only as the condition of where', () => {
    expect(errorOf('x > 0').message).toMatch(
      /^a comparison can only be the condition of where\(\.\.\.\)/,
    );
    expect(errorOf('where(x > 0, x > 1, 0)').details.position).toBe(13);
    expect(errorOf('where(x, 1, 0)').message).toMatch(
      /condition of where\(\.\.\.\) at 6 must be a comparison/,
    );
    expect(errorOf('where(0 < x < 1, 1, 0)').message).toMatch(/cannot be chained/);
    expect(errorOf('where(x > 0, 1)').message).toMatch(/^where takes 3 arguments, got 2/);
  });

  it('checks declarations', () => {
    expect(errorOf('x; x = 1').message).toBe(
      'x cannot be a parameter name (at 3): it is the variable',
    );
    expect(errorOf('x; relu = 1').message).toMatch(/it names the activation relu/);
    expect(errorOf('x; exp = 1').message).toMatch(/it is a function/);
    expect(errorOf('x + a; a = 1; a = 2').message).toBe('a is declared twice (at 14)');
    expect(errorOf('x; a = 20 in (0, 10]').message).toBe(
      'the default of a, 20, lies outside its range (0, 10] (at 7)',
    );
    expect(errorOf('x; a = 0 in (0, 10]').message).toMatch(/outside its range/);
    expect(errorOf('x; a = 1 in (2, 1)').message).toMatch(/is empty/);
    expect(errorOf('x; a = 1 in [-inf, 2)').message).toMatch(/includes an infinite end/);
    expect(errorOf('x; a 1').details.expected).toBe('"=" and a default value');
    expect(errorOf('x; a = b').details.expected).toBe('a number');
    expect(errorOf('x; a = 1 in 0, 1').details.position).toBe(12);
    expect(errorOf('x; a = 1 b').details.expected).toBe('";" or the end of the formula');
  });

  it('refuses overlong and overdeep formulas without exhausting the stack', () => {
    const longest = `10${'+x'.repeat(499)}`;
    expect(longest).toHaveLength(1000);
    expect(() => parseFormula(longest)).not.toThrow();
    const tooLong = errorOf(`100${'+x'.repeat(499)}`);
    expect(tooLong.message).toBe('the formula is 1001 characters long; the limit is 1000');
    expect(tooLong.details).toMatchObject({ position: 1000, end: 1001 });

    expect(() => parseFormula(`${'('.repeat(64)}x${')'.repeat(64)}`)).not.toThrow();
    const parens = errorOf(`${'('.repeat(65)}x${')'.repeat(65)}`);
    expect(parens.message).toMatch(/^the formula nests too deeply at 64: the limit is 64 levels/);
    expect(() => parseFormula(`${'-'.repeat(64)}x`)).not.toThrow();
    expect(errorOf(`${'-'.repeat(65)}x`).details.position).toBe(64);
    expect(errorOf(`${'-'.repeat(999)}x`).message).toMatch(/nests too deeply/);
    expect(errorOf(`${'-'.repeat(10000)}x`).message).toMatch(/10001 characters long/);
    expect(() => parseFormula(`x${'^x'.repeat(64)}`)).not.toThrow();
    expect(errorOf(`x${'^x'.repeat(65)}`).message).toMatch(/nests too deeply/);
    expect(errorOf(`${'exp('.repeat(65)}x${')'.repeat(65)}`).message).toMatch(/nests too deeply/);
  });
});
