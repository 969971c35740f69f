/**
 * Editing a weight on the diagram: dragging a connection up or down changes its weight, a unit its
 * bias; arrow keys do the same for keyboards. Pure mappings from pointer travel and key presses to
 * values, rounded to a readable step and kept within the range the page accepts.
 */

/** Weight change per pixel of vertical drag (100 px moves a weight by 1). */
const DRAG_PER_PIXEL = 0.01;
/** Change per arrow key press. */
const KEY_STEP = 0.1;
/** Change per arrow key press with Shift held. */
const FINE_KEY_STEP = 0.01;
/** Largest magnitude a dragged or nudged weight takes (larger ones are typed). */
export const DRAG_LIMIT = 10;

/**
 * The range a handle moves in from `start`: ±DRAG_LIMIT, widened to include a larger value that
 * was typed, so grabbing it never makes it jump to the limit (it can only move back inside).
 */
export function dragRange(start: number): { readonly min: number; readonly max: number } {
  return { min: Math.min(-DRAG_LIMIT, start), max: Math.max(DRAG_LIMIT, start) };
}

/**
 * `x` rounded to hundredths (no float noise like 0.30000000000000004) and clamped to the range
 * of a handle that started at `start` (±DRAG_LIMIT for an ordinary value).
 */
export function tidy(x: number, start = 0): number {
  const { min, max } = dragRange(start);
  const rounded = Math.round(x * 100) / 100;
  return Math.min(max, Math.max(min, rounded === 0 ? 0 : rounded));
}

/** The value after dragging `dy` CSS pixels downward from a start value (up increases it). */
export function draggedValue(start: number, dy: number): number {
  return tidy(start - dy * DRAG_PER_PIXEL, start);
}

/**
 * The value after a key press, or undefined for keys that do not change it: Up/Right raise, Down/Left
 * lower, by 0.1 (0.01 with Shift); Home sets 0.
 */
export function keyedValue(value: number, key: string, shift: boolean): number | undefined {
  const step = shift ? FINE_KEY_STEP : KEY_STEP;
  if (key === 'ArrowUp' || key === 'ArrowRight') return tidy(value + step, value);
  if (key === 'ArrowDown' || key === 'ArrowLeft') return tidy(value - step, value);
  if (key === 'Home') return 0;
  return undefined;
}
