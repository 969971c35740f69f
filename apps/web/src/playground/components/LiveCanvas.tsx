/**
 * A canvas for pictures that change every animation frame (the heatmap, the diagram, the charts).
 * Like the shared Canvas (HiDPI, width from the container, a plain draw function), but it resizes
 * the backing store only when the size changes and reads the palette only when the colour scheme
 * changes: resizing clears and reallocates the bitmap, and reading CSS variables forces a style
 * recalculation, both too costly sixty times a second.
 */
import type { CanvasHTMLAttributes } from 'react';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { DrawFunction } from '../../components/Canvas.js';
import type { Palette } from '../../lib/theme.js';
import { readPalette } from '../../lib/theme.js';

/** Props of LiveCanvas. */
export interface LiveCanvasProps extends Omit<
  CanvasHTMLAttributes<HTMLCanvasElement>,
  'width' | 'height'
> {
  readonly draw: DrawFunction;
  /** Height in CSS pixels; the width follows the container. */
  readonly height: number;
  /** What the drawing shows, for screen readers. */
  readonly label: string;
}

/** The palette, re-read when the system switches between light and dark. */
function usePalette(ref: React.RefObject<HTMLCanvasElement | null>): Palette | null {
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

/** A responsive HiDPI canvas redrawn cheaply whenever `draw` changes. */
export function LiveCanvas({ draw, height, label, ...rest }: LiveCanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const [width, setWidth] = useState(300);
  const palette = usePalette(ref);
  useLayoutEffect(() => {
    const parent = ref.current?.parentElement;
    if (!parent) return;
    const measure = () => setWidth(Math.max(100, Math.floor(parent.clientWidth)));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(parent);
    return () => observer.disconnect();
  }, []);
  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx || !palette) return;
    const ratio = window.devicePixelRatio || 1;
    const w = Math.round(width * ratio);
    const h = Math.round(height * ratio);
    if (canvas.width !== w) canvas.width = w;
    if (canvas.height !== h) canvas.height = h;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    draw(ctx, width, height, palette);
  }, [draw, width, height, palette]);
  return (
    <canvas
      ref={ref}
      role="img"
      aria-label={label}
      style={{ width: `${width}px`, height: `${height}px` }}
      {...rest}
    />
  );
}
