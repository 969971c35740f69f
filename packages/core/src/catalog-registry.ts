/**
 * The catalog's registry: every catalog activation's definition by canonical id, alias resolution,
 * and building a catalog activation. Typed formulas are not known here (the public `registry.ts`
 * adds them), so the formula modules, which call catalog functions, import this file without a
 * cycle.
 */
import type {
  Activation,
  ActivationId,
  ActivationInfo,
  ScalarActivation,
  ScalarId,
  VectorActivation,
  VectorId,
} from './activation.js';
import { SCALAR_IDS, VECTOR_IDS } from './activation.js';
import { elementaryDefinitions } from './activations/elementary.js';
import { exponentialLinearDefinitions } from './activations/exponential-linear.js';
import { geluDefinitions } from './activations/gelu.js';
import { gluDefinitions } from './activations/glu.js';
import type { ScalarDefinition, VectorDefinition } from './activations/kernel.js';
import { rectifierDefinitions } from './activations/rectifiers.js';
import { selfGatedDefinitions } from './activations/self-gated.js';
import { shrinkDefinitions } from './activations/shrink.js';
import { sigmoidDefinitions } from './activations/sigmoid.js';
import { softmaxDefinitions } from './activations/softmax.js';
import { softplusDefinitions } from './activations/softplus.js';
import { sparsemaxDefinitions } from './activations/sparsemax.js';
import { stepLinearDefinitions } from './activations/step-linear.js';
import { tanhDefinitions } from './activations/tanh.js';
import type { ParamProblem } from './params.js';
import { problemError, specProblems, withDefaults } from './params.js';
import { closest, quoteInput } from './suggest.js';

/** Every scalar definition by canonical id (the `satisfies` keeps the id list and this map in step). */
const SCALAR_DEFINITIONS = {
  ...stepLinearDefinitions,
  ...rectifierDefinitions,
  ...exponentialLinearDefinitions,
  ...geluDefinitions,
  ...sigmoidDefinitions,
  ...tanhDefinitions,
  ...softplusDefinitions,
  ...selfGatedDefinitions,
  ...shrinkDefinitions,
  ...elementaryDefinitions,
} satisfies Record<ScalarId, ScalarDefinition>;

/** Every vector definition by canonical id. */
const VECTOR_DEFINITIONS = {
  ...softmaxDefinitions,
  ...sparsemaxDefinitions,
  ...gluDefinitions,
} satisfies Record<VectorId, VectorDefinition>;

const SCALAR_SET: ReadonlySet<string> = new Set(SCALAR_IDS);
const VECTOR_SET: ReadonlySet<string> = new Set(VECTOR_IDS);

/** Lower-cased alias (and canonical id) to canonical id. */
const ALIASES: ReadonlyMap<string, ActivationId> = new Map(
  [...SCALAR_IDS, ...VECTOR_IDS].flatMap((id) => {
    const info = definitionOf(id).info;
    return [id, ...info.aliases].map((name) => [name.toLowerCase(), id] as const);
  }),
);

function definitionOf(id: ActivationId): ScalarDefinition | VectorDefinition {
  return SCALAR_SET.has(id)
    ? SCALAR_DEFINITIONS[id as ScalarId]
    : VECTOR_DEFINITIONS[id as VectorId];
}

/** Normalizes what a user typed: trimmed, lower case, with spaces and hyphens as underscores. */
function normalize(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/** The canonical id for an id or alias (`swish` -> `silu`), or undefined when nothing matches. */
export function findActivationId(name: string): ActivationId | undefined {
  const key = normalize(name);
  return ALIASES.get(key) ?? ALIASES.get(key.replace(/_/g, ''));
}

/**
 * The canonical ids closest to `name`, best first, at most `limit` (default 3): the ranking of
 * `closestNames` over every id and alias (normalized as `findActivationId` does), looking at the
 * 2 * limit closest names and keeping each id once. The suggestions of UNKNOWN_ACTIVATION.
 */
export function suggestIds(name: string, limit = 3): readonly ActivationId[] {
  const names = closest(normalize(name), [...ALIASES.keys()], 2 * limit);
  return [...new Set(names.map((a) => ALIASES.get(a) as ActivationId))].slice(0, limit);
}

/** Why `name` names no activation, or undefined when it does. */
function unknownIdProblem(name: unknown): ParamProblem | undefined {
  if (typeof name !== 'string') {
    return {
      kind: 'unknown-activation',
      value: name,
      message: `an activation id must be a string, got ${typeof name}`,
    };
  }
  if (findActivationId(name) !== undefined) return undefined;
  const suggestions = suggestIds(name);
  const hint = suggestions.length > 0 ? `; did you mean ${suggestions.join(', ')}?` : '';
  return {
    kind: 'unknown-activation',
    value: name,
    suggestions,
    message: `unknown activation ${quoteInput(name)}${hint}`,
  };
}

/** The canonical id for an id or alias; throws UNKNOWN_ACTIVATION with the closest ids otherwise. */
export function resolveActivationId(name: string): ActivationId {
  const problem = unknownIdProblem(name);
  if (problem) throw problemError(problem);
  return findActivationId(name) as ActivationId;
}

/** True for the id (or alias) of a scalar catalog activation. */
export function isScalarId(name: string): boolean {
  const id = findActivationId(name);
  return id !== undefined && SCALAR_SET.has(id);
}

/** True for the id (or alias) of a vector catalog activation. */
export function isVectorId(name: string): boolean {
  const id = findActivationId(name);
  return id !== undefined && VECTOR_SET.has(id);
}

/** The catalog entry of an id or alias (throws UNKNOWN_ACTIVATION). */
export function activationInfo(name: string): ActivationInfo {
  return definitionOf(resolveActivationId(name)).info;
}

/**
 * Everything `activation(name, params)` would refuse, as data and without throwing: empty when it
 * would succeed, else the problems in the order it meets them (its error is the first). An unknown
 * id is the only problem then; otherwise every unknown name and every parameter that is not a
 * finite number in its range; the cross-parameter rules (hard_tanh's min_val < max_val, rrelu's
 * lower <= upper) only once every value is valid on its own.
 */
export function paramProblems(
  name: string,
  params?: Readonly<Record<string, number>>,
): readonly ParamProblem[] {
  const unknown = unknownIdProblem(name);
  if (unknown) return [unknown];
  const id = findActivationId(name) as ActivationId;
  const definition = definitionOf(id);
  const problems = specProblems(id, definition.info.params, params);
  if (problems.length > 0 || !('check' in definition) || !definition.check) return problems;
  const complete = withDefaults(definition.info.params, params);
  const conflict = definition.check(complete);
  if (!conflict) return [];
  return [
    {
      kind: 'conflict',
      param: conflict.param,
      value: complete[conflict.param],
      message: `${id}: ${conflict.message}`,
    },
  ];
}

/**
 * A ready activation: `activation('leaky_relu', { alpha: 0.2 })`. Aliases are accepted; parameters
 * are validated once here (INVALID_PARAMS) and defaults filled in; an unknown id throws
 * UNKNOWN_ACTIVATION with the closest ids as suggestions.
 */
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
  const [problem] = paramProblems(name, params);
  if (problem) throw problemError(problem);
  const id = findActivationId(name) as ActivationId;
  const definition = definitionOf(id);
  const complete = withDefaults(definition.info.params, params);
  if (SCALAR_SET.has(id)) {
    const kernel = (definition as ScalarDefinition).build(complete);
    return Object.freeze({ kind: 'scalar', id: id as ScalarId, params: complete, ...kernel });
  }
  const kernel = (definition as VectorDefinition).build(complete);
  return Object.freeze({ kind: 'vector', id: id as VectorId, params: complete, ...kernel });
}
