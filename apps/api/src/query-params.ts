/**
 * Activation parameters from a query string (`?x=1,2&alpha=0.2`): every key but the ones a route
 * reads itself, each one wire number.
 */
import { parseWireNumber } from '@actlab/format';
import { ApiError } from './problem.js';

/** Query keys that the activation routes read themselves, never parameters. */
const RESERVED = new Set(['x', 'from', 'to', 'points']);

/**
 * Parameters from a query string: every key but `x`, `from`, `to` and `points`, each one number
 * (`Infinity` and friends included); anything else is a 400 naming the key.
 */
export function queryParams(query: Readonly<Record<string, unknown>>): Record<string, number> {
  const params: Record<string, number> = {};
  for (const [name, raw] of Object.entries(query)) {
    if (RESERVED.has(name)) continue;
    const value = typeof raw === 'string' ? parseWireNumber(raw.trim()) : undefined;
    if (value === undefined) {
      throw new ApiError(400, 'INVALID_REQUEST', `querystring.${name} must be a number`, name);
    }
    params[name] = value;
  }
  return params;
}
