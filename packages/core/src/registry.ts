/**
 * The registry: every activation's definition by canonical id, alias resolution, and
 * `activation(id, params)`, the one way to get a ready activation.
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
import { ActlabError } from './errors.js';
import { completeParams } from './params.js';
import { closest } from './suggest.js';

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

/** The canonical id for an id or alias; throws UNKNOWN_ACTIVATION with the closest ids otherwise. */
export function resolveActivationId(name: string): ActivationId {
  if (typeof name !== 'string') {
    throw new ActlabError(
      'UNKNOWN_ACTIVATION',
      `an activation id must be a string, got ${typeof name}`,
    );
  }
  const id = findActivationId(name);
  if (id !== undefined) return id;
  const suggestions = [
    ...new Set(
      closest(normalize(name), [...ALIASES.keys()], 6).map((a) => ALIASES.get(a) as ActivationId),
    ),
  ].slice(0, 3);
  const hint = suggestions.length > 0 ? `; did you mean ${suggestions.join(', ')}?` : '';
  throw new ActlabError('UNKNOWN_ACTIVATION', `unknown activation "${name}"${hint}`, {
    suggestions,
  });
}

/** True for the id (or alias) of a scalar activation. */
export function isScalarId(name: string): boolean {
  const id = findActivationId(name);
  return id !== undefined && SCALAR_SET.has(id);
}

/** True for the id (or alias) of a vector activation. */
export function isVectorId(name: string): boolean {
  const id = findActivationId(name);
  return id !== undefined && VECTOR_SET.has(id);
}

/** The catalog entry of an id or alias (throws UNKNOWN_ACTIVATION). */
export function activationInfo(name: string): ActivationInfo {
  return definitionOf(resolveActivationId(name)).info;
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
  const id = resolveActivationId(name);
  const definition = definitionOf(id);
  const complete = completeParams(id, definition.info.params, params);
  if ('check' in definition && definition.check) {
    const problem = definition.check(complete);
    if (problem) {
      throw new ActlabError('INVALID_PARAMS', `${id}: ${problem.message}`, {
        param: problem.param,
      });
    }
  }
  if (SCALAR_SET.has(id)) {
    const kernel = (definition as ScalarDefinition).build(complete);
    return Object.freeze({ kind: 'scalar', id: id as ScalarId, params: complete, ...kernel });
  }
  const kernel = (definition as VectorDefinition).build(complete);
  return Object.freeze({ kind: 'vector', id: id as VectorId, params: complete, ...kernel });
}
