/**
 * Scales and tick marks for plots: linear and base-10 logarithmic maps from data to pixels, and
 * "nice" tick values (1, 2 or 5 times a power of ten) that label axes readably.
 */

/** A map from a data interval to a pixel interval (either may be reversed). */
export interface Scale {
  /** Pixel of a data value. */
  (value: number): number;
  /** Data value of a pixel. */
  invert(pixel: number): number;
  /** The data interval. */
  readonly domain: readonly [number, number];
  /** True for a base-10 logarithmic scale. */
  readonly log: boolean;
}

/** The linear scale from [d0, d1] onto [p0, p1]. */
export function linearScale(d0: number, d1: number, p0: number, p1: number): Scale {
  const k = d1 === d0 ? 0 : (p1 - p0) / (d1 - d0);
  const scale = ((v: number) => p0 + (v - d0) * k) as Scale;
  return Object.assign(scale, {
    invert: (p: number) => (k === 0 ? d0 : d0 + (p - p0) / k),
    domain: [d0, d1] as const,
    log: false,
  });
}

/** The base-10 logarithmic scale from [d0, d1] (both > 0) onto [p0, p1]. */
export function logScale(d0: number, d1: number, p0: number, p1: number): Scale {
  const inner = linearScale(Math.log10(d0), Math.log10(d1), p0, p1);
  const scale = ((v: number) => inner(Math.log10(v))) as Scale;
  return Object.assign(scale, {
    invert: (p: number) => 10 ** inner.invert(p),
    domain: [d0, d1] as const,
    log: true,
  });
}

/** About `count` tick values covering [min, max], at 1, 2 or 5 times a power of ten. */
export function niceTicks(min: number, max: number, count = 6): number[] {
  if (!(max > min) || !Number.isFinite(min) || !Number.isFinite(max)) return [min];
  const raw = (max - min) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const ticks: number[] = [];
  for (let t = Math.ceil(min / step) * step; t <= max + step * 1e-9; t += step) {
    // Snap away binary noise (0.30000000000000004) so labels read cleanly.
    ticks.push(Number(t.toPrecision(12)));
  }
  return ticks;
}

/** Powers of ten covering [min, max] (both > 0), for a log axis. */
export function logTicks(min: number, max: number): number[] {
  const ticks: number[] = [];
  for (let e = Math.floor(Math.log10(min)); e <= Math.ceil(Math.log10(max)); e++)
    ticks.push(10 ** e);
  return ticks;
}

/**
 * A tick's label, as short as it can be read: plain digits from 0.001 to under a million (20000,
 * 0.25, never 2.000e+4), beyond that a compact power of ten (2e6, 5e-5), with a true minus sign.
 */
export function tickLabel(t: number): string {
  if (t === 0) return '0';
  const a = Math.abs(t);
  const text =
    a >= 1e-3 && a < 1e6
      ? String(Number(t.toPrecision(6)))
      : Number(t.toPrecision(3)).toExponential().replace('e+', 'e');
  return text.replace('-', '−');
}
