/**
 * Where a formula is not differentiable. Only a few constructs can break smoothness: the boundary
 * of a where() condition (left = right), abs and sign at a root of their argument, min and max where
 * their arguments tie, and a catalog call where its argument meets one of the catalog's kinks. Each
 * gives an equation g(x) = 0, solved numerically over [-100, 100] (a scan, then bisection down to
 * adjacent doubles, so a linear argument gives the exact root). A candidate is kept only when f
 * really breaks there: a jump in value, or one-sided slopes that stay apart as the step shrinks
 * (abs(x)^2 is smooth at 0 and is not listed).
 */
import type { Kink } from '../activation.js';
import type { FormulaNode } from './ast.js';
import type { CompiledFormula } from './compile.js';
import { compileOp } from './compile.js';
import type { Op } from './lower.js';
import { lowerFormula } from './lower.js';
import type { Scalar } from './scalar.js';
import { valueFunction } from './scalar.js';

/** The interval searched. */
const FROM = -100;
const TO = 100;
/** Scan points per unit: roots closer together than 1/GRID may be missed. */
const GRID = 20;
/** At most this many kinks are listed, those nearest 0 first. */
export const MAX_KINKS = 32;

/**
 * The kinks of `tree` at the given parameter values, sorted, at most MAX_KINKS (those nearest 0),
 * each with the derivative `compileFormula(tree, params).df` returns there. Throws what
 * `compileFormula` throws. For a tree whose derivative is not supported (one holding an
 * `activation-derivative` node: a derivative's tree) only jumps are found, with derivative NaN.
 */
export function formulaKinks(tree: FormulaNode, params: Readonly<Record<string, number>>): Kink[] {
  const op = lowerFormula(tree, params);
  return kinksOf(op, compileOp(op));
}

/** The kinks of an already lowered and compiled formula (what `customActivation` has built). */
export function kinksOf(op: Op, compiledOp: CompiledFormula): Kink[] {
  const compiled = withSafeDerivative(compiledOp);
  const candidates: number[] = [];
  for (const g of breakEquations(op)) candidates.push(...roots(g));
  const points = distinct(candidates);
  const kinks: Kink[] = [];
  const byDistance = points
    .map((x, i) => ({ x, gap: gapAround(points, i) }))
    .sort((a, b) => Math.abs(a.x) - Math.abs(b.x));
  for (const { x, gap } of byDistance) {
    if (kinks.length >= MAX_KINKS) break;
    if (breaksAt(compiled, x, gap)) kinks.push({ x: x === 0 ? 0 : x, derivative: compiled.df(x) });
  }
  return kinks.sort((a, b) => a.x - b.x);
}

/** `compiled` with a df that gives NaN where it would throw (no second derivatives). */
function withSafeDerivative(compiled: CompiledFormula): CompiledFormula {
  const { df } = compiled;
  try {
    df(0);
    return compiled;
  } catch {
    return { ...compiled, df: () => NaN };
  }
}

/** The functions whose roots are the candidate kinks of op, collected over the whole tree. */
function breakEquations(op: Op): Scalar[] {
  const equations: Scalar[] = [];
  const difference = (a: Op, b: Op): Scalar => {
    const fa = valueFunction(a);
    const fb = valueFunction(b);
    return (x) => fa(x) - fb(x);
  };
  const visit = (node: Op): void => {
    switch (node.kind) {
      case 'const':
      case 'x':
        return;
      case 'neg':
        return visit(node.a);
      case 'add':
      case 'sub':
      case 'mul':
      case 'div':
      case 'pow':
        visit(node.a);
        return visit(node.b);
      case 'unary':
        if (node.name === 'abs' || node.name === 'sign') equations.push(valueFunction(node.a));
        return visit(node.a);
      case 'min':
      case 'max':
        equations.push(difference(node.a, node.b));
        visit(node.a);
        return visit(node.b);
      case 'where':
        equations.push(difference(node.l, node.r));
        for (const child of [node.l, node.r, node.then, node.otherwise]) visit(child);
        return;
      case 'activation': {
        const a = valueFunction(node.a);
        for (const kink of node.act.kinks) {
          const at = kink.x;
          equations.push((x) => a(x) - at);
        }
        return visit(node.a);
      }
    }
  };
  visit(op);
  return equations;
}

/** -1, 0 or 1 by the sign of v; NaN for NaN. */
function signClass(v: number): number {
  return v > 0 ? 1 : v < 0 ? -1 : v === 0 ? 0 : NaN;
}

/**
 * Where g changes sign class (negative, zero, positive) over [FROM, TO]: scanned on a grid that
 * holds every integer and half-integer exactly, each change then bisected down to two adjacent
 * doubles. The point returned is the one where g is 0 when there is one (the exact root, or the end
 * of an interval where g vanishes), else the side with the smaller |g|.
 */
function roots(g: Scalar): number[] {
  const found: number[] = [];
  const steps = (TO - FROM) * GRID;
  let a = FROM;
  let ca = signClass(g(a));
  for (let i = 1; i <= steps; i++) {
    const b = FROM + i / GRID;
    const cb = signClass(g(b));
    if (ca === ca && cb === cb && ca !== cb) found.push(bisect(g, a, ca, b, cb));
    a = b;
    ca = cb;
  }
  return found;
}

/** Narrows [a, b] (sign classes ca != cb) to two adjacent doubles and picks the root among them. */
function bisect(g: Scalar, a: number, ca: number, b: number, cb: number): number {
  // Halving in value reaches adjacent doubles within ~1100 steps even next to 0.
  for (let k = 0; k < 1100; k++) {
    const m = a + (b - a) / 2;
    if (!(m > a && m < b)) break;
    const cm = signClass(g(m));
    if (cm === ca) a = m;
    else {
      b = m;
      cb = cm;
    }
  }
  if (cb === 0) return b;
  if (ca === 0) return a;
  return Math.abs(g(a)) <= Math.abs(g(b)) ? a : b;
}

/** The candidates sorted, with points within a few ulps of each other (one root found twice) merged. */
function distinct(xs: readonly number[]): number[] {
  const sorted = [...xs].sort((a, b) => a - b);
  const out: number[] = [];
  for (const x of sorted) {
    const last = out[out.length - 1];
    if (last === undefined || x - last > 1e-12 * Math.max(1, Math.abs(x))) out.push(x);
  }
  return out;
}

/** Distance from points[i] to its nearest neighbour (Infinity when alone). */
function gapAround(points: readonly number[], i: number): number {
  const x = points[i] as number;
  const before = i > 0 ? x - (points[i - 1] as number) : Infinity;
  const after = i + 1 < points.length ? (points[i + 1] as number) - x : Infinity;
  return Math.min(before, after);
}

/** |a - b|, with equal infinities 0, a NaN against a number Infinity (a domain edge) and two NaNs 0. */
function apart(a: number, b: number): number {
  if (a === b) return 0;
  if (a !== a || b !== b) return a !== a && b !== b ? 0 : Infinity;
  return Math.abs(a - b);
}

/**
 * True when f jumps at x or its one-sided slopes differ there. Both are measured at two step
 * sizes a thousand times apart: for a smooth f the differences shrink with the step (by about
 * that factor), at a jump or kink they stay (or grow, at a cusp like sqrt(abs(x))).
 */
function breaksAt(compiled: CompiledFormula, x: number, gap: number): boolean {
  const { f, df } = compiled;
  const big = Math.min(1e-4 * Math.max(1, Math.abs(x)), gap / 4);
  const small = big * 1e-3;
  const fx = f(x);
  const jump = (h: number): number => Math.max(apart(f(x + h), fx), apart(fx, f(x - h)));
  const bend = (h: number): number => apart(df(x + h), df(x - h));
  const persists = (small: number, big: number, tolerance: number): boolean =>
    small > tolerance && (small === Infinity || small > 0.1 * big);
  const valueTolerance = 1e-13 * (1 + Math.abs(fx));
  if (persists(jump(small), jump(big), valueTolerance)) return true;
  const slopeTolerance = 1e-9 * (1 + Math.abs(df(x - small)) + Math.abs(df(x + small)));
  return persists(bend(small), bend(big), Number.isFinite(slopeTolerance) ? slopeTolerance : 0);
}
