/**
 * The signal-propagation answers as the routes give them: an activation's variance-preserving
 * gain (the catalog's figure at default parameters, core's quadrature otherwise), and train's
 * `signalPropagation` after the API's work limit. Numbers are encoded for the wire.
 */
import type { ScalarActivation } from '@actlab/core';
import { activation, activationInfo, isActlabError, isFormulaId, varianceGain } from '@actlab/core';
import type { Encoded, WireNumber } from '@actlab/format';
import { encodeDeep } from '@actlab/format';
import type { DepthRequest, DepthResult } from '@actlab/train';
import { defaultDepthBatch, signalPropagation } from '@actlab/train';
import { checkCost, depthCost } from './cost.js';
import { formulaActivation, formulaCost, readingFormula } from './formula-input.js';
import type { Limits } from './limits.js';
import { ApiError } from './problem.js';

/** What GET /v1/activations/:id/gain answers. */
export interface GainAnswer {
  readonly id: string;
  readonly params: Record<string, WireNumber>;
  readonly variancePreserving: WireNumber;
  readonly pytorch?: WireNumber;
  readonly note?: string;
}

/** True when every parameter of `act` has its default value. */
function atDefaults(act: ScalarActivation): boolean {
  if (isFormulaId(act.id)) return false;
  const defaults = activation(act.id).params;
  return Object.entries(act.params).every(([name, value]) => Object.is(defaults[name], value));
}

/**
 * The gain of activation `name` (id, alias or `formula:` id) at `params`: at the defaults, the
 * catalog entry's figures; otherwise g = 1 / sqrt(E[f(z)^2]) by core's quadrature, with PyTorch's
 * leaky_relu gain, the one of its gains that takes a parameter. A vector activation has none (422).
 */
export function gainOf(name: string, params: Readonly<Record<string, number>>): GainAnswer {
  const act = readingFormula('id', () => activation(name, params));
  if (act.kind !== 'scalar') {
    throw new ApiError(
      422,
      'INVALID_ARGUMENT',
      `${act.id} is a vector activation: a weight gain is defined for scalar activations only`,
      'id',
    );
  }
  const base = { id: act.id, params: encodeDeep({ ...act.params }) };
  const catalogGain = atDefaults(act) ? activationInfo(act.id).gain : undefined;
  if (catalogGain) return { ...base, ...encodeDeep({ ...catalogGain }) };
  const gain = varianceGain(act);
  const variancePreserving = encodeDeep(gain);
  const note = Number.isNaN(gain)
    ? { note: 'No gain preserves the variance: E[f(z)^2] is 0 or infinite.' }
    : {};
  const alpha = act.params.alpha;
  if (act.id === 'leaky_relu' && alpha !== undefined) {
    // torch.nn.init.calculate_gain('leaky_relu', alpha).
    return { ...base, variancePreserving, pytorch: Math.sqrt(2 / (1 + alpha * alpha)), ...note };
  }
  return { ...base, variancePreserving, ...note };
}

/**
 * Activation `name` at `params` as core reads it, so that a body field gets core's precise
 * problems: a formula's position, `params.<name>` for a bad parameter, and suggestions for an
 * unknown id (a 422 here: an invalid value in a body, not a missing resource).
 */
function depthActivation(name: string, params: Readonly<Record<string, number>> | undefined) {
  try {
    return readingFormula('activation', () => activation(name, params));
  } catch (error) {
    if (isActlabError(error, 'UNKNOWN_ACTIVATION')) {
      throw new ApiError(422, error.code, `activation: ${error.message}`, 'activation', {
        ...(error.details.suggestions ? { suggestions: error.details.suggestions } : {}),
      });
    }
    throw error;
  }
}

/**
 * Measures and predicts signal propagation for `request` (params already decoded). The work,
 * depth x width^2 x batch multiply-adds plus a formula's evaluations, must fit
 * `limits.maxDepthWork` (422 WORK_LIMIT, counted by cost.ts's `depthCost`). The batch is train's default when the request names
 * none, passed explicitly so that the bound is of the work train does.
 */
export function depthAnswer(request: DepthRequest, limits: Limits): Encoded<DepthResult> {
  const { depth, width } = request;
  const batch = request.batch ?? defaultDepthBatch(width);
  const formula = formulaActivation(depthActivation(request.activation, request.params));
  const perValue = formula ? formulaCost(formula.definition.tree) : 0;
  checkCost(depthCost(depth, width, batch, perValue, request.batch !== undefined), limits);
  // Train still judges what core accepts (a vector activation is a 422 naming `activation`).
  return encodeDeep(signalPropagation({ ...request, batch }));
}
