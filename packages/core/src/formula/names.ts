/**
 * Name resolution of the formula language: what a name in a formula refers to (the variable, a
 * constant, an elementary function, a catalog activation, a declared parameter), which names a
 * parameter may not take, and the closest valid names for one that is unknown.
 */
import type { ActivationInfo, ScalarId, VectorId } from '../activation.js';
import { SCALAR_IDS } from '../activation.js';
import type { ParamProblem } from '../params.js';
// The formula modules reach the catalog only through this file, so the catalog lookup they use can
// move (out of the registry, which itself dispatches `formula:` ids) by changing this one import.
import { activationInfo, findActivationId, paramProblems } from '../catalog-registry.js';
import { closest } from '../suggest.js';
import type { ConstantName, ElementaryName } from './ast.js';
import { ELEMENTARY_ARITY } from './ast.js';

/** The elementary functions a formula can call (`exp`, `min`, `erf`, ...), in the language's order. */
export const FORMULA_FUNCTIONS: readonly ElementaryName[] = Object.freeze(
  Object.keys(ELEMENTARY_ARITY) as ElementaryName[],
);

/** The named constants of the language. */
const CONSTANTS: readonly ConstantName[] = ['pi', 'e'];

const SCALAR_SET: ReadonlySet<string> = new Set(SCALAR_IDS);

/** Words of the declaration syntax (`in`, `inf`) and `where`: never parameter names. */
const KEYWORDS: readonly string[] = ['where', 'in', 'inf'];

/** What the name of a call refers to. */
type FunctionTarget =
  | { readonly kind: 'elementary'; readonly fn: ElementaryName; readonly arity: number }
  | { readonly kind: 'where' }
  | { readonly kind: 'activation'; readonly id: ScalarId }
  | { readonly kind: 'vector'; readonly id: VectorId };

/** True when `name` is an elementary function (exact spelling: elementary names are lower case). */
function isElementaryName(name: string): name is ElementaryName {
  return Object.hasOwn(ELEMENTARY_ARITY, name);
}

/** True when `name` is `pi` or `e`. */
export function isConstantName(name: string): name is ConstantName {
  return (CONSTANTS as readonly string[]).includes(name);
}

/**
 * What calling `name` means, or undefined when it names nothing callable. Elementary functions win
 * over catalog names (`tanh`, `sin`, `exp`), so their exact derivatives stay symbolic; catalog ids
 * and aliases resolve as everywhere else in actlab (case-insensitive, `swish` -> `silu`).
 */
export function resolveFunction(name: string): FunctionTarget | undefined {
  if (isElementaryName(name))
    return { kind: 'elementary', fn: name, arity: ELEMENTARY_ARITY[name] };
  if (name === 'where') return { kind: 'where' };
  const id = findActivationId(name);
  if (id === undefined) return undefined;
  return SCALAR_SET.has(id)
    ? { kind: 'activation', id: id as ScalarId }
    : { kind: 'vector', id: id as VectorId };
}

/**
 * Why `name` cannot be a declared parameter, in words (`it is the variable`), or undefined when
 * it can. Everything a formula can already mean by a name is refused, so no declaration can
 * change the meaning of a formula that does not use it.
 */
export function reservedNameProblem(name: string): string | undefined {
  if (name === 'x') return 'it is the variable';
  if (isConstantName(name)) return 'it is a constant';
  if (isElementaryName(name) || name === 'where') return 'it is a function';
  if (KEYWORDS.includes(name)) return 'it is a word of the declaration syntax';
  const id = findActivationId(name);
  if (id !== undefined) return `it names the activation ${id}`;
  return undefined;
}

/** Lower-cased scalar ids and aliases to canonical ids; built on first use, after the registry. */
let scalarNames: ReadonlyMap<string, ScalarId> | undefined;

function scalarNameMap(): ReadonlyMap<string, ScalarId> {
  // Lazy: the registry may import this module's importers, so its tables may not exist at load time.
  scalarNames ??= new Map(
    SCALAR_IDS.flatMap((id) =>
      [id, ...activationInfo(id).aliases].map((name) => [name.toLowerCase(), id] as const),
    ),
  );
  return scalarNames;
}

/**
 * The valid names closest to `name`, best first (at most `limit`): for a call, among the
 * elementary functions, `where` and the scalar catalog ids and aliases (an alias is suggested as
 * its canonical id); for a plain name, among `x`, the constants and the declared parameters, and
 * when none of those is close, among the functions.
 */
export function suggestNames(
  name: string,
  context: 'function' | 'name',
  declared: readonly string[] = [],
  limit = 3,
): string[] {
  // A one- or two-letter name is almost surely a new parameter; anything is "close" to it.
  if (context === 'name' && name.length < 3) return [];
  const names = scalarNameMap();
  const functions = [...FORMULA_FUNCTIONS, 'where', ...names.keys()];
  const values = context === 'name' ? closest(name, ['x', ...CONSTANTS, ...declared], limit) : [];
  if (values.length > 0) return values;
  // A bare name with no value close to it may be a function called without parentheses.
  const ranked = closest(name, functions, 2 * limit).map((n) =>
    isElementaryName(n) ? n : (names.get(n) ?? n),
  );
  return [...new Set(ranked)].slice(0, limit);
}

/** The catalog entry of a scalar activation (its display name, parameters and their ranges). */
export function catalogInfo(id: ScalarId): ActivationInfo {
  return activationInfo(id);
}

/** What the catalog would refuse in `params` for the activation `id` (as `paramProblems` does). */
export function catalogParamProblems(
  id: ScalarId,
  params: Readonly<Record<string, number>>,
): readonly ParamProblem[] {
  return paramProblems(id, params);
}
