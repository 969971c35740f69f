/**
 * Property tests (fast-check) over random well-formed formula trees: elementary functions, catalog
 * calls, where() with comparisons, numbers, constants and a declared parameter. (a) The compiled
 * derivative agrees with central differences wherever f is smooth; (b) printing and parsing back
 * gives the same function bit for bit; (c) the symbolic derivative agrees with the compiled one;
 * (d) simplify keeps the value and is idempotent.
 *
 * Points near a switch of the tree (a where() boundary, a kink, a pole, the edge of a domain) are
 * skipped, and tolerances scale with the largest intermediate value, since a sum that cancels
 * loses accuracy in proportion to its terms, not to its result.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ScalarId } from '../src/activation.js';
import type { BinaryOp, CompareOp, ElementaryName, FormulaNode } from '../src/formula/ast.js';
import { ELEMENTARY_ARITY } from '../src/formula/ast.js';
import { compileFormula } from '../src/formula/compile.js';
import { differentiate } from '../src/formula/differentiate.js';
import { parseFormula } from '../src/formula/parse.js';
import { printFormula } from '../src/formula/print.js';
import { nodesEqual, simplify } from '../src/formula/simplify.js';
import { activation } from '../src/registry.js';

const RUNS = { numRuns: 150, seed: 20261201 } as const;
/** The one declared parameter random trees may use, and its value. */
const PARAMS = { a: 0.7 } as const;
const DECLARATIONS = '; a = 0.7';
/** Sample points, shifted per tree so that runs do not all probe the same x. */
const GRID = [-4.1, -2.3, -1.05, -0.37, 0.21, 0.83, 1.6, 2.9, 4.4];

const num = (value: number): FormulaNode => ({ kind: 'number', value });
const ARITHMETIC = ['+', '-', '*', '/', '^'] as const;
const binary = (op: BinaryOp, left: FormulaNode, right: FormulaNode): FormulaNode => ({
  kind: 'binary',
  op,
  left,
  right,
});

const leaf: fc.Arbitrary<FormulaNode> = fc.oneof(
  { arbitrary: fc.constant<FormulaNode>({ kind: 'x' }), weight: 5 },
  { arbitrary: fc.constantFrom(0, 1, 2, 3, 0.5, 0.25, 1.5, 0.1, 10).map(num), weight: 3 },
  {
    arbitrary: fc
      .constantFrom('pi' as const, 'e' as const)
      .map((name) => ({ kind: 'constant', name }) as FormulaNode),
    weight: 1,
  },
  { arbitrary: fc.constant<FormulaNode>({ kind: 'param', name: 'a' }), weight: 1 },
);

const UNARY = (Object.keys(ELEMENTARY_ARITY) as ElementaryName[]).filter(
  (fn) => ELEMENTARY_ARITY[fn] === 1,
);
const COMPARE_OPS: readonly CompareOp[] = ['<', '<=', '>', '>=', '==', '!='];
/** Catalog calls: smooth ones at defaults, piecewise ones, and a few with parameters given. */
const CATALOG: readonly [ScalarId, Record<string, FormulaNode>][] = [
  ['sigmoid', {}],
  ['softplus', {}],
  ['softplus', { beta: { kind: 'param', name: 'a' } }],
  ['silu', {}],
  ['gelu', {}],
  ['gelu_tanh', {}],
  ['mish', {}],
  ['log_sigmoid', {}],
  ['softsign', {}],
  ['squareplus', {}],
  ['relu', {}],
  ['leaky_relu', { alpha: num(0.2) }],
  ['elu', {}],
  ['hard_tanh', {}],
  ['soft_shrink', {}],
];

/** Random trees of at most `depth` levels below the root. */
function tree(depth: number): fc.Arbitrary<FormulaNode> {
  if (depth === 0) return leaf;
  const sub = tree(depth - 1);
  return fc.oneof(
    { arbitrary: leaf, weight: 2 },
    { arbitrary: sub.map((arg) => ({ kind: 'negate', arg }) as FormulaNode), weight: 1 },
    {
      arbitrary: fc
        .tuple(fc.constantFrom(...UNARY), sub)
        .map(([fn, arg]) => ({ kind: 'call', fn, args: [arg] }) as FormulaNode),
      weight: 3,
    },
    {
      arbitrary: fc
        .tuple(fc.constantFrom('min' as const, 'max' as const), sub, sub)
        .map(([fn, l, r]) => ({ kind: 'call', fn, args: [l, r] }) as FormulaNode),
      weight: 1,
    },
    {
      arbitrary: fc
        .tuple(fc.constantFrom('+' as const, '-' as const, '*' as const, '/' as const), sub, sub)
        .map(([op, left, right]) => ({ kind: 'binary', op, left, right }) as FormulaNode),
      weight: 5,
    },
    {
      // (s op t) op s: the same subtree twice, so that like terms, powers and common factors meet.
      arbitrary: fc
        .tuple(fc.constantFrom(...ARITHMETIC), fc.constantFrom(...ARITHMETIC), sub, sub)
        .map(([inner, outer, s, t]) => binary(outer, binary(inner, s, t), s)),
      weight: 2,
    },
    {
      arbitrary: fc
        .tuple(sub, fc.oneof(fc.constantFrom(2, 3, 0.5).map(num), sub))
        .map(([left, right]) => ({ kind: 'binary', op: '^', left, right }) as FormulaNode),
      weight: 1,
    },
    {
      arbitrary: fc
        .tuple(fc.constantFrom(...CATALOG), sub)
        .map(([[id, params], arg]) => ({ kind: 'activation', id, arg, params }) as FormulaNode),
      weight: 3,
    },
    {
      arbitrary: fc.tuple(fc.constantFrom(...COMPARE_OPS), sub, sub, sub, sub).map(
        ([op, left, right, then, otherwise]) =>
          ({
            kind: 'where',
            cond: { kind: 'compare', op, left, right },
            then,
            otherwise,
          }) as FormulaNode,
      ),
      weight: 1,
    },
  );
}

const TREES = tree(4);
const SHIFT = fc.double({ min: -0.05, max: 0.05, noNaN: true });

/** Every subtree of `node`, the node included. */
function subtrees(node: FormulaNode): FormulaNode[] {
  const children: FormulaNode[] =
    node.kind === 'negate'
      ? [node.arg]
      : node.kind === 'binary'
        ? [node.left, node.right]
        : node.kind === 'where'
          ? [node.cond.left, node.cond.right, node.then, node.otherwise]
          : node.kind === 'call'
            ? [...node.args]
            : node.kind === 'activation' || node.kind === 'activation-derivative'
              ? [node.arg]
              : [];
  return [node, ...children.flatMap(subtrees)];
}

const compiled = (node: FormulaNode) => compileFormula(node, PARAMS);

/**
 * Functions whose sign change marks where the tree is not smooth: both sides of a where(), the
 * arguments of abs, sign, min, max, sqrt, log, log1p, cos under tan, denominators, the bases of
 * powers, and a catalog call's argument minus each of its kinks.
 */
function switches(node: FormulaNode): ((x: number) => number)[] {
  return subtrees(node).flatMap((n): ((x: number) => number)[] => {
    const f = (m: FormulaNode) => compiled(m).f;
    if (n.kind === 'where') {
      const [l, r] = [f(n.cond.left), f(n.cond.right)];
      return [(x) => l(x) - r(x)];
    }
    if (n.kind === 'binary' && n.op === '/') return [f(n.right)];
    if (n.kind === 'binary' && n.op === '^') return [f(n.left)];
    if (n.kind === 'call') {
      const [a, b] = n.args.map(f) as [(x: number) => number, ((x: number) => number) | undefined];
      if (b) return [(x) => a(x) - b(x)];
      if (n.fn === 'log1p') return [(x) => 1 + a(x)];
      if (n.fn === 'tan') return [(x) => Math.cos(a(x))];
      return ['abs', 'sign', 'sqrt', 'log'].includes(n.fn) ? [a] : [];
    }
    if (n.kind === 'activation') {
      const arg = f(n.arg);
      const values = Object.fromEntries(
        Object.entries(n.params).map(([k, v]) => [k, compiled(v).f(0)]),
      );
      return activation(n.id, values).kinks.map((k) => (x: number) => arg(x) - k.x);
    }
    return [];
  });
}

/** True when no switch changes sign (or is undefined) within `radius` of x. */
function smoothAround(fns: readonly ((x: number) => number)[], x: number, radius: number): boolean {
  return fns.every((g) => {
    const values = [g(x - radius), g(x), g(x + radius)];
    if (!values.every(Number.isFinite)) return false;
    return values.every((v) => v > 0) || values.every((v) => v < 0);
  });
}

/** The functions of every distinct subtree of the trees (a derivative repeats many). */
function partsOf(...trees: FormulaNode[]): ((x: number) => number)[] {
  const distinct = new Map(trees.flatMap(subtrees).map((n) => [printFormula(n), n]));
  return [...distinct.values()].map((n) => compiled(n).f);
}

/** The largest |value| of any subtree at x: the scale of the rounding errors of the whole. */
function scaleAt(fns: readonly ((x: number) => number)[], x: number): number {
  // A NaN part (log of a negative) carries no rounding error into the derivative, which can be finite.
  return fns.reduce((m, g) => {
    const v = Math.abs(g(x));
    return Number.isNaN(v) ? m : Math.max(m, v);
  }, 1);
}

/** Nodes a simplified tree must not hold: `0 * a`, `1 * a`, `a + 0`, `a / 1`, `a^0`, `a^1`, `--a`. */
function pointless(node: FormulaNode): boolean {
  const is = (n: FormulaNode, ...values: number[]) =>
    n.kind === 'number' && values.includes(n.value);
  if (node.kind === 'binary') {
    const { op, left, right } = node;
    if (op === '*' && (is(left, 0, 1) || is(right, 0, 1))) return true;
    if ((op === '+' || op === '-') && (is(left, 0) || is(right, 0))) return true;
    if ((op === '/' && is(right, 1)) || (op === '^' && is(right, 0, 1))) return true;
  }
  if (node.kind === 'negate' && node.arg.kind === 'negate') return true;
  return subtrees(node).slice(1).some(pointless);
}

/** Counts how many (tree, x) pairs a property actually checked, so that it cannot pass vacuously. */
const counter = () => ({ tried: 0, checked: 0 });

describe('random formulas', () => {
  it('(a) the compiled derivative agrees with central differences where f is smooth', () => {
    const count = counter();
    fc.assert(
      fc.property(TREES, SHIFT, (node, shift) => {
        const { f, df } = compiled(node);
        const guards = switches(node);
        const parts = partsOf(node);
        for (const x0 of GRID) {
          const x = x0 + shift;
          count.tried++;
          const h = 1e-5 * Math.max(1, Math.abs(x));
          const d = df(x);
          const scale = scaleAt(parts, x);
          if (!Number.isFinite(d) || scale > 1e6 || !smoothAround(guards, x, 3 * h)) continue;
          const fd = (step: number) => (f(x + step) - f(x - step)) / (2 * step);
          const [fd1, fdHalf, fdDouble] = [fd(h), fd(h / 2), fd(2 * h)];
          const noise = 1e-8 * scale;
          // Unless three step sizes agree, h does not resolve f here (too curved): skip.
          const resolved = 1e-6 * Math.max(1, Math.abs(fd1)) + noise;
          if (!(Math.abs(fdHalf - fd1) <= resolved && Math.abs(fdDouble - fd1) <= 4 * resolved)) {
            continue;
          }
          const tol = 1e-5 * Math.max(1, Math.abs(d)) + noise;
          count.checked++;
          expect(
            Math.abs(fd1 - d),
            `${printFormula(node)} at ${x}: fd ${fd1}, df ${d}`,
          ).toBeLessThanOrEqual(tol);
        }
      }),
      RUNS,
    );
    expect(count.checked).toBeGreaterThan(0.3 * count.tried);
  });

  it('(b) printing and parsing back gives the same function, bit for bit', () => {
    fc.assert(
      fc.property(TREES, SHIFT, (node, shift) => {
        const text = printFormula(node) + DECLARATIONS;
        fc.pre(text.length <= 1000);
        const back = parseFormula(text).tree;
        const [f, g] = [compiled(node).f, compiled(back).f];
        for (const x0 of GRID) {
          const x = x0 + shift;
          expect(Object.is(f(x), g(x)), `${text} at ${x}: ${f(x)} vs ${g(x)}`).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('(c) the symbolic derivative agrees with the compiled derivative', () => {
    const count = counter();
    fc.assert(
      fc.property(TREES, SHIFT, (node, shift) => {
        const { f, df } = compiled(node);
        const derivative = differentiate(node);
        expect(pointless(derivative), printFormula(derivative)).toBe(false);
        const symbolic = compiled(derivative).f;
        const constantCondition = subtrees(node).some(
          (n) =>
            n.kind === 'where' &&
            !subtrees(n.cond.left)
              .concat(subtrees(n.cond.right))
              .some((m) => m.kind === 'x'),
        );
        const guards = switches(node);
        const parts = partsOf(node, derivative);
        for (const x0 of GRID) {
          const x = x0 + shift;
          count.tried++;
          const want = df(x);
          const scale = scaleAt(parts, x);
          // Where f is undefined the derivative means nothing: the compiled one folds a constant
          // NaN subtree to slope 0, the symbolic one may carry the NaN along.
          const defined = Number.isFinite(f(x)) && Number.isFinite(want);
          if (!defined || scale > 1e8 || !smoothAround(guards, x, 1e-6)) continue;
          const got = symbolic(x);
          // A where() whose condition has no x is decided by the parameter values: the compiled
          // derivative folds it (its exponent is a constant), the symbolic one keeps its
          // derivative 0 * log(negative) = NaN. Only that case may be NaN.
          if (Number.isNaN(got) && constantCondition) continue;
          count.checked++;
          expect(
            Math.abs(got - want),
            `${printFormula(node)}\n  d/dx = ${printFormula(derivative)}\n  at ${x}: ${got} vs ${want}`,
          ).toBeLessThanOrEqual(1e-9 * scale);
        }
      }),
      RUNS,
    );
    expect(count.checked).toBeGreaterThan(0.3 * count.tried);
  });

  it('(d) simplify keeps the value and is idempotent', () => {
    const count = counter();
    fc.assert(
      fc.property(TREES, SHIFT, (node, shift) => {
        const out = simplify(node);
        expect(nodesEqual(simplify(out), out), printFormula(out)).toBe(true);
        expect(pointless(out), printFormula(out)).toBe(false);
        const [f, g] = [compiled(node).f, compiled(out).f];
        const guards = switches(node);
        const parts = partsOf(node);
        for (const x0 of GRID) {
          const x = x0 + shift;
          count.tried++;
          const want = f(x);
          const scale = scaleAt(parts, x);
          if (!Number.isFinite(want) || scale > 1e8 || !smoothAround(guards, x, 1e-6)) continue;
          count.checked++;
          expect(
            Math.abs(g(x) - want),
            `${printFormula(node)}\n  simplified ${printFormula(out)}\n  at ${x}`,
          ).toBeLessThanOrEqual(1e-10 * scale);
        }
      }),
      RUNS,
    );
    expect(count.checked).toBeGreaterThan(0.3 * count.tried);
  });
});
