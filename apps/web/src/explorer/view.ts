/**
 * The visible window of the plot and how gestures move it: read from `xmin`, `xmax`, `ymin`,
 * `ymax` in the query (y fitted to the curves when absent), panned by a share of the span or by
 * pixels, zoomed about a point, and written back rounded so links stay readable.
 */
import { numberParam } from '../lib/query.js';
import type { QueryPatch } from '../lib/url-state.js';
import type { Notice } from './selection.js';

/** A window in data coordinates, xmin < xmax and ymin < ymax. */
export interface View {
  readonly xmin: number;
  readonly xmax: number;
  readonly ymin: number;
  readonly ymax: number;
}

/** The x window when the link gives none: wide enough for every saturation zone of the classics. */
export const DEFAULT_X_RANGE: readonly [number, number] = [-6, 6];

/** Smallest span of either axis: below it float64 samples would no longer draw a smooth curve. */
export const MIN_SPAN = 1e-6;
/** Largest span of either axis: beyond it the interesting part of every curve is a pixel wide. */
const MAX_SPAN = 1e6;

/** What the query says about the window; `y` is undefined when the curves should set it. */
export interface ViewQuery {
  /** The link's x window, or DEFAULT_X_RANGE when it gives none (see `xFromLink`). */
  readonly x: readonly [number, number];
  /** Whether the link gave the x window; when not, the page fits it to the functions (`fitX`). */
  readonly xFromLink: boolean;
  readonly y: readonly [number, number] | undefined;
  readonly notices: readonly Notice[];
}

/** Reads the window from the query, falling back (with a notice) on missing or inconsistent ends. */
export function readView(query: URLSearchParams): ViewQuery {
  const notices: Notice[] = [];
  const pair = (lo: string, hi: string, fallback: readonly [number, number] | undefined) => {
    const a = query.get(lo);
    const b = query.get(hi);
    if (a === null && b === null) return fallback;
    const min = numberParam(a, NaN);
    const max = numberParam(b, NaN);
    const span = max - min;
    if (!(span >= MIN_SPAN && span <= MAX_SPAN)) {
      notices.push({
        text: `The link's ${lo}=${a ?? ''} and ${hi}=${b ?? ''} do not make a window (both numbers, ${lo} < ${hi}), so the default is shown.`,
      });
      return fallback;
    }
    return [min, max] as const;
  };
  const given = pair('xmin', 'xmax', undefined);
  const y = pair('ymin', 'ymax', undefined);
  return { x: given ?? DEFAULT_X_RANGE, xFromLink: given !== undefined, y, notices };
}

/**
 * An x window for functions whose kinks are at `kinks`: DEFAULT_X_RANGE, widened so every kink
 * (the thresholded ReLU's T = 10, a hard tanh clipping at 8) has room on both sides, a quarter of
 * its distance from 0 and at least 2, so both branches of each are drawn.
 */
export function fitX(kinks: readonly number[]): [number, number] {
  let [lo, hi] = DEFAULT_X_RANGE;
  for (const k of kinks) {
    if (!Number.isFinite(k) || Math.abs(k) > MAX_SPAN / 4) continue;
    const room = Math.max(2, Math.abs(k) / 4);
    lo = Math.min(lo, k - room);
    hi = Math.max(hi, k + room);
  }
  return [lo, hi];
}

/**
 * A y window that shows every finite value in `series` and the x axis (y = 0), with a little room
 * above and below; values beyond ±1e6 are left out so one exploding curve cannot flatten the rest.
 */
export function fitY(series: readonly ArrayLike<number>[]): [number, number] {
  let lo = 0;
  let hi = 0;
  for (const ys of series) {
    for (let i = 0; i < ys.length; i++) {
      const y = ys[i] as number;
      if (!Number.isFinite(y) || Math.abs(y) > 1e6) continue;
      if (y < lo) lo = y;
      if (y > hi) hi = y;
    }
  }
  if (hi - lo < 1e-9) return [-1, 1];
  const pad = (hi - lo) * 0.08;
  return [lo - pad, hi + pad];
}

/** The window moved by shares of its span (0.1 = a tenth to the right / up). */
export function panView(view: View, dxShare: number, dyShare: number): View {
  const dx = (view.xmax - view.xmin) * dxShare;
  const dy = (view.ymax - view.ymin) * dyShare;
  return { xmin: view.xmin + dx, xmax: view.xmax + dx, ymin: view.ymin + dy, ymax: view.ymax + dy };
}

/**
 * The window dragged by a pointer that moved `dx`, `dy` CSS pixels over a plotting area of
 * `width` x `height` pixels: the content follows the pointer (screen y grows downwards).
 */
export function dragView(view: View, dx: number, dy: number, width: number, height: number): View {
  return panView(view, -dx / Math.max(1, width), dy / Math.max(1, height));
}

/**
 * The window scaled by `factor` about the data point (cx, cy), which stays where it is on the
 * screen; factor < 1 zooms in. Spans stay within MIN_SPAN and MAX_SPAN.
 */
export function zoomView(view: View, factor: number, cx: number, cy: number): View {
  const scale = (lo: number, hi: number, c: number): [number, number] => {
    const span = hi - lo;
    const k = Math.min(MAX_SPAN / span, Math.max(MIN_SPAN / span, factor));
    return [c + (lo - c) * k, c + (hi - c) * k];
  };
  const [xmin, xmax] = scale(view.xmin, view.xmax, cx);
  const [ymin, ymax] = scale(view.ymin, view.ymax, cy);
  return { xmin, xmax, ymin, ymax };
}

/** The window's centre, the natural point to zoom about from the keyboard or the buttons. */
export function viewCentre(view: View): [number, number] {
  return [(view.xmin + view.xmax) / 2, (view.ymin + view.ymax) / 2];
}

/**
 * The query patch for `view`, each end rounded to about a thousandth of its span: enough for the
 * pixels, and short in a link (-6 rather than -6.000000000000001).
 */
export function viewPatch(view: View): QueryPatch {
  const round = (v: number, span: number) => String(roundToSpan(v, span));
  const xs = view.xmax - view.xmin;
  const ys = view.ymax - view.ymin;
  return {
    xmin: round(view.xmin, xs),
    xmax: round(view.xmax, xs),
    ymin: round(view.ymin, ys),
    ymax: round(view.ymax, ys),
  };
}

/** The patch that goes back to the default window (y fitted to the curves again). */
export const RESET_VIEW_PATCH: QueryPatch = { xmin: null, xmax: null, ymin: null, ymax: null };

/** `x` rounded to about a thousandth of `span`, for an x picked with the pointer. */
export function roundToSpan(x: number, span: number): number {
  const unit = 10 ** Math.floor(Math.log10(span / 1000));
  return Number((Math.round(x / unit) * unit).toPrecision(12));
}
