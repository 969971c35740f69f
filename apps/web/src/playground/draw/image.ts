/**
 * Pixels onto a canvas at any size: the pixels go into a small scratch canvas (ImageData is drawn
 * 1:1 and ignores the context's transform), which is then drawn scaled where it belongs.
 */

let scratch: HTMLCanvasElement | undefined;

/** Draws `width` x `height` RGBA pixels (filled by `fill`) into the box (x, y, w, h) of `ctx`. */
export function drawPixels(
  ctx: CanvasRenderingContext2D,
  width: number,
  height: number,
  fill: (pixels: Uint8ClampedArray) => void,
  box: { readonly x: number; readonly y: number; readonly w: number; readonly h: number },
  smooth: boolean,
): void {
  scratch ??= document.createElement('canvas');
  if (scratch.width !== width) scratch.width = width;
  if (scratch.height !== height) scratch.height = height;
  const sctx = scratch.getContext('2d');
  if (!sctx) return;
  const image = sctx.createImageData(width, height);
  fill(image.data);
  sctx.putImageData(image, 0, 0);
  ctx.imageSmoothingEnabled = smooth;
  ctx.drawImage(scratch, 0, 0, width, height, box.x, box.y, box.w, box.h);
  ctx.imageSmoothingEnabled = true;
}
