/**
 * Lowering: a formula's syntax tree at fixed parameter values turned into the small operation tree
 * the evaluators run. Parameters become numbers, every subtree without x is folded to one number
 * (so its derivative is structurally zero), comparisons with two constant sides pick their branch,
 * and each catalog call is built once, here, with its parameter values checked by the catalog.
 */
import type { ScalarActivation, ScalarId } from '../activation.js';
import { ActlabError, isActlabError } from '../errors.js';
import { expNegSquare } from '../numeric/special.js';
import { TWO_OVER_SQRT_PI, erf, erfc } from '../numeric/erf.js';
import { activation } from '../catalog-registry.js';
import type {
  ActivationDerivativeNode,
  ActivationNode,
  CompareOp,
  ElementaryName,
  FormulaNode,
  Span,
} from './ast.js';

/** An elementary function of one argument: its value and its local derivative f'(a), given v = f(a). */
interface UnaryFunction {
  /** f(a). */
  readonly f: (a: number) => number;
  /** f'(a); `v` is f(a), which several rules reuse (sqrt' = 1/(2v)). */
  readonly d: (a: number, v: number) => number;
}

/** A folded constant: a subtree without x. */
interface ConstOp {
  readonly kind: 'const';
  readonly value: number;
}

/** The variable x. */
interface XOp {
  readonly kind: 'x';
}

/** Unary minus. */
interface NegOp {
  readonly kind: 'neg';
  readonly a: Op;
}

/** a op b for the arithmetic operators, `pow` being `^`. */
export interface ArithmeticOp {
  readonly kind: 'add' | 'sub' | 'mul' | 'div' | 'pow';
  readonly a: Op;
  readonly b: Op;
}

/** An elementary function of one argument. */
interface UnaryOp {
  readonly kind: 'unary';
  readonly name: ElementaryName;
  readonly fn: UnaryFunction;
  readonly a: Op;
}

/** min(a, b) or max(a, b). */
interface MinMaxOp {
  readonly kind: 'min' | 'max';
  readonly a: Op;
  readonly b: Op;
}

/** where(l cmp r, then, otherwise). */
interface WhereOp {
  readonly kind: 'where';
  readonly cmp: CompareOp;
  readonly l: Op;
  readonly r: Op;
  readonly then: Op;
  readonly otherwise: Op;
}

/** A catalog activation (or, with `derivative`, its f') applied to an argument. */
export interface ActivationOp {
  readonly kind: 'activation';
  readonly act: ScalarActivation;
  /** True for an `activation-derivative` node: the value is the catalog's f'. */
  readonly derivative: boolean;
  readonly a: Op;
  /** Where the call was typed, for errors. */
  readonly span: Partial<Span>;
}

/** A lowered formula: every node either a folded constant or a function of x. */
export type Op = ConstOp | XOp | NegOp | ArithmeticOp | UnaryOp | MinMaxOp | WhereOp | ActivationOp;

/** The comparison a `where` condition makes. */
export function compare(cmp: CompareOp, l: number, r: number): boolean {
  switch (cmp) {
    case '<':
      return l < r;
    case '<=':
      return l <= r;
    case '>':
      return l > r;
    case '>=':
      return l >= r;
    case '==':
      return l === r;
    case '!=':
      return l !== r;
  }
}

/** `value`, but NaN for a NaN argument: a constant derivative must not hide a NaN input. */
const nanOr = (a: number, value: number): number => (a !== a ? a : value);

/** The elementary functions evaluated directly (the others go through the catalog, below). */
const UNARY: Readonly<Record<string, UnaryFunction>> = {
  expm1: { f: Math.expm1, d: (a) => Math.exp(a) },
  log: { f: Math.log, d: (a) => 1 / a },
  log1p: { f: Math.log1p, d: (a) => 1 / (1 + a) },
  // sqrt'(0) = +Infinity, as 0.5/v gives.
  sqrt: { f: Math.sqrt, d: (_a, v) => 0.5 / v },
  // abs'(0) = 0 and sign' = 0, as PyTorch.
  abs: { f: Math.abs, d: (a) => (a > 0 ? 1 : a < 0 ? -1 : nanOr(a, 0)) },
  sign: { f: Math.sign, d: (a) => nanOr(a, 0) },
  cos: { f: Math.cos, d: (a) => -Math.sin(a) },
  tan: { f: Math.tan, d: (_a, v) => 1 + v * v },
  erf: { f: erf, d: (a) => TWO_OVER_SQRT_PI * expNegSquare(a) },
  erfc: { f: erfc, d: (a) => -TWO_OVER_SQRT_PI * expNegSquare(a) },
};

/**
 * Elementary functions that equal a catalog activation: evaluated by the catalog's kernels, whose
 * derivatives keep their tails (tanh'(20) = 1.7e-17, where 1 - tanh^2 gives 0) and whose bulk loops
 * are already tuned.
 */
const CATALOG_ELEMENTARY: Partial<Record<ElementaryName, ScalarId>> = {
  exp: 'exponential',
  sin: 'sin',
  atan: 'arctan',
  tanh: 'tanh',
};

/** The error details that point at a node's span (empty for a derived node, which has none). */
function positionOf(node: Partial<Span>): { position?: number; end?: number } {
  return {
    ...(node.start !== undefined ? { position: node.start } : {}),
    ...(node.end !== undefined ? { end: node.end } : {}),
  };
}

/** An INVALID_FORMULA error pointing at a node. */
function formulaError(message: string, node: Partial<Span>): ActlabError {
  return new ActlabError('INVALID_FORMULA', message, positionOf(node));
}

/** The value of a constant op, or undefined for a function of x. */
function constant(op: Op): number | undefined {
  return op.kind === 'const' ? op.value : undefined;
}

const constOp = (value: number): ConstOp => ({ kind: 'const', value });

/** a op b for two numbers: how a constant arithmetic subtree folds. */
function arithmetic(kind: ArithmeticOp['kind'], a: number, b: number): number {
  switch (kind) {
    case 'add':
      return a + b;
    case 'sub':
      return a - b;
    case 'mul':
      return a * b;
    case 'div':
      return a / b;
    case 'pow':
      return Math.pow(a, b);
  }
}

const ARITHMETIC = { '+': 'add', '-': 'sub', '*': 'mul', '/': 'div', '^': 'pow' } as const;

/**
 * The lowered form of `tree` at the given parameter values. Throws INVALID_FORMULA (with the
 * position) for an undeclared parameter, a catalog parameter that depends on x, or catalog
 * parameter values the catalog refuses (its message kept).
 */
export function lowerFormula(tree: FormulaNode, params: Readonly<Record<string, number>>): Op {
  const lower = (node: FormulaNode): Op => {
    switch (node.kind) {
      case 'number':
        return constOp(node.value);
      case 'constant':
        return constOp(node.name === 'pi' ? Math.PI : Math.E);
      case 'x':
        return { kind: 'x' };
      case 'param': {
        const value = Object.hasOwn(params, node.name) ? params[node.name] : undefined;
        if (typeof value !== 'number') {
          throw formulaError(`no value for the parameter "${node.name}"`, node);
        }
        return constOp(value);
      }
      case 'negate': {
        const a = lower(node.arg);
        return a.kind === 'const' ? constOp(-a.value) : { kind: 'neg', a };
      }
      case 'binary': {
        const kind = ARITHMETIC[node.op];
        const a = lower(node.left);
        const b = lower(node.right);
        const ca = constant(a);
        const cb = constant(b);
        if (ca !== undefined && cb !== undefined) return constOp(arithmetic(kind, ca, cb));
        return { kind, a, b };
      }
      case 'where': {
        const l = lower(node.cond.left);
        const r = lower(node.cond.right);
        // Both branches are lowered, so an error in the one not taken is still reported.
        const then = lower(node.then);
        const otherwise = lower(node.otherwise);
        const cl = constant(l);
        const cr = constant(r);
        if (cl !== undefined && cr !== undefined) {
          return compare(node.cond.op, cl, cr) ? then : otherwise;
        }
        return { kind: 'where', cmp: node.cond.op, l, r, then, otherwise };
      }
      case 'call':
        return lowerCall(node.fn, node.args.map(lower), node);
      case 'activation':
      case 'activation-derivative': {
        const act = catalogActivation(node, lowerParams(node.params, lower));
        const a = lower(node.arg);
        const derivative = node.kind === 'activation-derivative';
        if (a.kind === 'const') return constOp(derivative ? act.df(a.value) : act.f(a.value));
        return { kind: 'activation', act, derivative, a, span: spanOf(node) };
      }
    }
  };
  return lower(tree);
}

function spanOf(node: Partial<Span>): Partial<Span> {
  return { start: node.start, end: node.end };
}

/** A catalog call's parameter values: constant expressions, each lowered to its number. */
function lowerParams(
  params: Readonly<Record<string, FormulaNode>>,
  lower: (node: FormulaNode) => Op,
): Record<string, number> {
  const values: Record<string, number> = {};
  for (const [name, expression] of Object.entries(params)) {
    const value = lower(expression);
    if (value.kind !== 'const') {
      throw formulaError(`the parameter ${name} must not depend on x`, expression);
    }
    values[name] = value.value;
  }
  return values;
}

/**
 * The catalog activation a call names, built at its parameter values. The catalog's INVALID_PARAMS
 * becomes INVALID_FORMULA with the catalog's message, pointing at the offending parameter's value
 * (or at the call when no single parameter is at fault).
 */
function catalogActivation(
  node: ActivationNode | ActivationDerivativeNode,
  params: Readonly<Record<string, number>>,
): ScalarActivation {
  try {
    return activation(node.id, params);
  } catch (error) {
    if (!isActlabError(error, 'INVALID_PARAMS')) throw error;
    const { param, range } = error.details;
    const value =
      param !== undefined && Object.hasOwn(node.params, param) ? node.params[param] : undefined;
    throw new ActlabError('INVALID_FORMULA', error.message, {
      ...positionOf(value?.start !== undefined ? value : node),
      ...(param !== undefined ? { param } : {}),
      ...(range !== undefined ? { range } : {}),
    });
  }
}

/** An elementary call with lowered arguments, folded when they are constant. */
function lowerCall(fn: ElementaryName, args: readonly Op[], node: Partial<Span>): Op {
  const [a, b] = args;
  if (a === undefined) throw formulaError(`${fn} needs an argument`, node);
  if (fn === 'min' || fn === 'max') {
    if (b === undefined) throw formulaError(`${fn} needs two arguments`, node);
    const ca = constant(a);
    const cb = constant(b);
    if (ca !== undefined && cb !== undefined) {
      return constOp(fn === 'min' ? Math.min(ca, cb) : Math.max(ca, cb));
    }
    return { kind: fn, a, b };
  }
  const catalogId = CATALOG_ELEMENTARY[fn];
  if (catalogId !== undefined) {
    const act = activation(catalogId);
    if (a.kind === 'const') return constOp(act.f(a.value));
    return { kind: 'activation', act, derivative: false, a, span: spanOf(node) };
  }
  const unary = UNARY[fn];
  if (unary === undefined) throw formulaError(`unknown function ${fn}`, node);
  if (a.kind === 'const') return constOp(unary.f(a.value));
  return { kind: 'unary', name: fn, fn: unary, a };
}
