/**
 * The legend mark of the i-th curve of a lesson figure: its colour (the theme's series colour, as
 * on the canvas) and its dash pattern, so a curve is never told apart by colour alone.
 */
import { DASHES } from './curve-chart.js';

/** Series colours the theme defines (--series-0 to --series-5), cycled. */
const SERIES_COUNT = 6;

/** A short line drawn as curve `index` is drawn. */
export function LineSwatch({ index }: { readonly index: number }) {
  return (
    <svg width="28" height="10" aria-hidden="true">
      <line
        x1="0"
        y1="5"
        x2="28"
        y2="5"
        strokeWidth="2"
        style={{ stroke: `var(--series-${index % SERIES_COUNT})` }}
        strokeDasharray={(DASHES[index % DASHES.length] ?? []).join(' ') || undefined}
      />
    </svg>
  );
}
