/**
 * The formula compiler: a syntax tree at fixed parameter values turned into the four functions of
 * a scalar activation. f and df are allocation-free closures (df by forward-mode differentiation:
 * exact, never finite differences); map and grad evaluate the formula column by column over
 * chunks. No code is generated (no eval, no new Function), so it runs under any CSP.
 */
import { isActlabError } from '../errors.js';
import type { FormulaNode } from './ast.js';
import type { BulkForms } from './bulk.js';
import { bulkForms } from './bulk.js';
import type { Op } from './lower.js';
import { lowerFormula } from './lower.js';
import type { Scalar } from './scalar.js';
import { dualFunction, valueFunction } from './scalar.js';

type BulkGrad = NonNullable<BulkForms['grad']>;

/** A formula compiled at fixed parameter values: f, f' and their bulk forms. */
export interface CompiledFormula {
  /** f(x). Allocates nothing; NaN for a NaN input. */
  readonly f: (x: number) => number;
  /**
   * f'(x) by forward-mode differentiation. At kinks: where() differentiates the branch it takes,
   * abs'(0) = 0, sign' = 0, min/max split a tie evenly, sqrt'(0) = +Infinity, and catalog calls use
   * the catalog's derivative and conventions. Allocates nothing; NaN for a NaN input.
   */
  readonly df: (x: number) => number;
  /** f over every element, into `out` when given (SHAPE_MISMATCH when it is too short). */
  readonly map: (xs: ArrayLike<number>, out?: Float64Array) => Float64Array;
  /** f' over every element, into `out` when given (SHAPE_MISMATCH when it is too short). */
  readonly grad: (xs: ArrayLike<number>, out?: Float64Array) => Float64Array;
}

/**
 * Compiles `tree` with its declared parameters fixed at `params` (constant subtrees are folded,
 * catalog calls built once). Throws INVALID_FORMULA with the position for an undeclared parameter
 * or catalog parameter values the catalog refuses. For a tree holding an `activation-derivative`
 * node, f and map work and df and grad throw INVALID_FORMULA (no second derivatives).
 */
export function compileFormula(
  tree: FormulaNode,
  params: Readonly<Record<string, number>>,
): CompiledFormula {
  return compileOp(lowerFormula(tree, params));
}

/** Compiles an already lowered formula (shared with the kink finder, which lowers once). */
export function compileOp(op: Op): CompiledFormula {
  const value = valueFunction(op);
  const f: Scalar = (x) => (x !== x ? x : value(x));
  // The chunk programs (registers for every node) are built on the first bulk call: an activation
  // made only to show f and f' (a front end's readout, the kink finder) never pays for them.
  let bulk: BulkForms | undefined;
  const map: CompiledFormula['map'] = (xs, out) => (bulk ??= bulkForms(op)).map(xs, out);
  let df: Scalar;
  let grad: CompiledFormula['grad'];
  try {
    const scratch = new Float64Array(1);
    const dual = dualFunction(op, scratch);
    df = (x) => {
      if (x !== x) return x;
      dual(x);
      return scratch[0] as number;
    };
    // dualFunction would have thrown for a tree without a derivative, so grad exists here.
    grad = (xs, out) => ((bulk ??= bulkForms(op)).grad as BulkGrad)(xs, out);
  } catch (error) {
    if (!isActlabError(error, 'INVALID_FORMULA')) throw error;
    // A derivative of a derivative: f stays usable, f' reports why it is not.
    df = () => {
      throw error;
    };
    grad = () => {
      throw error;
    };
  }
  return Object.freeze({ f, df, map, grad });
}
