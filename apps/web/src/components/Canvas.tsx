/**
 * A canvas sized to its container (CSS pixels) and drawn at the device's pixel ratio, so lines are
 * sharp on phones and retina screens. The drawing itself is a plain function (src/canvas/), called
 * with a context already scaled to CSS pixels; the component only renders and delegates.
 */
import type { CanvasHTMLAttributes } from 'react';
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

/** Re-renders when the system switches between light and dark. */
function useColorScheme(): boolean {
  const [dark, setDark] = useState(() => window.matchMedia('(prefers-color-scheme: dark)').matches);
  useEffect(() => {
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    const onChange = () => setDark(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  return dark;
}

/** A responsive, HiDPI canvas drawn by `draw`. */
export function Canvas({ draw, height, width, label, ...rest }: CanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const [measured, setMeasured] = useState(width ?? 300);
  const dark = useColorScheme();
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
    if (!canvas || !ctx) return;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.round(cssWidth * ratio);
    canvas.height = Math.round(height * ratio);
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, cssWidth, height);
    draw(ctx, cssWidth, height, readPalette(canvas));
  }, [draw, cssWidth, height, dark]);
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
