/**
 * Numbers as people read them: a fixed count of significant digits with trailing zeros dropped,
 * exponent notation for very small or very large magnitudes, ∞ for infinities, and the choice of
 * minus sign (the terminal keeps ASCII `-`, prose on the web uses the true minus `−`).
 */

/** How signs are written; every field is optional and defaults to ASCII. */
export interface NumberStyle {
  /** The character of every minus sign of a finite number (the sign and the exponent's). */
  readonly minus?: '-' | '−';
  /** The sign of -∞; by default the same as `minus` (the web writes `−∞` but keeps `-` elsewhere). */
  readonly infinityMinus?: '-' | '−';
}

/** The magnitudes at and beyond which exponent notation is used (below the first, from the second). */
const PLAIN_FROM = 1e-4;
const PLAIN_BELOW = 1e9;

/**
 * `x` with `digits` significant digits (default 10, so values carry the 8 digits the lab promises
 * with room to spare): trailing zeros dropped, -0 shown as 0, `NaN`, `∞` and `-∞` (sign as
 * `style` says), exponent notation (`1.2e-7`, `-1.5e+12`) below 1e-4 and from 1e9 on.
 */
export function formatNumber(x: number, digits = 10, style: NumberStyle = {}): string {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return '∞';
  if (x === -Infinity) return `${style.infinityMinus ?? style.minus ?? '-'}∞`;
  if (x === 0) return '0';
  const magnitude = Math.abs(x);
  let text: string;
  if (magnitude < PLAIN_FROM || magnitude >= PLAIN_BELOW) {
    const [mantissa, exponent] = x.toExponential(digits - 1).split('e');
    text = `${trimZeros(mantissa as string)}e${exponent}`;
  } else {
    text = trimZeros(x.toPrecision(digits));
  }
  return withMinus(text, style.minus);
}

/** A short label for an axis tick: 3 significant digits. */
export function formatTick(x: number, style: NumberStyle = {}): string {
  return formatNumber(x, 3, style);
}

/** A share as a percentage with `decimals` places (default 2), e.g. 0.838273 -> "83.83%". */
export function formatPercent(p: number, decimals = 2): string {
  return `${(p * 100).toFixed(decimals)}%`;
}

/**
 * `x` exactly: the shortest text that reads back as the same double (`0.1`, `1e-7`, `Infinity`),
 * with -0 kept visible as `-0`; for output a person may paste back in.
 */
export function formatExact(x: number): string {
  return Object.is(x, -0) ? '-0' : String(x);
}

/** `text` with its ASCII minus signs written as `minus`. */
export function withMinus(text: string, minus: '-' | '−' = '-'): string {
  return minus === '-' ? text : text.replace(/-/g, minus);
}

/** Removes trailing zeros after a decimal point (and the point when nothing is left). */
function trimZeros(s: string): string {
  return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}
