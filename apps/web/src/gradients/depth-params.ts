/**
 * The signal-through-depth instrument's state as it lives in the URL, beside the vanishing-gradient
 * networks' keys: the activations overlaid, depth, width, the initialization (a named scheme, a
 * custom weight gain, or each activation's own variance-preserving gain) and the bias variance.
 * Its keys start with `s` (signal) so they never collide with the page's `depth` and `width`.
 * Reading is forgiving: a missing or broken value falls back to its default.
 */
import { findActivationId, isFormulaId, isScalarId } from '@actlab/core';
import { choiceParam, clampedParam, formatParam } from '../lib/query.js';
import { splitActivationList } from '../playground/formula-choice.js';

/**
 * How the weights are drawn: train's named schemes, `custom` (normal with std gain/sqrt(fan_in),
 * the gain slider), or `preserving` (each activation's own variance-preserving gain, core's
 * `varianceGain`, so every curve is set up to keep q = 1 without bias).
 */
export const DEPTH_INITS = ['uniform', 'xavier', 'he', 'lecun', 'custom', 'preserving'] as const;

/** One initialization choice of the instrument. */
export type DepthInit = (typeof DEPTH_INITS)[number];

/** Most activations overlaid at once (more lines stop being readable). */
export const MAX_DEPTH_ACTIVATIONS = 4;

/** Everything the instrument's curves depend on. */
export interface DepthParams {
  /** Activation ids overlaid (scalar catalog ids or `formula:` ids), 1 to MAX_DEPTH_ACTIVATIONS. */
  readonly activations: readonly string[];
  /** Layers of the random network (<= 100, train's DEPTH_LIMITS). */
  readonly depth: number;
  /** Units per layer, inputs included (<= 512). */
  readonly width: number;
  readonly init: DepthInit;
  /** Weight gain g of the `custom` init: Var(W) = g^2 / fan_in, so sigma_w^2 = g^2. */
  readonly gain: number;
  /** sigma_b^2: variance of the biases (0 for none). */
  readonly biasVariance: number;
}

/** The ranges of the numeric controls (and of the URL values). */
export const DEPTH_PARAM_LIMITS = {
  depth: { min: 2, max: 100, fallback: 50 },
  width: { min: 2, max: 512, fallback: 128 },
  gain: { min: 0.1, max: 4, fallback: 1 },
  biasVariance: { min: 0, max: 1, fallback: 0 },
} as const;

/** The activations shown when the URL names none: two saturating, two that are not. */
export const DEFAULT_DEPTH_ACTIVATIONS: readonly string[] = ['tanh', 'relu', 'selu', 'sigmoid'];

/** The URL key of each value. */
const DEPTH_KEYS = {
  activations: 'sacts',
  depth: 'sdepth',
  width: 'swidth',
  init: 'sinit',
  gain: 'sgain',
  biasVariance: 'sbias',
} as const;

/** A scalar catalog id (canonical, aliases resolved) or a formula id; undefined otherwise. */
function scalarIdOf(token: string): string | undefined {
  if (isFormulaId(token)) return token;
  const id = findActivationId(token);
  return id !== undefined && isScalarId(id) ? id : undefined;
}

/** The activation list from `tanh,relu`: unknown, vector and repeated ids dropped, default if none. */
export function parseDepthActivations(value: string | null): readonly string[] {
  const ids: string[] = [];
  for (const token of splitActivationList(value)) {
    const id = scalarIdOf(token);
    if (id !== undefined && !ids.includes(id)) ids.push(id);
  }
  return ids.length === 0 ? DEFAULT_DEPTH_ACTIVATIONS : ids.slice(0, MAX_DEPTH_ACTIVATIONS);
}

/** The instrument's parameters from the query (fallbacks for missing or invalid values). */
export function readDepthParams(query: URLSearchParams): DepthParams {
  const read = (key: keyof typeof DEPTH_PARAM_LIMITS) => {
    const { min, max, fallback } = DEPTH_PARAM_LIMITS[key];
    return clampedParam(query.get(DEPTH_KEYS[key]), fallback, min, max);
  };
  return {
    activations: parseDepthActivations(query.get(DEPTH_KEYS.activations)),
    depth: Math.round(read('depth')),
    width: Math.round(read('width')),
    init: choiceParam(query.get(DEPTH_KEYS.init), DEPTH_INITS, 'xavier'),
    gain: read('gain'),
    biasVariance: read('biasVariance'),
  };
}

/** The query values for `params` (every key written, so a shared link is explicit). */
export function depthQuery(params: DepthParams): Record<string, string> {
  return {
    [DEPTH_KEYS.activations]: params.activations.join(','),
    [DEPTH_KEYS.depth]: formatParam(params.depth),
    [DEPTH_KEYS.width]: formatParam(params.width),
    [DEPTH_KEYS.init]: params.init,
    [DEPTH_KEYS.gain]: formatParam(params.gain),
    [DEPTH_KEYS.biasVariance]: formatParam(params.biasVariance),
  };
}

/** A key that changes whenever the curves must be computed again. */
export function depthKey(params: DepthParams): string {
  const { activations, depth, width, init, gain, biasVariance } = params;
  return JSON.stringify([activations, depth, width, init, gain, biasVariance]);
}

/**
 * The one-click "use the variance-preserving gain": every activation gets its own gain and the
 * biases go, since only without bias is q = 1 the fixed point the gain is built for.
 */
export function withPreservingGain(params: DepthParams): DepthParams {
  return { ...params, init: 'preserving', biasVariance: 0 };
}
