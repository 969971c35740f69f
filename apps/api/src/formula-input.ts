/**
 * Typed formulas as requests carry them: in a `formula` field (with or without the `formula:`
 * prefix) or wherever an activation id goes. Core parses and checks them; this module names the
 * field at fault, keeps a failure's position counted in the string the client sent, and estimates
 * what a formula costs to evaluate, so that the work limits still bound a request that uses one.
 */
import type { Activation, FormulaActivation, FormulaNode } from '@actlab/core';
import {
  FORMULA_PREFIX,
  formulaChildren,
  isActlabError,
  isFormulaId,
  parseFormula,
} from '@actlab/core';
import { ApiError } from './problem.js';

/** The activation name for a formula sent in a `formula` field, prefixed or not. */
function formulaName(sent: string): string {
  return isFormulaId(sent) ? sent : `${FORMULA_PREFIX}${sent}`;
}

/**
 * Runs `fn`, which reads a formula from the request field `field`. An INVALID_FORMULA it throws
 * becomes a 422 naming the field, with core's offsets (which point into the name core was given)
 * moved back by `shift`, the characters added in front of what the client sent.
 */
export function readingFormula<T>(field: string, fn: () => T, shift = 0): T {
  try {
    return fn();
  } catch (error) {
    if (!isActlabError(error, 'INVALID_FORMULA')) throw error;
    const { position, end, expected, suggestions } = error.details;
    const at = (offset: number) => Math.max(0, offset - shift);
    // Core's message says where too ("at 12", "(at 12)"), counted in the name it was given.
    const message = error.message.replace(/\bat (\d+)\b/g, (_, n: string) => `at ${at(Number(n))}`);
    throw new ApiError(422, error.code, `${field}: ${message}`, field, {
      ...(position !== undefined ? { position: at(position) } : {}),
      ...(end !== undefined ? { end: at(end) } : {}),
      ...(expected !== undefined ? { expected } : {}),
      ...(suggestions ? { suggestions } : {}),
    });
  }
}

/**
 * Runs `fn` with the activation name of the body's `formula` field (`sent`, prefixed or not): a
 * formula error is a 422 naming `formula`, its offsets counted in `sent`.
 */
export function readingFormulaField<T>(sent: string, fn: (name: string) => T): T {
  const name = formulaName(sent);
  return readingFormula('formula', () => fn(name), name.length - sent.length);
}

/** `act` as the formula activation it is, or undefined for a catalog activation. */
export function formulaActivation(act: Activation): FormulaActivation | undefined {
  // Core builds every `formula:` id, and only those, as a FormulaActivation.
  return act.kind === 'scalar' && isFormulaId(act.id) ? (act as FormulaActivation) : undefined;
}

/**
 * Relative cost of one node: arithmetic costs one, an elementary function (exp, erf, ...) a few,
 * a catalog activation, which computes its own f and f', several.
 */
function nodeCost(node: FormulaNode): number {
  switch (node.kind) {
    case 'call':
      return 4;
    case 'activation':
    case 'activation-derivative':
      return 8;
    default:
      return 1;
  }
}

/**
 * Work units (about one multiply-add of a layer each, the unit of the training budget) of f and
 * f' of a formula at one point: the weighted node count of its tree, times the forward-mode
 * derivative's overhead. Catalog activations count as free, as the work formulas always assumed:
 * a formula costs what it adds to them.
 */
export function formulaCost(tree: FormulaNode): number {
  let cost = 0;
  const stack: FormulaNode[] = [tree];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    cost += nodeCost(node);
    stack.push(...formulaChildren(node));
  }
  return cost * WORK_PER_NODE;
}

/**
 * Work units per weighted node (f and its forward-mode derivative together). Measured on a
 * 2-32-32-1 network training on `circle`: a formula layer adds about 20 ns per weighted node per
 * unit and example, where one work unit (a parameter per example) costs about 15 ns; 2 leaves a
 * margin for slower nodes.
 */
const WORK_PER_NODE = 2;

/** An activation a request names, where it names it. */
export interface ActivationUse {
  /** The request field holding the name, e.g. `activation[1]` or `model.layers[0].activation`. */
  readonly field: string;
  /** The name: a catalog id or alias, or a `formula:` id. */
  readonly name: string;
  /** Units of the layer it activates (its evaluations per input row). */
  readonly units: number;
}

/**
 * Parses the formulas among `uses` (catalog ids pass untouched): one that does not parse is a 422
 * naming its field and position. Answers the work per input row their evaluations add (units x
 * cost, summed). Parameter values are left to the caller's own checks, which name the field.
 */
export function formulaWork(uses: readonly ActivationUse[]): number {
  let work = 0;
  for (const use of uses) {
    if (!isFormulaId(use.name)) continue;
    const { tree } = readingFormula(use.field, () => parseFormula(use.name));
    work += use.units * formulaCost(tree);
  }
  return work;
}
