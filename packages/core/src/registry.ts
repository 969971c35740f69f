/**
 * The public registry: `activation(name, params)`, the one way to get a ready activation, for a
 * catalog id or alias and for a typed `formula:` alike, with the lookups that go with it. Catalog
 * names are resolved by `catalog-registry.ts`, formulas by `formula/custom.ts`.
 */
import type {
  Activation,
  ActivationInfo,
  ScalarActivation,
  ScalarId,
  VectorActivation,
  VectorId,
} from './activation.js';
import {
  activation as catalogActivation,
  activationInfo as catalogInfo,
  isScalarId as isScalarCatalogId,
  paramProblems as catalogParamProblems,
} from './catalog-registry.js';
import { customActivation, formulaInfo, formulaProblems, isFormulaId } from './formula/custom.js';
import type { FormulaActivation } from './formula/types.js';
import type { ParamProblem } from './params.js';

export {
  findActivationId,
  isVectorId,
  resolveActivationId,
  suggestIds,
} from './catalog-registry.js';

/** True for the id (or alias) of a scalar activation, or a `formula:` that parses and compiles. */
export function isScalarId(name: string): boolean {
  if (isFormulaId(name)) return formulaProblems(name).length === 0;
  return isScalarCatalogId(name);
}

/**
 * The catalog entry of an id or alias (throws UNKNOWN_ACTIVATION), or for a `formula:` a
 * catalog-style entry with estimated range and properties (throws INVALID_FORMULA).
 */
export function activationInfo(name: string): ActivationInfo {
  return isFormulaId(name) ? formulaInfo(name) : catalogInfo(name);
}

/**
 * Everything `activation(name, params)` would refuse, as data and without throwing: empty when it
 * would succeed, else the problems in the order it meets them (its error is the first). An unknown
 * id is the only problem then; otherwise every unknown name and every parameter that is not a
 * finite number in its range; the cross-parameter rules (hard_tanh's min_val < max_val, rrelu's
 * lower <= upper) only once every value is valid on its own. For a `formula:`, its parse error
 * (invalid-formula) or its parameter problems against the declared ranges.
 */
export function paramProblems(
  name: string,
  params?: Readonly<Record<string, number>>,
): readonly ParamProblem[] {
  return isFormulaId(name) ? formulaProblems(name, params) : catalogParamProblems(name, params);
}

/**
 * A ready activation: `activation('leaky_relu', { alpha: 0.2 })`. Aliases are accepted; parameters
 * are validated once here (INVALID_PARAMS) and defaults filled in; an unknown id throws
 * UNKNOWN_ACTIVATION with the closest ids as suggestions. A typed formula goes where an id goes:
 * `activation('formula: x * sigmoid(beta * x); beta = 1.702', { beta: 2 })` is `customActivation`.
 */
export function activation(
  name: `formula:${string}`,
  params?: Readonly<Record<string, number>>,
): FormulaActivation;
export function activation(
  id: ScalarId,
  params?: Readonly<Record<string, number>>,
): ScalarActivation;
export function activation(
  id: VectorId,
  params?: Readonly<Record<string, number>>,
): VectorActivation;
export function activation(id: string, params?: Readonly<Record<string, number>>): Activation;
export function activation(name: string, params?: Readonly<Record<string, number>>): Activation {
  return isFormulaId(name) ? customActivation(name, params) : catalogActivation(name, params);
}
