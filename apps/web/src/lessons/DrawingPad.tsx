/**
 * A square pad to draw a digit on with a mouse, pen or finger (pointer events). After each stroke
 * the drawing is turned into an MNIST-style 28 x 28 input and handed to `onInput`. It can also
 * show a given image (a test digit), which keyboard users pick with a button beside the pad.
 */
import { useEffect, useRef } from 'react';
import type { PointerEvent } from 'react';
import { readPalette } from '../lib/theme.js';
import { MNIST_SIDE, centerDigit, inkFromRgba } from './digit-image.js';
import type { Stroke } from './drawing.js';
import { drawImage, drawStrokes } from './drawing.js';

/** Props of DrawingPad. */
export interface DrawingPadProps {
  /** Side in CSS pixels. */
  readonly size: number;
  /** A 28 x 28 image to show instead of strokes (null: the learner's drawing). */
  readonly image: Float64Array | null;
  /** Called with the centred 28 x 28 input after each stroke (null when the pad is empty). */
  readonly onInput: (pixels: Float64Array | null) => void;
  /** Changing it clears the drawing. */
  readonly clearKey: number;
  /** Called when the learner starts drawing over a shown image (the owner then drops the image). */
  readonly onDrawStart: () => void;
}

/** The drawing pad. */
export function DrawingPad({ size, image, onInput, clearKey, onDrawStart }: DrawingPadProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const strokes = useRef<{ x: number; y: number }[][]>([]);
  const drawing = useRef(false);

  const paint = () => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const ratio = window.devicePixelRatio || 1;
    if (canvas.width !== Math.round(size * ratio)) {
      canvas.width = Math.round(size * ratio);
      canvas.height = Math.round(size * ratio);
    }
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, size, size);
    const ink = readPalette(canvas).text;
    if (image) drawImage(ctx, size, image, MNIST_SIDE, ink);
    else drawStrokes(ctx, size, strokes.current as readonly Stroke[], ink);
  };

  useEffect(() => {
    strokes.current = [];
  }, [clearKey]);
  // paint reads only refs and these props, so these are what it depends on.
  useEffect(paint, [clearKey, image, size]);

  const point = (event: PointerEvent<HTMLCanvasElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    return { x: event.clientX - rect.left, y: event.clientY - rect.top };
  };
  const finish = () => {
    if (!drawing.current) return;
    drawing.current = false;
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const { data, width, height } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    onInput(centerDigit(inkFromRgba(data, width, height), width, height));
  };
  return (
    <canvas
      ref={ref}
      className="drawing-pad"
      role="img"
      aria-label="Drawing area: draw a digit here with a mouse, pen or finger, or use Pick a test digit"
      style={{ width: `${size}px`, height: `${size}px` }}
      onPointerDown={(event) => {
        if (image) onDrawStart();
        event.currentTarget.setPointerCapture?.(event.pointerId);
        drawing.current = true;
        strokes.current.push([point(event)]);
        paint();
      }}
      onPointerMove={(event) => {
        if (!drawing.current) return;
        strokes.current[strokes.current.length - 1]?.push(point(event));
        paint();
      }}
      onPointerUp={finish}
      onPointerCancel={finish}
    />
  );
}
