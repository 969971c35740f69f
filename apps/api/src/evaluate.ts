/**
 * Evaluation as the routes answer it: f and f' (or f and the Jacobian) of a catalog activation or
 * a typed formula (a `formula:` name), numbers encoded for the wire, with the API's array limits
 * and cost (cost.ts: the answer's size and the work) checked before any work is done.
 */
import type { Activation } from '@actlab/core';
import { activation, sampleCurve } from '@actlab/core';
import type { WireNumber } from '@actlab/format';
import { encodeDeep, encodeNumbers } from '@actlab/format';
import { checkCost, curveCost, evaluateCost } from './cost.js';
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

/** Work units of one evaluation of `act`: a formula's estimated cost, 1 for a catalog kernel. */
function perValue(act: Activation): number {
  const formula = formulaActivation(act);
  return formula === undefined ? 1 : formulaCost(formula.definition.tree);
}

/**
 * Evaluates activation `name` (id, alias or `formula:` text) with `params` at `xs`. Throws the
 * core's errors for an unknown id, a formula that does not parse or bad parameters, a 413 ApiError
 * when `xs` is over the limit for its kind or the answer (a Jacobian's n x n) would be too large,
 * and a 422 when a formula's work is over the limit.
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
  // Before anything is computed: a Jacobian of n inputs is n x n numbers.
  checkCost(evaluateCost(act.kind, xs.length, perValue(act)), limits);
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
 * A 422 INVALID_ARGUMENT unless [from, to] is a finite range whose width is finite too: from=-1e308
 * and to=1e308 are each finite, but their difference overflows to Infinity, and every sample would
 * be NaN or one end.
 */
function checkWidth(from: number, to: number): void {
  if (!(Number.isFinite(from) && Number.isFinite(to) && from < to)) {
    throw new ApiError(
      422,
      'INVALID_ARGUMENT',
      `the range must be finite with from < to, got from=${from}, to=${to}`,
      Number.isFinite(from) ? 'to' : 'from',
    );
  }
  if (!Number.isFinite(to - from)) {
    throw new ApiError(
      422,
      'INVALID_ARGUMENT',
      `to - from overflows (from=${from}, to=${to}); the range must be at most ` +
        `${Number.MAX_VALUE} wide`,
      'to',
    );
  }
}

/**
 * A curve of f and f' for plotting; vector activations have none (INVALID_ARGUMENT, 422), nor does
 * a range whose width overflows. A formula's curve is bounded by the forward-work limit like its
 * evaluation.
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
  checkWidth(options.from, options.to);
  const kinks = act.kinks.filter((k) => k.x > options.from && k.x < options.to).length;
  checkCost(curveCost(options.points, kinks, perValue(act)), limits);
  const sampled = sampleCurve(act, options);
  return {
    id: act.id,
    params: encodeDeep({ ...act.params }),
    x: encodeNumbers(sampled.x),
    y: encodeNumbers(sampled.y),
    dy: encodeNumbers(sampled.dy),
  };
}
