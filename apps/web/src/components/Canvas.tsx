/**
 * A canvas sized to its container (CSS pixels) and drawn at the device's pixel ratio, so lines are
 * sharp on phones and retina screens. The drawing itself is a plain function (src/canvas/ or beside
 * the page that owns it), called with a context already scaled to CSS pixels; the component only
 * renders and delegates. It is cheap enough to redraw every animation frame: the backing store is
 * resized only when the size changes (resizing clears and reallocates the bitmap) and the palette
 * is read only when the colour scheme changes (reading CSS variables forces a style recalculation).
 */
import type { CanvasHTMLAttributes, RefObject } from 'react';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Palette } from '../lib/theme.js';
import { readPalette } from '../lib/theme.js';

/** Draws on a context scaled to CSS pixels of `width` x `height`. */
export type DrawFunction = (
  ctx: CanvasRenderingContext2D,
  width: number,
  height: number,
  palette: Palette,
) => void;

/** Props of Canvas. */
export interface CanvasProps extends Omit<
  CanvasHTMLAttributes<HTMLCanvasElement>,
  'width' | 'height'
> {
  readonly draw: DrawFunction;
  /** Height in CSS pixels; the width follows the container. */
  readonly height: number;
  /** Fixed width in CSS pixels instead of the container's. */
  readonly width?: number;
  /** What the drawing shows, for screen readers (required: a canvas is otherwise silent). */
  readonly label: string;
}

/** The palette, re-read when the system switches between light and dark. */
function usePalette(ref: RefObject<HTMLCanvasElement | null>): Palette | null {
  const [palette, setPalette] = useState<Palette | null>(null);
  useLayoutEffect(() => {
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    const read = () => setPalette(readPalette(ref.current ?? undefined));
    read();
    query.addEventListener('change', read);
    return () => query.removeEventListener('change', read);
  }, [ref]);
  return palette;
}

/** A responsive, HiDPI canvas drawn by `draw` whenever it (or the size or theme) changes. */
export function Canvas({ draw, height, width, label, ...rest }: CanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const [measured, setMeasured] = useState(width ?? 300);
  const palette = usePalette(ref);
  useLayoutEffect(() => {
    if (width !== undefined) return;
    const parent = ref.current?.parentElement;
    if (!parent) return;
    const measure = () => setMeasured(Math.max(100, Math.floor(parent.clientWidth)));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(parent);
    return () => observer.disconnect();
  }, [width]);
  const cssWidth = width ?? measured;
  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx || !palette) return;
    const ratio = window.devicePixelRatio || 1;
    const w = Math.round(cssWidth * ratio);
    const h = Math.round(height * ratio);
    if (canvas.width !== w) canvas.width = w;
    if (canvas.height !== h) canvas.height = h;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, cssWidth, height);
    draw(ctx, cssWidth, height, palette);
  }, [draw, cssWidth, height, palette]);
  return (
    <canvas
      ref={ref}
      role="img"
      aria-label={label}
      style={{ width: `${cssWidth}px`, height: `${height}px` }}
      {...rest}
    />
  );
}
