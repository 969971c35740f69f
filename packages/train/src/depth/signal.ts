/**
 * Signal propagation through depth: how the variance of the pre-activations and of the
 * backpropagated gradients changes layer by layer in a deep random network, measured through a
 * seeded network and predicted by mean-field theory (core's `predictDepth`). The measured pass is
 * in `measure.ts`; this module checks the request, describes the initialization as the variances
 * mean-field theory needs, and puts the two side by side.
 */
import type { ScalarActivation } from '@actlab/core';
import {
  ActlabError,
  activation as coreActivation,
  meanField,
  predictDepth,
  varianceGain,
} from '@actlab/core';
import { MAX_SEED } from '../datasets/options.js';
import { TrainError } from '../errors.js';
import type { DepthDraws } from './draws.js';
import type { DepthCurves, WeightLaw } from './measure.js';

export type { DepthCurves } from './measure.js';
import { measureDepth } from './measure.js';

/** An initialization the instrument knows: a catalog one, or weights N(0, gain^2 / fan_in). */
export type DepthInit = 'uniform' | 'xavier' | 'he' | 'lecun' | { readonly gain: number };

/** What to propagate: an activation, an initialization and the network's size. */
export interface DepthRequest {
  /** Catalog id, alias or `formula:` id of a scalar activation, used in every layer. */
  readonly activation: string;
  /** The activation's parameters, e.g. `{ alpha: 0.2 }`. */
  readonly params?: Readonly<Record<string, number>>;
  /**
   * The weights: `uniform` is TensorFlow Playground's U[-0.5, 0.5] with biases 0.1, `xavier` is
   * Glorot uniform, `he` is N(0, 2/fan_in), `lecun` is N(0, 1/fan_in) and `{ gain }` is
   * N(0, gain^2/fan_in); biases are 0 except for `uniform`.
   */
  readonly init: DepthInit;
  /** Units of every layer (the input has as many values). */
  readonly width: number;
  /** Layers. */
  readonly depth: number;
  /** When given, every bias is drawn from N(0, biasVariance) instead of the init's constant. */
  readonly biasVariance?: number;
  /** Inputs pushed through together (default: enough for about 1,024 values per layer, at least 4). */
  readonly batch?: number;
  /** Seed of the weights, biases, inputs and output gradients (default 1). */
  readonly seed?: number;
}

/** Measured and predicted signal propagation, with the variances that predict it. */
export interface DepthResult {
  /** Through the seeded random network (variances over the batch and the units of a layer). */
  readonly measured: DepthCurves;
  /** By mean-field theory for an infinitely wide network with the same variances. */
  readonly predicted: DepthCurves;
  /** sigma_w^2 = fan_in x Var(W) of the initialization. */
  readonly weightVariance: number;
  /** sigma_b^2 = Var(b): 0 for constant biases (the Playground's 0.1 shifts z's mean, not its variance). */
  readonly biasVariance: number;
  /** The forward map's fixed point q* and its gradient factor chi, when it has one. */
  readonly fixedPoint?: { q: number; chi: number; phase: 'ordered' | 'chaotic' | 'edge' };
  /** The activation's variance-preserving gain g = 1 / sqrt(E[f(z)^2]), z ~ N(0, 1). */
  readonly gain: number;
}

/** The largest network and batch `signalPropagation` accepts, and the range of its variances. */
export const DEPTH_LIMITS = {
  /** Most layers. */
  depth: 100,
  /** Most units per layer. */
  width: 512,
  /** Most inputs per batch. */
  batch: 256,
  /** Largest custom weight gain. */
  gain: 100,
  /** Largest bias variance. */
  biasVariance: 100,
} as const;

/** Default batch: about 1,024 values per layer (the variance's sampling error is then ~4%), >= 4. */
export function defaultDepthBatch(width: number): number {
  return Math.min(DEPTH_LIMITS.batch, Math.max(4, Math.ceil(1024 / width)));
}

function invalid(path: string, message: string): never {
  throw new TrainError('INVALID_CONFIG', message, path);
}

/** INVALID_CONFIG unless `value` is an integer in [1, max]. */
function checkCount(value: unknown, max: number, path: string): number {
  if (Number.isInteger(value) && (value as number) >= 1 && (value as number) <= max) {
    return value as number;
  }
  return invalid(path, `${path} must be an integer from 1 to ${max}, got ${String(value)}`);
}

/** The request's activation, which must be element-wise (a vector activation has no f'(z) per unit). */
function scalarActivation(request: DepthRequest): ScalarActivation {
  let act;
  try {
    act = coreActivation(request.activation, request.params);
  } catch (error) {
    if (error instanceof ActlabError) {
      const path = error.code === 'INVALID_PARAMS' ? 'params' : 'activation';
      return invalid(path, `${path}: ${error.message}`);
    }
    throw error;
  }
  if (act.kind !== 'scalar') {
    invalid(
      'activation',
      `${act.id} acts on a whole vector; signal propagation needs an element-wise activation`,
    );
  }
  return act;
}

/** The weight law and sigma_w^2 of an initialization for a fan-in of `n`. */
function initLaw(init: unknown, n: number): { law: WeightLaw; weightVariance: number } {
  const normal = (variance: number) => ({
    law: { weights: 'normal', scale: Math.sqrt(variance / n), bias: 0, biasStd: 0 } as const,
    weightVariance: variance,
  });
  if (init === 'uniform') {
    // U[-1/2, 1/2) has variance 1/12.
    return {
      law: { weights: 'uniform', scale: 0.5, bias: 0.1, biasStd: 0 },
      weightVariance: n / 12,
    };
  }
  if (init === 'xavier') {
    // Glorot uniform for a square layer: limit sqrt(6 / (n + n)), variance limit^2 / 3 = 1 / n.
    return {
      law: { weights: 'uniform', scale: Math.sqrt(3 / n), bias: 0, biasStd: 0 },
      weightVariance: 1,
    };
  }
  if (init === 'he') return normal(2);
  if (init === 'lecun') return normal(1);
  if (init !== null && typeof init === 'object' && 'gain' in init) {
    const { gain } = init as { gain: unknown };
    if (typeof gain !== 'number' || !(gain > 0 && gain <= DEPTH_LIMITS.gain)) {
      invalid(
        'init.gain',
        `init.gain must be a number in (0, ${DEPTH_LIMITS.gain}], got ${String(gain)}`,
      );
    }
    return normal(gain * gain);
  }
  return invalid(
    'init',
    `init must be uniform, xavier, he, lecun or { gain }, got ${JSON.stringify(init)}`,
  );
}

/**
 * Measured and mean-field predicted variance of the pre-activations and of the gradients dL/dz at
 * every layer of a `depth`-layer network of `width` units (see `DepthRequest` and `DepthResult`).
 * The inputs are N(0, 1), so the first layer's pre-activations have variance
 * q0 = sigma_w^2 + sigma_b^2; the output gradient is N(0, 1) at the last layer's pre-activations.
 * Bad requests are TrainErrors INVALID_CONFIG whose path names the field. Pass `options.draws`
 * (from `createDepthDraws`) to keep the network's random draws for the next call: an instrument
 * that recomputes the same seed and width for other activations, gains or biases then skips
 * drawing, the larger part of the cost. The numbers are the same with or without it.
 */
export function signalPropagation(
  request: DepthRequest,
  options: { readonly draws?: DepthDraws } = {},
): DepthResult {
  const act = scalarActivation(request);
  const width = checkCount(request.width, DEPTH_LIMITS.width, 'width');
  const depth = checkCount(request.depth, DEPTH_LIMITS.depth, 'depth');
  const batch =
    request.batch === undefined
      ? defaultDepthBatch(width)
      : checkCount(request.batch, DEPTH_LIMITS.batch, 'batch');
  const seed = request.seed ?? 1;
  if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) {
    invalid('seed', `seed must be an integer in [0, ${MAX_SEED}], got ${String(seed)}`);
  }
  const { biasVariance: given } = request;
  if (
    given !== undefined &&
    !(typeof given === 'number' && given >= 0 && given <= DEPTH_LIMITS.biasVariance)
  ) {
    invalid(
      'biasVariance',
      `biasVariance must be a number in [0, ${DEPTH_LIMITS.biasVariance}], got ${String(given)}`,
    );
  }
  const { law: initial, weightVariance } = initLaw(request.init, width);
  const biasVariance = given ?? 0;
  const law = given === undefined ? initial : { ...initial, bias: 0, biasStd: Math.sqrt(given) };
  const measured = measureDepth({ act, width, depth, batch, seed, law }, options.draws);
  const predicted = predictDepth(act, {
    weightVariance,
    biasVariance,
    depth,
    q0: weightVariance + biasVariance,
  });
  const fixedPoint = meanField(act, { weightVariance, biasVariance }).fixedPoint();
  return {
    measured,
    predicted: { forward: [...predicted.forward], gradient: [...predicted.gradient] },
    weightVariance,
    biasVariance,
    ...(fixedPoint ? { fixedPoint } : {}),
    gain: varianceGain(act),
  };
}
