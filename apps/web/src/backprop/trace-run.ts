/**
 * The page's one call into the engine: the state becomes a request for train's `backpropTrace`,
 * and a refusal (a TrainError or core's error for a shape or value it does not accept) becomes a
 * plain message instead of a crash. Also the ReLU comparison: the same weights and example with
 * every layer switched to ReLU, read at the unit the current step concerns.
 */
import { isActlabError } from '@actlab/core';
import type { BackpropTrace, TraceRequest, TraceStep } from '@actlab/train';
import { backpropTrace, isTrainError } from '@actlab/train';
import type { QueryPatch } from '../lib/url-state.js';
import type { BackpropState } from './backprop-state.js';
import { layerSizes, readBackpropState, stateModel } from './backprop-state.js';

/** A trace, or the reason the engine refused the state. */
export type TraceOutcome =
  | { readonly ok: true; readonly trace: BackpropTrace }
  | { readonly ok: false; readonly message: string };

/** The engine request for `state` (a single target is passed as a plain number). */
export function traceRequest(state: BackpropState): TraceRequest {
  return {
    model: stateModel(state),
    input: [...state.inputs],
    target: state.targets.length === 1 ? (state.targets[0] ?? 0) : [...state.targets],
    loss: state.loss,
    learningRate: state.learningRate,
  };
}

/** Runs the trace for `state`; the engine's refusal comes back as its message. */
export function runTrace(state: BackpropState): TraceOutcome {
  try {
    return { ok: true, trace: backpropTrace(traceRequest(state)) };
  } catch (error) {
    if (isTrainError(error) || isActlabError(error)) return { ok: false, message: error.message };
    throw error;
  }
}

/** One unit's slope and error signal under two activations, for the comparison table. */
export interface SlopeComparison {
  /** The layer and unit compared (0-based). */
  readonly layer: number;
  readonly unit: number;
  /** The unit's activation now. */
  readonly activation: string;
  /** f'(z) and dL/dz with the page's activations. */
  readonly current: { readonly z: number; readonly fPrime: number; readonly dLdz: number };
  /** The same with ReLU in every layer. */
  readonly relu: { readonly z: number; readonly fPrime: number; readonly dLdz: number };
  /** ReLU's f'(z) divided by the current one (Infinity when the current slope is 0). */
  readonly slopeRatio: number;
}

/** The unit a step concerns, or the first output unit for the loss steps. */
function focusUnit(trace: BackpropTrace, step: TraceStep): { layer: number; unit: number } {
  if (step.layer !== undefined) return { layer: step.layer, unit: step.unit ?? 0 };
  return { layer: trace.layers.length - 1, unit: 0 };
}

/**
 * The ReLU comparison at the unit `step` concerns: the same request with every layer ReLU.
 * Undefined when the engine refuses it (binary cross-entropy wants outputs in (0, 1), say).
 */
export function compareWithRelu(
  state: BackpropState,
  trace: BackpropTrace,
  step: TraceStep,
): SlopeComparison | undefined {
  const reluState: BackpropState = {
    ...state,
    activations: layerSizes(state.hidden, state.targets.length).map(() => 'relu'),
  };
  const other = runTrace(reluState);
  if (!other.ok) return undefined;
  const { layer, unit } = focusUnit(trace, step);
  const mine = trace.layers[layer]?.units[unit];
  const theirs = other.trace.layers[layer]?.units[unit];
  if (!mine || !theirs) return undefined;
  const pick = (u: typeof mine) => ({ z: u.z, fPrime: u.fPrime ?? NaN, dLdz: u.dLdz });
  const current = pick(mine);
  const relu = pick(theirs);
  return {
    layer,
    unit,
    activation: trace.layers[layer]?.activation ?? '',
    current,
    relu,
    slopeRatio: current.fPrime === 0 ? Infinity : relu.fPrime / current.fPrime,
  };
}

/**
 * Why `patch` cannot be applied to `query`, or undefined when it can: a value the state refuses
 * (one the current link did not already have) or a network the engine refuses. The page applies
 * only patches without a refusal, so the last valid state stays in force.
 */
export function patchRefusal(query: URLSearchParams, patch: QueryPatch): string | undefined {
  const next = new URLSearchParams(query);
  for (const [key, value] of Object.entries(patch)) {
    if (value === null || value === undefined) next.delete(key);
    else next.set(key, value);
  }
  const before = new Set(readBackpropState(query).problems);
  const state = readBackpropState(next);
  const fresh = state.problems.filter((p) => !before.has(p));
  if (fresh.length > 0) return fresh.join('; ');
  const outcome = runTrace(state);
  return outcome.ok ? undefined : outcome.message;
}
