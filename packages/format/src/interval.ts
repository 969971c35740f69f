/**
 * Intervals in the usual notation, `(0, ∞)` or `[-1, 1]`: an activation's output range or a
 * parameter's valid range, for the terminal, the web page and the CLI's exact listing alike.
 */
import type { Interval } from '@actlab/core';
import { formatExact, formatNumber, withMinus } from './number.js';

/** How an interval's ends are written; every field is optional. */
export interface IntervalStyle {
  /** Significant digits of finite ends (default 6), or `'exact'` for the shortest round-trip text. */
  readonly digits?: number | 'exact';
  /** The minus sign: ASCII `-` (default) or the true minus `−`. */
  readonly minus?: '-' | '−';
  /** How infinite ends are written: `∞` (default) or `Infinity`, as JavaScript prints it. */
  readonly infinity?: '∞' | 'Infinity';
}

/**
 * `interval` as `[a, b]`, `(a, b)` or a mix: a bracket where the end is included, a parenthesis
 * where it is not, and always a parenthesis at an infinite end (no real number reaches it).
 */
export function formatInterval(interval: Interval, style: IntervalStyle = {}): string {
  const open = interval.minInclusive && Number.isFinite(interval.min) ? '[' : '(';
  const close = interval.maxInclusive && Number.isFinite(interval.max) ? ']' : ')';
  return `${open}${end(interval.min, style)}, ${end(interval.max, style)}${close}`;
}

function end(x: number, style: IntervalStyle): string {
  const minus = style.minus ?? '-';
  if (!Number.isFinite(x) && !Number.isNaN(x)) {
    const word = style.infinity ?? '∞';
    return x > 0 ? word : `${minus}${word}`;
  }
  // -0 reads as 0 in a range, as String(-0) does in core's formatRange.
  if (style.digits === 'exact') return withMinus(formatExact(x === 0 ? 0 : x), minus);
  return formatNumber(x, style.digits ?? 6, { minus });
}
