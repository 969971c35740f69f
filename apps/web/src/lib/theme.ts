/**
 * Colours for canvas drawings, read from the CSS custom properties of styles.css so that light and
 * dark themes (which follow the system) apply to canvases as to the rest of the page.
 */

/** The palette every drawing uses. */
export interface Palette {
  readonly background: string;
  readonly text: string;
  readonly muted: string;
  readonly grid: string;
  readonly axis: string;
  /** Series colours, in order: f, f', then overlays. */
  readonly series: readonly string[];
  /** Positive and negative (weights, classes): blue and orange, distinguishable with colour blindness. */
  readonly positive: string;
  readonly negative: string;
  /** Shading of saturation zones. */
  readonly shade: string;
}

const FALLBACK: Palette = {
  background: '#ffffff',
  text: '#111827',
  muted: '#6b7280',
  grid: '#e5e7eb',
  axis: '#9ca3af',
  series: ['#2563eb', '#d97706', '#059669', '#db2777', '#7c3aed', '#0891b2'],
  positive: '#2563eb',
  negative: '#ea580c',
  shade: 'rgba(234, 88, 12, 0.12)',
};

/** The current palette (the fallback outside a browser or before styles load). */
export function readPalette(element: Element = document.documentElement): Palette {
  if (typeof getComputedStyle !== 'function') return FALLBACK;
  const style = getComputedStyle(element);
  const v = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    background: v('--bg', FALLBACK.background),
    text: v('--fg', FALLBACK.text),
    muted: v('--muted', FALLBACK.muted),
    grid: v('--grid', FALLBACK.grid),
    axis: v('--axis', FALLBACK.axis),
    series: FALLBACK.series.map((c, i) => v(`--series-${i}`, c)),
    positive: v('--positive', FALLBACK.positive),
    negative: v('--negative', FALLBACK.negative),
    shade: v('--shade', FALLBACK.shade),
  };
}
