/**
 * Drawing on the digit pad: the learner's strokes as thick round lines, or a 28 x 28 image as
 * grey cells. Ink is drawn on a transparent canvas, so its alpha channel is the image that
 * `inkFromRgba` reads back.
 */

/** A stroke: points in CSS pixels. */
export type Stroke = readonly { readonly x: number; readonly y: number }[];

/** Stroke width as a share of the pad's side: MNIST strokes are about a tenth of the digit's height. */
const STROKE_SHARE = 1 / 14;

/** Draws `strokes` in `color` on a `size` x `size` pad. */
export function drawStrokes(
  ctx: CanvasRenderingContext2D,
  size: number,
  strokes: readonly Stroke[],
  color: string,
): void {
  ctx.strokeStyle = color;
  ctx.fillStyle = color;
  ctx.lineWidth = size * STROKE_SHARE;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  for (const stroke of strokes) {
    const [first, ...rest] = stroke;
    if (!first) continue;
    ctx.beginPath();
    if (rest.length === 0) {
      ctx.arc(first.x, first.y, ctx.lineWidth / 2, 0, 2 * Math.PI);
      ctx.fill();
      continue;
    }
    ctx.moveTo(first.x, first.y);
    for (const p of rest) ctx.lineTo(p.x, p.y);
    ctx.stroke();
  }
}

/** Draws a side x side image (values 0 to 1) as cells filling a `size` x `size` pad. */
export function drawImage(
  ctx: CanvasRenderingContext2D,
  size: number,
  pixels: ArrayLike<number>,
  side: number,
  color: string,
): void {
  const cell = size / side;
  ctx.fillStyle = color;
  for (let i = 0; i < side * side; i++) {
    const v = pixels[i] as number;
    if (!(v > 0)) continue;
    ctx.globalAlpha = Math.min(1, v);
    ctx.fillRect((i % side) * cell, Math.floor(i / side) * cell, cell + 0.5, cell + 0.5);
  }
  ctx.globalAlpha = 1;
}
