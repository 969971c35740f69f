/**
 * Numbers as people read them: significant digits (at least 8 where the issue asks for exact
 * values), exponent notation for very small or large magnitudes, and words for non-finite ones.
 */

/** `x` with `digits` significant digits (default 10), trailing zeros kept off, -0 shown as 0. */
export function formatNumber(x: number, digits = 10): string {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return '∞';
  if (x === -Infinity) return '−∞';
  if (x === 0) return '0';
  const magnitude = Math.abs(x);
  if (magnitude < 1e-4 || magnitude >= 1e9) {
    const [mantissa, exponent] = x.toExponential(digits - 1).split('e');
    return `${trimZeros(mantissa as string)}e${exponent}`;
  }
  return trimZeros(x.toPrecision(digits));
}

/** Removes trailing zeros after a decimal point (and the point when nothing is left). */
function trimZeros(s: string): string {
  return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}

/** A share as a percentage with `decimals` places, e.g. 0.83827 -> "83.83%". */
export function formatPercent(p: number, decimals = 2): string {
  return `${(p * 100).toFixed(decimals)}%`;
}
