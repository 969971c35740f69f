/**
 * The legend of the regression heatmap, as TensorFlow Playground shows it: a bar running from
 * orange at -1 through the background at 0 to blue at 1, with those three values written under
 * it. Pure drawing, on the same scale as `valueColor`.
 */
import type { Palette } from '../../lib/theme.js';
import { classColors, parseColor, valueColor } from '../colors.js';

/** The values written under the bar. */
export const LEGEND_TICKS = [-1, 0, 1] as const;

/** Height of the bar; the tick labels go under it. */
const BAR_HEIGHT = 10;

/** Where value `v` in [-1, 1] sits along a bar from `left` to `left + width`. */
export function legendX(v: number, left: number, width: number): number {
  return left + ((Math.max(-1, Math.min(1, v)) + 1) / 2) * width;
}

/** Draws the legend across the canvas, one 1-px column per step of the scale. */
export function drawValueLegend(
  ctx: CanvasRenderingContext2D,
  width: number,
  height: number,
  palette: Palette,
): void {
  const colors = classColors(palette, 2);
  const background = parseColor(palette.background);
  const left = 12;
  const bar = Math.max(10, width - 2 * left);
  for (let i = 0; i < bar; i++) {
    const c = valueColor((2 * (i + 0.5)) / bar - 1, colors, background);
    ctx.fillStyle = `rgb(${Math.round(c[0])}, ${Math.round(c[1])}, ${Math.round(c[2])})`;
    ctx.fillRect(left + i, 0, 1, BAR_HEIGHT);
  }
  ctx.strokeStyle = palette.axis;
  ctx.lineWidth = 1;
  ctx.strokeRect(left + 0.5, 0.5, bar - 1, BAR_HEIGHT - 1);
  ctx.fillStyle = palette.text;
  ctx.font = '11px system-ui, sans-serif';
  ctx.textBaseline = 'top';
  ctx.textAlign = 'center';
  for (const tick of LEGEND_TICKS) {
    ctx.fillText(String(tick), legendX(tick, left, bar), Math.min(BAR_HEIGHT + 2, height - 12));
  }
}
