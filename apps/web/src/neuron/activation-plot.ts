/**
 * The activation's curve with the neuron's current point (z, f(z)) on it: a line-plot spec built
 * from core's sampled curve, drawn by the shared canvas/line-plot.ts.
 */
import type { ScalarActivation } from '@actlab/core';
import { sampleCurve } from '@actlab/core';
import type { LinePlotSpec } from '../canvas/line-plot.js';
import type { Palette } from '../lib/theme.js';

/**
 * The x interval shown: [-6, 6], widened to keep z and every kink (the thresholded ReLU's T = 10)
 * in view with a margin, so both sides of a threshold are always drawn.
 */
export function plotInterval(z: number, kinks: readonly number[] = []): [number, number] {
  const marks = [z, ...kinks].filter(Number.isFinite);
  return [
    Math.min(-6, ...marks.map((m) => Math.floor(m) - 2)),
    Math.max(6, ...marks.map((m) => Math.ceil(m) + 2)),
  ];
}

/** A y interval covering the finite values of `ys` and `extra`, padded by a tenth. */
function valueInterval(ys: ArrayLike<number>, extra: number): [number, number] {
  let lo = Number.isFinite(extra) ? extra : 0;
  let hi = lo;
  for (let i = 0; i < ys.length; i++) {
    const y = ys[i] as number;
    if (!Number.isFinite(y)) continue;
    if (y < lo) lo = y;
    if (y > hi) hi = y;
  }
  if (hi - lo < 1e-9) {
    lo -= 1;
    hi += 1;
  }
  const pad = (hi - lo) * 0.1;
  return [lo - pad, hi + pad];
}

/** The plot of `act` over the interval around `z`, with the point (z, f(z)) and a marker at z. */
export function activationPlotSpec(
  act: ScalarActivation,
  z: number,
  output: number,
  palette: Palette,
): LinePlotSpec {
  const x = plotInterval(
    z,
    act.kinks.map((k) => k.x),
  );
  const curve = sampleCurve(act, { from: x[0], to: x[1], points: 241 });
  return {
    x,
    y: valueInterval(curve.y, output),
    series: [{ xs: curve.x, ys: curve.y, color: palette.series[0] ?? palette.text }],
    markers: [{ x: z, color: palette.muted, dash: [4, 4] }],
    points: [{ x: z, y: output, color: palette.series[1] ?? palette.text }],
    xLabel: 'z',
    yLabel: 'f(z)',
  };
}
