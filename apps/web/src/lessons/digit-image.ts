/**
 * Turns a drawing into an MNIST-like input: MNIST digits were scaled so their bounding box fits
 * 20 x 20 pixels (keeping the aspect ratio) and then placed in a 28 x 28 image so that their
 * centre of mass sits at the centre. A network trained on them expects exactly that, so a drawing
 * goes through the same steps before it is classified.
 */

/** Side of an MNIST image. */
export const MNIST_SIDE = 28;
/** Side of the box the digit's bounding box is scaled into. */
const BOX = 20;
/** Ink below this is background (anti-aliasing fringes). */
const INK = 0.05;

/** Ink per pixel (0 to 1) of an RGBA image: the alpha channel, as drawn on a transparent canvas. */
export function inkFromRgba(rgba: ArrayLike<number>, width: number, height: number): Float64Array {
  const ink = new Float64Array(width * height);
  for (let i = 0; i < ink.length; i++) ink[i] = (rgba[4 * i + 3] as number) / 255;
  return ink;
}

/**
 * The 28 x 28 MNIST-style image (row-major, values 0 to 1) of a `width` x `height` ink image, or
 * null when nothing is drawn. Each target pixel averages the source pixels it covers.
 */
export function centerDigit(
  ink: ArrayLike<number>,
  width: number,
  height: number,
): Float64Array | null {
  let x0 = width;
  let y0 = height;
  let x1 = -1;
  let y1 = -1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if ((ink[y * width + x] as number) > INK) {
        x0 = Math.min(x0, x);
        x1 = Math.max(x1, x);
        y0 = Math.min(y0, y);
        y1 = Math.max(y1, y);
      }
    }
  }
  if (x1 < 0) return null;
  const boxWidth = x1 - x0 + 1;
  const boxHeight = y1 - y0 + 1;
  // Source pixels per target pixel, the same on both axes so the digit keeps its shape.
  const scale = Math.max(boxWidth, boxHeight) / BOX;
  const w = Math.max(1, Math.round(boxWidth / scale));
  const h = Math.max(1, Math.round(boxHeight / scale));
  const small = new Float64Array(w * h);
  for (let ty = 0; ty < h; ty++) {
    for (let tx = 0; tx < w; tx++) {
      const sx0 = x0 + Math.floor(tx * scale);
      const sy0 = y0 + Math.floor(ty * scale);
      const sx1 = Math.max(sx0 + 1, Math.min(x1 + 1, x0 + Math.floor((tx + 1) * scale)));
      const sy1 = Math.max(sy0 + 1, Math.min(y1 + 1, y0 + Math.floor((ty + 1) * scale)));
      let sum = 0;
      for (let sy = sy0; sy < sy1; sy++) {
        for (let sx = sx0; sx < sx1; sx++) sum += ink[sy * width + sx] as number;
      }
      small[ty * w + tx] = Math.min(1, sum / ((sx1 - sx0) * (sy1 - sy0)));
    }
  }
  let mass = 0;
  let cx = 0;
  let cy = 0;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const v = small[y * w + x] as number;
      mass += v;
      cx += v * (x + 0.5);
      cy += v * (y + 0.5);
    }
  }
  const dx = Math.round(MNIST_SIDE / 2 - cx / mass);
  const dy = Math.round(MNIST_SIDE / 2 - cy / mass);
  const out = new Float64Array(MNIST_SIDE * MNIST_SIDE);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const tx = x + dx;
      const ty = y + dy;
      if (tx >= 0 && tx < MNIST_SIDE && ty >= 0 && ty < MNIST_SIDE) {
        out[ty * MNIST_SIDE + tx] = small[y * w + x] as number;
      }
    }
  }
  return out;
}
