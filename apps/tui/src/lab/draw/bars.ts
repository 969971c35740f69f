/**
 * Horizontal bars in block characters with eighth-cell resolution, on a linear or a log scale.
 * The bar's length carries the value; callers print the number beside it, so the reading never
 * depends on colour.
 */

const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'] as const;

/** A bar `fraction` (clamped to [0, 1]) of `width` cells long, padded with spaces to `width`. */
export function bar(fraction: number, width: number): string {
  const f = Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0;
  const eighths = Math.round(f * width * 8);
  const full = Math.floor(eighths / 8);
  const text = '█'.repeat(full) + EIGHTHS[eighths % 8];
  return text.padEnd(width);
}

/**
 * A bar for `value` on a log scale from 10^minExp (empty) to 10^maxExp (full), for quantities
 * spanning many decades such as gradient norms. Zero and negative values give an empty bar.
 */
export function logBar(value: number, minExp: number, maxExp: number, width: number): string {
  if (!(value > 0)) return bar(0, width);
  return bar((Math.log10(value) - minExp) / (maxExp - minExp), width);
}
