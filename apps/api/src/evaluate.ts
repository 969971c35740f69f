/**
 * Evaluation as the routes answer it: f and f' (or f and the Jacobian) of a catalog activation,
 * numbers encoded for the wire, with the API's array limits checked before any work is done.
 */
import { activation, sampleCurve } from '@actlab/core';
import type { WireNumber } from '@actlab/format';
import { encodeDeep, encodeNumbers } from '@actlab/format';
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
 * Evaluates activation `name` (id or alias) with `params` at `xs`. Throws the core's errors for an
 * unknown id or bad parameters, and a 413 ApiError when `xs` is over the limit for its kind.
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

/** A curve of f and f' for plotting; vector activations have none (INVALID_ARGUMENT, 422). */
export function curve(
  name: string,
  params: Readonly<Record<string, number>> | undefined,
  options: { readonly from: number; readonly to: number; readonly points: number },
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
  const sampled = sampleCurve(act, options);
  return {
    id: act.id,
    params: encodeDeep({ ...act.params }),
    x: encodeNumbers(sampled.x),
    y: encodeNumbers(sampled.y),
    dy: encodeNumbers(sampled.dy),
  };
}
