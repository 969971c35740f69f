/**
 * Evaluation as the routes answer it: f and f' (or f and the Jacobian) of a catalog activation or
 * a typed formula (a `formula:` name), numbers encoded for the wire, with the API's array and work
 * limits checked before any work is done.
 */
import type { Activation } from '@actlab/core';
import { activation, sampleCurve } from '@actlab/core';
import type { WireNumber } from '@actlab/format';
import { encodeDeep, encodeNumbers } from '@actlab/format';
import { formulaActivation, formulaCost } from './formula-input.js';
import type { Limits } from './limits.js';
import { ApiError } from './problem.js';

/** What evaluation answers, numbers encoded. */
export type Evaluation =
  | {
      readonly id: string;
      readonly params: Record<string, WireNumber>;
      readonly y: WireNumber[];
      readonly dy: WireNumber[];
    }
  | {
      readonly id: string;
      readonly params: Record<string, WireNumber>;
      readonly y: WireNumber[];
      readonly jacobian: WireNumber[][];
    };

/**
 * A 422 WORK_LIMIT unless `values` evaluations of `act` fit the forward-work limit. Catalog
 * activations cost nothing here (their array limits bound them); a formula costs its size.
 */
function checkFormulaWork(act: Activation, values: number, limits: Limits, field: string): void {
  const formula = formulaActivation(act);
  if (formula === undefined) return;
  const work = values * formulaCost(formula.definition.tree);
  if (work > limits.maxForwardWork) {
    throw new ApiError(
      422,
      'WORK_LIMIT',
      `${values} values of this formula cost ${work} work units, over the limit of ` +
        `${limits.maxForwardWork}; send fewer values or a shorter formula`,
      field,
    );
  }
}

/**
 * Evaluates activation `name` (id, alias or `formula:` text) with `params` at `xs`. Throws the
 * core's errors for an unknown id, a formula that does not parse or bad parameters, a 413 ApiError
 * when `xs` is over the limit for its kind, and a 422 when a formula's work is over the limit.
 */
export function evaluate(
  name: string,
  xs: Float64Array,
  params: Readonly<Record<string, number>> | undefined,
  limits: Limits,
): Evaluation {
  const act = activation(name, params);
  const max = act.kind === 'scalar' ? limits.maxValues : limits.maxJacobianInputs;
  if (xs.length > max) {
    throw new ApiError(
      413,
      'TOO_MANY_VALUES',
      act.kind === 'scalar'
        ? `x has ${xs.length} values; ${act.id} evaluates at most ${max} per request`
        : `x has ${xs.length} values; the ${act.id} Jacobian is computed for at most ${max} inputs`,
      'x',
    );
  }
  checkFormulaWork(act, xs.length, limits, 'x');
  const encodedParams = encodeDeep({ ...act.params });
  if (act.kind === 'scalar') {
    return {
      id: act.id,
      params: encodedParams,
      y: encodeNumbers(act.map(xs)),
      dy: encodeNumbers(act.grad(xs)),
    };
  }
  return {
    id: act.id,
    params: encodedParams,
    y: encodeNumbers(act.f(xs)),
    jacobian: act.jacobian(xs).map((row) => encodeNumbers(row)),
  };
}

/**
 * A curve of f and f' for plotting; vector activations have none (INVALID_ARGUMENT, 422). A
 * formula's curve is bounded by the forward-work limit like its evaluation.
 */
export function curve(
  name: string,
  params: Readonly<Record<string, number>> | undefined,
  options: { readonly from: number; readonly to: number; readonly points: number },
  limits: Limits,
): {
  id: string;
  params: Record<string, WireNumber>;
  x: WireNumber[];
  y: WireNumber[];
  dy: WireNumber[];
} {
  const act = activation(name, params);
  if (act.kind !== 'scalar') {
    throw new ApiError(
      422,
      'INVALID_ARGUMENT',
      `${act.id} is a vector activation: it has no curve; POST a vector to /v1/activations/${act.id}/evaluate`,
      'id',
    );
  }
  checkFormulaWork(act, options.points, limits, 'points');
  const sampled = sampleCurve(act, options);
  return {
    id: act.id,
    params: encodeDeep({ ...act.params }),
    x: encodeNumbers(sampled.x),
    y: encodeNumbers(sampled.y),
    dy: encodeNumbers(sampled.dy),
  };
}
