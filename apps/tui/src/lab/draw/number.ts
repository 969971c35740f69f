/**
 * Numbers as the terminal shows them: significant digits (10 by default, so f(x) and f'(x) carry
 * at least the 8 the lab promises), exponent notation for very small or large magnitudes, and
 * words for non-finite values.
 */

/** `x` with `digits` significant digits, trailing zeros dropped, -0 shown as 0. */
export function formatNumber(x: number, digits = 10): string {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return '∞';
  if (x === -Infinity) return '-∞';
  if (x === 0) return '0';
  const magnitude = Math.abs(x);
  if (magnitude < 1e-4 || magnitude >= 1e9) {
    const [mantissa, exponent] = x.toExponential(digits - 1).split('e');
    return `${trimZeros(mantissa as string)}e${exponent}`;
  }
  return trimZeros(x.toPrecision(digits));
}

/** A short label for an axis tick: 3 significant digits. */
export function formatTick(x: number): string {
  return formatNumber(x, 3);
}

/** A share as a percentage with two decimals, e.g. 0.838273 -> "83.83%". */
export function formatPercent(p: number, decimals = 2): string {
  return `${(p * 100).toFixed(decimals)}%`;
}

/**
 * Reads a number typed by a person: decimals, exponents, `inf`/`infinity`/`∞` with a sign.
 * Returns undefined for anything else (the caller names the problem).
 */
export function parseTyped(text: string): number | undefined {
  const t = text.trim().toLowerCase().replace(/^\+/, '');
  if (/^-?(inf|infinity|∞)$/.test(t)) return t.startsWith('-') ? -Infinity : Infinity;
  if (t === '' || !/^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(t)) return undefined;
  return Number(t);
}

function trimZeros(s: string): string {
  return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}

/** An interval such as a valid range, e.g. `(0, ∞)` or `[-1, 1]`. */
export function formatInterval(i: {
  readonly min: number;
  readonly max: number;
  readonly minInclusive: boolean;
  readonly maxInclusive: boolean;
}): string {
  const lo = formatNumber(i.min, 6);
  const hi = formatNumber(i.max, 6);
  return `${i.minInclusive ? '[' : '('}${lo}, ${hi}${i.maxInclusive ? ']' : ')'}`;
}
