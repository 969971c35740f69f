/**
 * Numbers from a query string (`?x=1,2&alpha=0.2`, `?from=-2&to=2`). Queries are never coerced by
 * the schemas (app.ts): every value arrives as a string and is read here by @actlab/format's
 * `parseWireNumber`, the same set of numbers a body's `WireNumber` accepts (schemas/common.ts):
 * a JSON number literal or "Infinity", "-Infinity", "NaN", exactly (no spaces, no `+`, no hex).
 */
import { parseWireNumber } from '@actlab/format';
import { ApiError } from './problem.js';

/** Query keys that the activation routes read themselves, never parameters. */
const RESERVED = new Set(['x', 'from', 'to', 'points']);

/** A 400 naming query key `name`, which must be `what`. */
function invalid(name: string, what: string): ApiError {
  return new ApiError(400, 'INVALID_REQUEST', `querystring.${name} must be ${what}`, name);
}

/** The wire number of query value `raw` at key `name`; a 400 naming the key otherwise. */
function wireNumberAt(name: string, raw: unknown): number {
  const value = typeof raw === 'string' ? parseWireNumber(raw) : undefined;
  if (value === undefined) {
    throw invalid(name, 'a number (as JSON writes it, or Infinity, -Infinity, NaN)');
  }
  return value;
}

/**
 * Parameters from a query string: every key but `x`, `from`, `to` and `points`, each one wire
 * number (`Infinity` and friends included); anything else is a 400 naming the key.
 */
export function queryParams(query: Readonly<Record<string, unknown>>): Record<string, number> {
  const params: Record<string, number> = {};
  for (const [name, raw] of Object.entries(query)) {
    if (RESERVED.has(name)) continue;
    params[name] = wireNumberAt(name, raw);
  }
  return params;
}

/** Samples a curve takes by default, and at most (core's `MAX_CURVE_POINTS`). */
const CURVE_POINTS = { default: 200, min: 2, max: 10_000 } as const;

/**
 * `from`, `to` and `points` of a curve's query, with their defaults (-6, 6, 200): `from` and `to`
 * wire numbers (their range is the curve's to judge), `points` an integer from 2 to 10,000; a 400
 * naming the key otherwise.
 */
export function curveQuery(query: {
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly points?: string | undefined;
}): { readonly from: number; readonly to: number; readonly points: number } {
  const from = query.from === undefined ? -6 : wireNumberAt('from', query.from);
  const to = query.to === undefined ? 6 : wireNumberAt('to', query.to);
  const points = query.points === undefined ? CURVE_POINTS.default : Number(query.points);
  if (
    query.points !== undefined &&
    !(
      /^\d+$/.test(query.points) &&
      Number.isInteger(points) &&
      points >= CURVE_POINTS.min &&
      points <= CURVE_POINTS.max
    )
  ) {
    throw invalid('points', `an integer from ${CURVE_POINTS.min} to ${CURVE_POINTS.max}`);
  }
  return { from, to, points };
}
