/** The weighted sum written out with the actual numbers, as the page prints it. */
import { formatNumber } from '@actlab/format';
import { PROSE_STYLE } from '../lib/number-style.js';
import { subscript } from './neuron-diagram.js';

/** A number for the written-out sum: 4 significant digits, true minus signs, negatives in brackets. */
function shown(x: number): string {
  const text = formatNumber(x, 4, PROSE_STYLE);
  return x < 0 ? `(${text})` : text;
}

/** The symbolic sum for `n` inputs, e.g. "z = w₁x₁ + w₂x₂ + b". */
export function symbolicSum(n: number): string {
  const terms = Array.from({ length: n }, (_, i) => `w${subscript(i + 1)}x${subscript(i + 1)}`);
  return `z = ${[...terms, 'b'].join(' + ')}`;
}

/**
 * The sum with numbers in: "= 0.6 × 1 + 0.4 × 0.5 + 0.2 × (−1) + (−0.1)", then the products
 * "= 0.6 + 0.2 + (−0.2) + (−0.1)" and the total "= 0.5", one string per line.
 */
export function numericSum(
  inputs: readonly number[],
  weights: readonly number[],
  bias: number,
  terms: readonly number[],
  z: number,
): string[] {
  const products = inputs.map((x, i) => `${shown(weights[i] ?? 0)} × ${shown(x)}`);
  return [
    `= ${[...products, shown(bias)].join(' + ')}`,
    `= ${[...terms.map(shown), shown(bias)].join(' + ')}`,
    `= ${formatNumber(z, 6, PROSE_STYLE)}`,
  ];
}
