/**
 * Pan and zoom on the plot: drag (mouse, pen or one finger) pans, two fingers pinch-zoom, the wheel
 * zooms about the pointer, and when the plot has focus the arrow keys pan, + and − zoom and 0
 * resets. A tap or click without dragging picks that x for the values table; hovering reports the
 * pointer's x for the readout. The maths of each move is in view.ts.
 */
import type { KeyboardEvent, PointerEvent, RefObject } from 'react';
import { useEffect, useRef } from 'react';
import { plotFrame } from '../canvas/line-plot.js';
import type { PlotFrame } from '../canvas/line-plot.js';
import type { View } from './view.js';
import { dragView, panView, viewCentre, zoomView } from './view.js';

/** What the gestures change. */
export interface PlotGestureHandlers {
  /** A new window (the page writes it to the URL). */
  readonly onView: (view: View) => void;
  /** Back to the default window. */
  readonly onReset: () => void;
  /** The pointer's x over the plot, or null when it leaves. */
  readonly onHover: (x: number | null) => void;
  /** A click or tap at x. */
  readonly onPick: (x: number) => void;
}

/** Zoom factor of one key press or button click. */
export const ZOOM_STEP = 1.25;

/** Share of the span one arrow key press pans by. */
const PAN_STEP = 0.1;

/** Pixels a pointer may move and still count as a click rather than a drag. */
const CLICK_SLOP = 4;

/** The plot's frame and where it is on the screen, for mapping pointer positions to data. */
function locate(
  element: HTMLElement | null,
  view: View,
): { frame: PlotFrame; rect: DOMRect } | null {
  const canvas = element?.querySelector('canvas');
  if (!canvas) return null;
  const rect = canvas.getBoundingClientRect();
  const spec = { x: [view.xmin, view.xmax], y: [view.ymin, view.ymax], series: [] } as const;
  return { frame: plotFrame(spec, rect.width, rect.height), rect };
}

interface Press {
  readonly x: number;
  readonly y: number;
}

/** Event handlers for the element wrapping the plot's canvas (which must be `ref`). */
export function usePlotGestures(
  ref: RefObject<HTMLDivElement | null>,
  view: View,
  handlers: PlotGestureHandlers,
) {
  // Handlers read the latest view and callbacks through refs so listeners stay attached once.
  const latest = useRef({ view, handlers });
  latest.current = { view, handlers };
  const pointers = useRef(new Map<number, Press>());
  const gesture = useRef<{ start: View; presses: Map<number, Press>; moved: boolean } | null>(null);

  // React's wheel listener is passive, so the page would scroll too; this one may prevent that.
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      const { view: v, handlers: h } = latest.current;
      const at = locate(element, v);
      if (!at) return;
      event.preventDefault();
      const delta = event.deltaY * (event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? 400 : 1);
      const factor = Math.exp(Math.max(-1, Math.min(1, delta * 0.002)));
      const cx = at.frame.xScale.invert(event.clientX - at.rect.left);
      const cy = at.frame.yScale.invert(event.clientY - at.rect.top);
      h.onView(zoomView(v, factor, cx, cy));
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [ref]);

  const dataX = (clientX: number): number | null => {
    const at = locate(ref.current, latest.current.view);
    return at ? at.frame.xScale.invert(clientX - at.rect.left) : null;
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    event.currentTarget.setPointerCapture?.(event.pointerId);
    pointers.current.set(event.pointerId, { x: event.clientX, y: event.clientY });
    gesture.current = {
      start: latest.current.view,
      presses: new Map(pointers.current),
      moved: false,
    };
    const x = dataX(event.clientX);
    if (x !== null) latest.current.handlers.onHover(x);
  };

  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const g = gesture.current;
    const { handlers: h } = latest.current;
    if (!g || !pointers.current.has(event.pointerId)) {
      const x = dataX(event.clientX);
      if (x !== null) h.onHover(x);
      return;
    }
    pointers.current.set(event.pointerId, { x: event.clientX, y: event.clientY });
    const at = locate(ref.current, g.start);
    if (!at) return;
    const { frame } = at;
    const [a0, b0] = [...g.presses.values()];
    const [a1, b1] = [...g.presses.keys()].map((id) => pointers.current.get(id));
    if (a0 && b0 && a1 && b1) {
      // Pinch: the span scales with the inverse of the fingers' distance, about their first midpoint.
      const d0 = Math.hypot(a0.x - b0.x, a0.y - b0.y);
      const d1 = Math.hypot(a1.x - b1.x, a1.y - b1.y);
      if (d0 < 1 || d1 < 1) return;
      g.moved = true;
      const cx = frame.xScale.invert((a0.x + b0.x) / 2 - at.rect.left);
      const cy = frame.yScale.invert((a0.y + b0.y) / 2 - at.rect.top);
      h.onView(zoomView(g.start, d0 / d1, cx, cy));
    } else if (a0 && a1) {
      const dx = a1.x - a0.x;
      const dy = a1.y - a0.y;
      if (!g.moved && Math.hypot(dx, dy) < CLICK_SLOP) return;
      g.moved = true;
      h.onView(dragView(g.start, dx, dy, frame.right - frame.left, frame.bottom - frame.top));
      const x = dataX(event.clientX);
      if (x !== null) h.onHover(x);
    }
  };

  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    const g = gesture.current;
    pointers.current.delete(event.pointerId);
    if (pointers.current.size > 0) {
      // One finger lifted from a pinch: carry on panning from here with the other.
      gesture.current = {
        start: latest.current.view,
        presses: new Map(pointers.current),
        moved: true,
      };
      return;
    }
    gesture.current = null;
    if (g && !g.moved && event.type === 'pointerup') {
      const x = dataX(event.clientX);
      if (x !== null) latest.current.handlers.onPick(x);
    }
  };

  const onPointerLeave = (event: PointerEvent<HTMLDivElement>) => {
    if (event.pointerType === 'mouse' && !gesture.current) latest.current.handlers.onHover(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const { view: v, handlers: h } = latest.current;
    const [cx, cy] = viewCentre(v);
    const moves: Record<string, () => View | null> = {
      ArrowLeft: () => panView(v, -PAN_STEP, 0),
      ArrowRight: () => panView(v, PAN_STEP, 0),
      ArrowUp: () => panView(v, 0, PAN_STEP),
      ArrowDown: () => panView(v, 0, -PAN_STEP),
      '+': () => zoomView(v, 1 / ZOOM_STEP, cx, cy),
      '=': () => zoomView(v, 1 / ZOOM_STEP, cx, cy),
      '-': () => zoomView(v, ZOOM_STEP, cx, cy),
      _: () => zoomView(v, ZOOM_STEP, cx, cy),
      '0': () => null,
    };
    const move = moves[event.key];
    if (!move || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    const next = move();
    if (next) h.onView(next);
    else h.onReset();
  };

  return {
    onPointerDown,
    onPointerMove,
    onPointerUp,
    onPointerCancel: onPointerUp,
    onPointerLeave,
    onKeyDown,
  };
}
