/**
 * The compiled formula against independent references: core's own catalog kernels (silu, softplus,
 * relu, leaky_relu), central differences for the derivative rules, and f/df for map/grad (which
 * must agree bit for bit). Then the conventions at kinks, the buffers and the errors.
 */
import { describe, expect, it } from 'vitest';
import { ActlabError, isActlabError } from '../errors.js';
import { activation } from '../registry.js';
import type { FormulaNode } from './ast.js';
import { compileFormula } from './compile.js';
import type { CompiledFormula } from './compile.js';
import { parseFormula } from './parse.js';

/** Compiles formula text (declared parameters at their defaults unless given). */
function compile(text: string, params: Record<string, number> = {}): CompiledFormula {
  const definition = parseFormula(text);
  const values: Record<string, number> = {};
  for (const p of definition.params) values[p.name] = p.default;
  return compileFormula(definition.tree, { ...values, ...params });
}

/** The distance between two doubles in units in the last place (adjacent doubles are 1 apart). */
function ulps(a: number, b: number): number {
  if (a === b) return 0;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return Infinity;
  const ordered = (v: number): bigint => {
    const view = new DataView(new ArrayBuffer(8));
    view.setFloat64(0, v);
    const bits = view.getBigInt64(0);
    return bits < 0n ? -(bits & 0x7fffffffffffffffn) : bits;
  };
  return Number(ordered(a) - ordered(b) < 0n ? ordered(b) - ordered(a) : ordered(a) - ordered(b));
}

/** n points spread over [from, to], plus a few special ones. */
function grid(from: number, to: number, n: number): number[] {
  return Array.from(
    { length: n },
    (_, i) => from + ((to - from) * i) / (n - 1) + 1e-3 * Math.sin(i),
  );
}

describe('x * sigmoid(x) against core silu', () => {
  const formula = compile('x * sigmoid(x)');
  const silu = activation('silu');

  it('f within 4 ulp for |x| <= 10', () => {
    const worst = Math.max(...grid(-10, 10, 2001).map((x) => ulps(formula.f(x), silu.f(x))));
    expect(worst).toBeLessThanOrEqual(4);
  });

  it('f agrees in the tails (relative 1e-12), while both are finite', () => {
    for (const x of [-700, -300, -50, -20, -10.5, 10.5, 20, 50, 300, 1e10, 1e300]) {
      const want = silu.f(x);
      expect(Math.abs(formula.f(x) - want), `x = ${x}`).toBeLessThanOrEqual(1e-12 * Math.abs(want));
    }
  });

  it("df within relative 1e-12 of silu.df, absolute 1e-15 near silu's root of df (x = -1.278)", () => {
    for (const x of [...grid(-40, 40, 4001), -1.278464542761074]) {
      const want = silu.df(x);
      const near = Math.abs(x + 1.278464542761074) < 0.05;
      const tolerance = near ? 1e-15 : 1e-12 * Math.abs(want);
      expect(Math.abs(formula.df(x) - want), `x = ${x}`).toBeLessThanOrEqual(tolerance);
    }
  });

  it('with a declared parameter: x * sigmoid(beta * x) at beta = 2 is silu with beta = 2', () => {
    const f = compile('x * sigmoid(beta * x); beta = 1.702 in (0, 10]', { beta: 2 });
    const silu2 = activation('silu', { beta: 2 });
    for (const x of grid(-10, 10, 401)) {
      expect(ulps(f.f(x), silu2.f(x)), `x = ${x}`).toBeLessThanOrEqual(4);
      expect(Math.abs(f.df(x) - silu2.df(x))).toBeLessThanOrEqual(1e-14);
    }
  });
});

describe('the textbook softplus overflows where the catalog does not (a lesson)', () => {
  it('log(1 + exp(x)) is Infinity at x = 1000, core softplus gives 1000', () => {
    expect(compile('log(1 + exp(x))').f(1000)).toBe(Infinity);
    expect(activation('softplus').f(1000)).toBe(1000);
    expect(compile('softplus(x)').f(1000)).toBe(1000);
  });
});

describe('derivative rules against central differences', () => {
  const formulas = [
    'sin(x) * exp(-x^2)',
    'x^3 / (1 + x^2)',
    '2^x',
    'x^x',
    'log1p(x^2) - log(x + 3)',
    'atan(x) * tanh(x)',
    'erf(x) + erfc(2 * x)',
    'expm1(x / 2) / cos(x / 3)',
    'tan(x / 2) + sqrt(x + 4)',
    '(x + 2)^(x / 4)',
    'pi / (e + x^2)',
    '-x / 3 - 5 / (x + 7)',
    'softplus(2 * x, beta = 0.5) * gelu(x)',
    'mish(x - 1) + elu(3 * x)',
  ];
  it.each(formulas)('%s', (text) => {
    const { f, df } = compile(text);
    for (const x of [0.3, 0.77, 1.4, 2.9]) {
      // Richardson-extrapolated central difference: error O(h^4), about 1e-10 here.
      const c = (h: number): number => (f(x + h) - f(x - h)) / (2 * h);
      const numeric = (4 * c(1e-4) - c(2e-4)) / 3;
      expect(Math.abs(df(x) - numeric), `x = ${x}`).toBeLessThan(1e-7 * (1 + Math.abs(numeric)));
    }
  });
});

describe('conventions at kinks', () => {
  it('max(x, 0) splits the tie like torch.maximum (0.5), where relu itself uses 0', () => {
    expect(compile('max(x, 0)').df(0)).toBe(0.5);
    expect(compile('relu(x)').df(0)).toBe(activation('relu').df(0));
    expect(compile('max(x, 0)').df(-1)).toBe(0);
    expect(compile('max(x, 0)').df(2)).toBe(1);
  });

  it('hard_tanh as min(max(x, -1), 1) has slope 0.5 at both corners', () => {
    const h = compile('min(max(x, -1), 1)');
    expect([h.df(-1), h.df(1), h.df(0), h.df(-2), h.df(2)]).toEqual([0.5, 0.5, 1, 0, 0]);
  });

  it("abs'(0) = 0, sign' = 0 everywhere, sqrt'(0) = +Infinity", () => {
    expect(compile('abs(x)').df(0)).toBe(0);
    expect(compile('abs(x)').df(-3)).toBe(-1);
    expect([compile('sign(x)').df(0), compile('sign(x)').df(2)]).toEqual([0, 0]);
    expect(compile('sqrt(x)').df(0)).toBe(Infinity);
  });

  it('where() differentiates the branch it takes, equality as its operator says', () => {
    expect(compile('where(x >= 0, x, 0.01 * x)').df(0)).toBe(1);
    expect(compile('where(x > 0, x, 0.01 * x)').df(0)).toBe(0.01);
    expect(compile('where(x == 1, 5 * x, x^2)').df(1)).toBe(5);
    expect(compile('where(x != 1, 5 * x, x^2)').df(1)).toBe(2);
  });

  it('a constant exponent gives y x^(y-1): x^2 has slope 0 at 0 (not NaN), x^0 slope 0', () => {
    expect(compile('x^2').df(0)).toBe(0);
    expect(compile('x^0').df(0)).toBe(0);
    expect(compile('x^0.5').df(4)).toBe(0.25);
  });

  it('catalog calls keep the catalog derivative at their kinks', () => {
    expect(compile('leaky_relu(x, alpha = 0.2)').df(0)).toBe(
      activation('leaky_relu', { alpha: 0.2 }).df(0),
    );
    expect(compile('hard_tanh(x)').df(1)).toBe(activation('hard_tanh').df(1));
  });
});

describe('map and grad agree with f and df element for element', () => {
  const formulas = [
    'x * sigmoid(x)',
    'where(x >= 0, x, 0.01 * x)',
    'x * tanh(softplus(x))',
    '0.5 * x * (1 + erf(x / sqrt(2)))',
    'min(max(x, -1), 1) + abs(x) * sign(x)',
    'x^3 - 2^x + x^x + sqrt(abs(x))',
    '3 * x - 2 / (x + 0.5) - (1 - x) / 4',
    'where(relu(x) > 0.5, cos(x), -x) - leaky_relu(2 * x, alpha = 0.3)',
    '7',
    'x',
    'log(x) + log1p(x) + expm1(x) + tan(x) + atan(x) + erfc(x)',
  ];
  const inputs = [NaN, Infinity, -Infinity, 0, -0, 1e-310, -1e300, 0.5, -0.5, 1, -1];
  for (let i = 0; i < 1200; i++) inputs.push(Math.sin(i * 12.9898) * 30);

  it.each(formulas)('%s (every chunk size and the tail)', (text) => {
    const c = compile(text);
    for (const n of [0, 1, 255, 256, 257, 513, inputs.length]) {
      const xs = Float64Array.from(inputs.slice(0, n));
      const mapped = c.map(xs);
      const grads = c.grad(xs);
      expect(mapped.length).toBe(n);
      xs.forEach((x, i) => {
        expect(Object.is(mapped[i], c.f(x)), `map(${x}) = ${mapped[i]}, f = ${c.f(x)}`).toBe(true);
        expect(Object.is(grads[i], c.df(x)), `grad(${x}) = ${grads[i]}, df = ${c.df(x)}`).toBe(
          true,
        );
      });
    }
  });

  it('NaN in, NaN out, even where the formula would ignore x', () => {
    for (const text of ['7', 'where(x > 0, 1, 0)', 'sign(x)']) {
      const c = compile(text);
      expect(c.f(NaN)).toBeNaN();
      expect(c.df(NaN)).toBeNaN();
    }
  });
});

describe('buffers', () => {
  const c = compile('x * sigmoid(x)');
  const xs = Float64Array.from({ length: 600 }, (_, i) => i / 50 - 6);

  it('writes into out when given and returns it', () => {
    const out = new Float64Array(700).fill(9);
    expect(c.map(xs, out)).toBe(out);
    expect(out[599]).toBe(c.f(xs[599] as number));
    expect(out[600]).toBe(9);
    expect(c.grad(xs, out)).toBe(out);
    expect(out[0]).toBe(c.df(xs[0] as number));
  });

  it('works in place (out is xs) and on plain arrays', () => {
    const copy = Float64Array.from(xs);
    const want = xs.map((x) => c.f(x));
    c.map(copy, copy);
    expect(copy).toEqual(want);
    expect(c.map(Array.from(xs))).toEqual(want);
  });

  it('refuses a too-short out with SHAPE_MISMATCH', () => {
    for (const call of [
      () => c.map(xs, new Float64Array(599)),
      () => c.grad(xs, new Float64Array(3)),
    ]) {
      expect(call).toThrow(ActlabError);
      try {
        call();
      } catch (error) {
        expect(isActlabError(error, 'SHAPE_MISMATCH')).toBe(true);
      }
    }
  });
});

/** The error a call throws (fails the test when it throws nothing). */
function thrown(call: () => unknown): ActlabError {
  try {
    call();
  } catch (error) {
    if (error instanceof ActlabError) return error;
    throw error;
  }
  throw new Error('expected an ActlabError');
}

describe('errors', () => {
  it('catalog parameter values the catalog refuses: INVALID_FORMULA at the value, catalog message', () => {
    const text = 'x + leaky_relu(x, alpha = a); a = 0.1';
    const definition = parseFormula(text);
    const error = thrown(() => compileFormula(definition.tree, { a: -1 }));
    expect(error.code).toBe('INVALID_FORMULA');
    expect(error.message).toMatch(/alpha/);
    expect(error.details.param).toBe('alpha');
    expect(text.slice(error.details.position, error.details.end)).toBe('a');
  });

  it('a conflict between catalog parameters points at the one the catalog names, else the call', () => {
    const call = (spans: boolean): FormulaNode => ({
      kind: 'activation',
      id: 'hard_tanh',
      arg: { kind: 'x' },
      params: {
        min_val: { kind: 'number', value: 2, ...(spans ? { start: 20, end: 21 } : {}) },
        max_val: { kind: 'number', value: 1 },
      },
      start: 4,
      end: 40,
    });
    const error = thrown(() => compileFormula(call(true), {}));
    expect(error.code).toBe('INVALID_FORMULA');
    expect(error.details.param).toBe('min_val');
    expect([error.details.position, error.details.end]).toEqual([20, 21]);
    const unplaced = thrown(() => compileFormula(call(false), {}));
    expect([unplaced.details.position, unplaced.details.end]).toEqual([4, 40]);
  });

  it('an undeclared parameter is INVALID_FORMULA', () => {
    const error = thrown(() =>
      compileFormula({ kind: 'param', name: 'beta', start: 0, end: 4 }, {}),
    );
    expect(error.code).toBe('INVALID_FORMULA');
    expect(error.details.position).toBe(0);
  });

  it("an activation-derivative node evaluates the catalog's f', and refuses a second derivative", () => {
    const tree: FormulaNode = {
      kind: 'activation-derivative',
      id: 'softplus',
      arg: { kind: 'binary', op: '*', left: { kind: 'number', value: 2 }, right: { kind: 'x' } },
      params: {},
    };
    const c = compileFormula(tree, {});
    expect(c.f(0.3)).toBe(activation('softplus').df(2 * 0.3));
    expect(c.map(Float64Array.of(0.3))[0]).toBe(c.f(0.3));
    const error = thrown(() => c.df(0.3));
    expect(error.code).toBe('INVALID_FORMULA');
    expect(error.message).toMatch(/second derivatives are not supported/);
    expect(thrown(() => c.grad(Float64Array.of(1))).code).toBe('INVALID_FORMULA');
  });

  it('an activation-derivative inside a where() condition needs no second derivative', () => {
    const tree: FormulaNode = {
      kind: 'where',
      cond: {
        kind: 'compare',
        op: '>',
        left: { kind: 'activation-derivative', id: 'relu', arg: { kind: 'x' }, params: {} },
        right: { kind: 'number', value: 0 },
      },
      then: { kind: 'binary', op: '*', left: { kind: 'x' }, right: { kind: 'x' } },
      otherwise: { kind: 'number', value: 0 },
    };
    const c = compileFormula(tree, {});
    expect([c.df(3), c.df(-3)]).toEqual([6, 0]);
    const xs = Float64Array.from({ length: 300 }, (_, i) => i - 150);
    expect(c.grad(xs)).toEqual(xs.map((x) => c.df(x)));
  });

  it('folds constant subtrees: a condition without x picks its branch once', () => {
    const c = compile('where(pi > 3, x^2, x) + cos(0) * exp(1)');
    expect(c.f(3)).toBe(9 + Math.E);
    expect(c.df(3)).toBe(6);
  });
});
