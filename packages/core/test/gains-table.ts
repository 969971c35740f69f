/**
 * The committed mpmath table of Gaussian moments and variance-preserving gains
 * (reference/gains.json, written by reference/gains.py).
 */
import { readFileSync } from 'node:fs';

/** E[f(sqrt(q) z)^2] (m2) and E[f'(sqrt(q) z)^2] (d2), z ~ N(0, 1), as 30-digit strings. */
export interface Moment {
  readonly q: number;
  readonly m2: string;
  readonly d2: string;
}

/** One scalar activation at its default parameters. */
export interface GainRow {
  readonly id: string;
  readonly params: Record<string, number>;
  readonly moments: readonly Moment[];
  /** 1 / sqrt(E[f(z)^2]) to 30 digits. */
  readonly variancePreserving: string;
  /** The same, as the nearest double (the catalog literal). */
  readonly variancePreservingDouble: number;
}

/** Every row, in catalog order. */
export const gainRows = (
  JSON.parse(readFileSync(new URL('../reference/gains.json', import.meta.url), 'utf8')) as {
    activations: GainRow[];
  }
).activations;

/** The row of one id; throws if the table lacks it. */
export function gainRow(id: string): GainRow {
  const row = gainRows.find((r) => r.id === id);
  if (row === undefined) throw new Error(`reference/gains.json has no row for ${id}`);
  return row;
}

/** |a - b| / |b| (0 when both are 0). */
export function relativeError(a: number, b: number): number {
  return a === b ? 0 : Math.abs(a - b) / Math.abs(b);
}
