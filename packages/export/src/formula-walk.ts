/**
 * What the translators need to know about a formula's tree before printing it: which subtrees
 * are arrays (they depend on x or call the catalog) and which are plain numbers, and which catalog activations and
 * elementary functions it calls.
 */
import type { ElementaryName, FormulaNode, ScalarId } from '@actlab/core';
import { ActlabError, formulaChildren as children } from '@actlab/core';

/**
 * True when the value of `node` is an array the shape of x: it contains x or a catalog call
 * (whose argument the translators make an array like x when it is a number). Everything else is
 * a number computed from the parameters.
 */
export function isArrayValued(node: FormulaNode): boolean {
  if (node.kind === 'x' || node.kind === 'activation') return true;
  return children(node).some(isArrayValued);
}

/** Every node of the tree, parents before children, left to right. */
function* nodes(node: FormulaNode): Generator<FormulaNode> {
  yield node;
  for (const child of children(node)) yield* nodes(child);
}

/** The catalog activations the formula calls, each once, in order of first appearance. */
export function catalogCalls(tree: FormulaNode): ScalarId[] {
  const ids = new Set<ScalarId>();
  for (const node of nodes(tree)) {
    if (node.kind === 'activation') ids.add(node.id);
    // A typed formula never holds a derivative node: only the differentiator makes them.
    if (node.kind === 'activation-derivative') {
      throw new ActlabError(
        'INVALID_ARGUMENT',
        `cannot export the derivative of ${node.id} inside a formula; export the formula itself`,
      );
    }
  }
  return [...ids];
}

/** The elementary functions the formula calls, each once. */
export function elementaryCalls(tree: FormulaNode): ReadonlySet<ElementaryName> {
  const fns = new Set<ElementaryName>();
  for (const node of nodes(tree)) if (node.kind === 'call') fns.add(node.fn);
  return fns;
}
