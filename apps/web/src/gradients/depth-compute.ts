/**
 * The numbers behind the signal-through-depth instrument, one curve set per activation: train's
 * `signalPropagation` (measured through a seeded random network, and mean-field predicted), the
 * variance-preserving gain and the edge of chaos. This module only writes the requests and reads
 * the answers; it needs no DOM, so it runs in the instrument's worker (or, without workers, on the
 * main thread).
 */
import type { ScalarActivation } from '@actlab/core';
import { activation, varianceGain } from '@actlab/core';
import type { DepthDraws, DepthRequest, DepthResult } from '@actlab/train';
import { defaultDepthBatch, signalPropagation } from '@actlab/train';
import { errorMessage } from '../training/latest-run.js';
import type { DepthParams } from './depth-params.js';
import { edgeOfChaos } from './edge-of-chaos.js';

/** The seed of every network and batch: the curves change only when a setting does. */
const SEED = 1;

/** One activation's curves and the figures read off them. */
export interface DepthCurve {
  /** The activation id as requested. */
  readonly activation: string;
  /** The engine's answer, or undefined when it refused (see `error`). */
  readonly result?: DepthResult;
  /** Why the activation could not be measured, in plain words. */
  readonly error?: string;
  /** sigma_w^2 at the edge of chaos for this bias variance (chi(q*) = 1), when there is one. */
  readonly edge?: number;
}

/** What the instrument draws for one set of parameters. */
export interface DepthView {
  readonly params: DepthParams;
  /** Examples per measurement (chosen from the width). */
  readonly batch: number;
  readonly curves: readonly DepthCurve[];
  /** Curves of `params.activations` still being measured (the driver shows each as it is done). */
  readonly pending?: number;
}

/** The activations of `view.params` whose curves are still being measured, in the order shown. */
export function pendingActivations(view: DepthView): readonly string[] {
  return view.params.activations.slice(view.curves.length);
}

/**
 * Examples per measurement: train's default (about 1,024 values a layer, at least 4), so a curve
 * here equals what `actlab depth` and POST /v1/depth answer for the same settings.
 */
export function depthBatch(width: number): number {
  return defaultDepthBatch(width);
}

/** The engine's request for one activation (`preserving` becomes its own gain). */
export function depthRequest(
  act: ScalarActivation,
  params: DepthParams,
  batch: number,
): DepthRequest {
  const init =
    params.init === 'custom'
      ? { gain: params.gain }
      : params.init === 'preserving'
        ? { gain: varianceGain(act) }
        : params.init;
  return {
    activation: act.id,
    params: act.params,
    init,
    width: params.width,
    depth: params.depth,
    biasVariance: params.biasVariance,
    batch,
    seed: SEED,
  };
}

/** A scalar activation for `id`, or an error message saying why there is none. */
function scalarActivation(id: string): ScalarActivation | string {
  try {
    const act = activation(id);
    return act.kind === 'scalar' ? act : `${id} is not element-wise`;
  } catch (error) {
    return errorMessage(error);
  }
}

/**
 * The curves for `params`. `edges` caches edge-of-chaos searches by activation and bias variance
 * (they do not depend on depth, width or init, and a slider moves those most); `draws`, when
 * given, keeps the random network's draws for every activation and the next call (train's
 * `createDepthDraws`: a slider move that keeps the width redraws nothing).
 */
export function computeDepth(
  params: DepthParams,
  edges: Map<string, number | undefined> = new Map(),
  draws?: DepthDraws,
): DepthView {
  const batch = depthBatch(params.width);
  const curves = params.activations.map((id): DepthCurve => {
    const act = scalarActivation(id);
    if (typeof act === 'string') return { activation: id, error: act };
    try {
      const result = signalPropagation(depthRequest(act, params, batch), draws ? { draws } : {});
      const key = `${id}|${params.biasVariance}`;
      if (!edges.has(key)) edges.set(key, edgeOfChaos(act, params.biasVariance));
      const edge = edges.get(key);
      return { activation: id, result, ...(edge === undefined ? {} : { edge }) };
    } catch (error) {
      return { activation: id, error: errorMessage(error) };
    }
  });
  return { params, batch, curves };
}
