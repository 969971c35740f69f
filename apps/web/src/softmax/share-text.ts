/** Probabilities as the page prints them: percentages, with exact zeros and tiny values told apart. */
import { formatNumber, formatPercent, withMinus } from '@actlab/format';
import { PROSE_STYLE } from '../lib/number-style.js';

/**
 * A share as a percentage with two decimals ("83.83%"). Exactly 0 prints "0%", and a positive value
 * that would round to 0.00% prints "< 0.01%", because softmax is never exactly 0 and sparsemax
 * often is: the difference is the point of showing them side by side.
 */
export function percentText(p: number): string {
  if (!Number.isFinite(p)) return formatNumber(p, 10, PROSE_STYLE);
  if (p === 0) return '0%';
  if (p > 0 && p < 0.00005) return '< 0.01%';
  return withMinus(formatPercent(p), '−');
}

/** A number for the tables: `digits` significant digits, true minus signs, words for non-finite. */
export function numberText(x: number, digits = 6): string {
  if (x === Infinity) return 'Infinity';
  return formatNumber(x, digits, PROSE_STYLE);
}
