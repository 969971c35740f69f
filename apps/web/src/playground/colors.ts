/**
 * Colour mapping for the heatmaps: TensorFlow Playground's diverging scale (orange for class 0,
 * the page's background at even odds, blue for class 1), and for three classes the winning class's
 * colour faded by how sure the network is; regression values on the same diverging scale. Pure functions over RGB triples, so they are tested
 * without a canvas.
 */
import type { Palette } from '../lib/theme.js';

/** Red, green and blue in 0..255. */
export type Rgb = readonly [number, number, number];

/** How far the strongest cell moves from the background, so points stay visible over it. */
export const MAX_MIX = 0.8;

/** A CSS colour (#rgb, #rrggbb or rgb()/rgba()) as RGB; mid grey when it cannot be read. */
export function parseColor(css: string): Rgb {
  const s = css.trim();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(s)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
    return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as unknown as Rgb;
  }
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/i.exec(s);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  return [128, 128, 128];
}

/** The colour of each class: 0 orange, 1 blue, 2 green (the palette's negative, positive, third series). */
export function classColors(palette: Palette, classes: number): Rgb[] {
  const all = [palette.negative, palette.positive, palette.series[2] ?? '#059669'];
  return all.slice(0, Math.max(2, classes)).map(parseColor);
}

/** a + (b - a) t, per channel. */
function mix(a: Rgb, b: Rgb, t: number): Rgb {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
}

/**
 * The colour of one cell from its output values (`units` of them at `offset`): one unit is the
 * probability of class 1; several are class probabilities. Non-finite outputs are grey. With
 * `discrete`, only the predicted class shows, at full strength (TensorFlow Playground's
 * "discretize output").
 */
export function cellColor(
  values: ArrayLike<number>,
  offset: number,
  units: number,
  colors: readonly Rgb[],
  background: Rgb,
  discrete = false,
): Rgb {
  if (units === 1) {
    const p = values[offset] as number;
    if (!Number.isFinite(p)) return mix(background, [128, 128, 128], 0.6);
    const t = Math.max(-1, Math.min(1, 2 * p - 1));
    const strength = discrete ? 1 : Math.abs(t);
    return mix(background, (t >= 0 ? colors[1] : colors[0]) as Rgb, strength * MAX_MIX);
  }
  let best = 0;
  let sum = 0;
  for (let k = 0; k < units; k++) {
    const p = values[offset + k] as number;
    if (!Number.isFinite(p)) return mix(background, [128, 128, 128], 0.6);
    sum += p;
    if (p > (values[offset + best] as number)) best = k;
  }
  // Confidence above chance: 0 when every class is equally likely, 1 when one has it all.
  const share = (values[offset + best] as number) / (sum || 1);
  const confidence = discrete ? 1 : Math.max(0, (share - 1 / units) / (1 - 1 / units));
  return mix(background, (colors[best] ?? colors[0]) as Rgb, confidence * MAX_MIX);
}

/** A diverging colour for a node's value scaled to [-1, 1] (thumbnails): orange below 0, blue above. */
function signedColor(t: number, colors: readonly Rgb[], background: Rgb): Rgb {
  if (!Number.isFinite(t)) return mix(background, [128, 128, 128], 0.6);
  const c = Math.max(-1, Math.min(1, t));
  return mix(background, (c >= 0 ? colors[1] : colors[0]) as Rgb, Math.abs(c) * MAX_MIX);
}

/**
 * Writes size x size cells of output values into RGBA pixels (row 0 of the image at the top, the
 * grid's row 0 at the bottom, as a plot reads).
 */
export function fillHeatmap(
  pixels: Uint8ClampedArray,
  values: ArrayLike<number>,
  size: number,
  units: number,
  colors: readonly Rgb[],
  background: Rgb,
  discrete = false,
): void {
  for (let iy = 0; iy < size; iy++) {
    const row = size - 1 - iy;
    for (let ix = 0; ix < size; ix++) {
      const c = cellColor(values, (iy * size + ix) * units, units, colors, background, discrete);
      const p = (row * size + ix) * 4;
      pixels[p] = c[0];
      pixels[p + 1] = c[1];
      pixels[p + 2] = c[2];
      pixels[p + 3] = 255;
    }
  }
}

/**
 * TensorFlow Playground's regression scale: a predicted or target value in [-1, 1] (clamped
 * beyond) from orange at -1 through the background at 0 to blue at 1. With `discrete`, only the
 * sign shows, at full strength.
 */
export function valueColor(
  value: number,
  colors: readonly Rgb[],
  background: Rgb,
  discrete = false,
): Rgb {
  return signedColor(discrete && value !== 0 ? Math.sign(value) : value, colors, background);
}

/** Writes size x size predicted values (one per cell) as pixels, laid out as `fillHeatmap`. */
export function fillValueHeatmap(
  pixels: Uint8ClampedArray,
  values: ArrayLike<number>,
  size: number,
  colors: readonly Rgb[],
  background: Rgb,
  discrete = false,
): void {
  for (let iy = 0; iy < size; iy++) {
    const row = size - 1 - iy;
    for (let ix = 0; ix < size; ix++) {
      const c = valueColor(values[iy * size + ix] as number, colors, background, discrete);
      const p = (row * size + ix) * 4;
      pixels[p] = c[0];
      pixels[p + 1] = c[1];
      pixels[p + 2] = c[2];
      pixels[p + 3] = 255;
    }
  }
}

/** Node thumbnails: values scaled by their largest magnitude, so each node's pattern shows. */
export function fillThumbnail(
  pixels: Uint8ClampedArray,
  values: ArrayLike<number>,
  offset: number,
  size: number,
  colors: readonly Rgb[],
  background: Rgb,
): void {
  let max = 0;
  for (let i = 0; i < size * size; i++) {
    const v = Math.abs(values[offset + i] as number);
    if (v > max) max = v;
  }
  const scale = max > 0 && Number.isFinite(max) ? 1 / max : 1;
  for (let iy = 0; iy < size; iy++) {
    const row = size - 1 - iy;
    for (let ix = 0; ix < size; ix++) {
      const v = values[offset + iy * size + ix] as number;
      const c = signedColor(v * scale, colors, background);
      const p = (row * size + ix) * 4;
      pixels[p] = c[0];
      pixels[p + 1] = c[1];
      pixels[p + 2] = c[2];
      pixels[p + 3] = 255;
    }
  }
}
