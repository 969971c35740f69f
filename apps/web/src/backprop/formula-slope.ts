/**
 * The slope line of a typed-formula layer: the formula's own derivative, as core derives it
 * symbolically, first in x and then with the unit's z and the formula's parameter values written
 * in, so a reader can check f'(z) by hand as the catalog's lines allow for σ and tanh.
 */
import type { FormulaNode } from '@actlab/core';
import { customActivation, differentiate, formulaLatex } from '@actlab/core';

/** Significant digits of z written into the derivative (as many as the step's other numbers). */
const FILLED_DIGITS = 4;

/** `node` with x replaced by `x` and every parameter by its value: the derivative at one point. */
function filledIn(
  node: FormulaNode,
  x: number,
  params: Readonly<Record<string, number>>,
): FormulaNode {
  const fill = (n: FormulaNode) => filledIn(n, x, params);
  const fillParams = (ps: Readonly<Record<string, FormulaNode>>) =>
    Object.fromEntries(Object.entries(ps).map(([name, value]) => [name, fill(value)]));
  switch (node.kind) {
    case 'x':
      return { kind: 'number', value: x };
    case 'param': {
      const value = params[node.name];
      return value === undefined ? node : { kind: 'number', value };
    }
    case 'number':
    case 'constant':
      return node;
    case 'negate':
      return { ...node, arg: fill(node.arg) };
    case 'binary':
      return { ...node, left: fill(node.left), right: fill(node.right) };
    case 'where':
      return {
        ...node,
        cond: { ...node.cond, left: fill(node.cond.left), right: fill(node.cond.right) },
        then: fill(node.then),
        otherwise: fill(node.otherwise),
      };
    case 'call':
      return { ...node, args: node.args.map(fill) };
    case 'activation':
    case 'activation-derivative':
      return { ...node, arg: fill(node.arg), params: fillParams(node.params) };
  }
}

/**
 * LaTeX lines for f'(z) of the formula `id` (a `formula:` id) at `z`: `f'(x) = …` symbolically,
 * then `f'(zSymbol) = …` with the numbers in and `= slope` (the trace's own value, exact). Falls
 * back to a single line without the derivative's body when core cannot differentiate it.
 */
export function formulaSlopeTex(id: string, zSymbol: string, z: number, slope: string): string[] {
  const act = customActivation(id);
  let derivative: FormulaNode;
  try {
    derivative = differentiate(act.definition.tree);
  } catch {
    // A formula core can evaluate but not differentiate symbolically: the number still stands.
    return [`f'(${zSymbol}) = ${slope}`];
  }
  const at = Number(z.toPrecision(FILLED_DIGITS));
  const filled = formulaLatex(filledIn(derivative, at, act.params));
  return [`f'(x) = ${formulaLatex(derivative)}`, `f'(${zSymbol}) = ${filled} = ${slope}`];
}
