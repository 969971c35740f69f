/**
 * What the explorer's plot shows, as plain data: curves sampled by core over the visible x range,
 * the saturation zones core finds, and the line-plot spec that draws them (f solid, f' dashed, a
 * colour per function, kinks as markers with a dot at the derivative used there).
 */
import type { Curve, ScalarActivation, Zone } from '@actlab/core';
import { sampleCurve, saturationZones } from '@actlab/core';
import type { LinePlotSpec, LineSeries } from '../canvas/line-plot.js';
import { drawLinePlot } from '../canvas/line-plot.js';
import type { Palette } from '../lib/theme.js';
import type { ShownId } from './params.js';
import type { View } from './view.js';

/** |f'| below this counts as saturated: the gradient passed back is under 5% of the input's. */
export const SATURATION_THRESHOLD = 0.05;

/** Evenly spaced samples per curve: about two per pixel on a wide screen. */
const CURVE_POINTS = 1201;

/** Dash pattern of every derivative curve, so f and f' differ by more than colour. */
export const DERIVATIVE_DASH: readonly number[] = [7, 5];

/** A function's samples over the visible range. */
export interface SampledFunction {
  readonly id: ShownId;
  readonly act: ScalarActivation;
  readonly curve: Curve;
}

/** Samples every activation over [from, to] (core adds its kinks as exact sample points). */
export function sampleFunctions(
  fns: readonly { readonly id: ShownId; readonly act: ScalarActivation }[],
  from: number,
  to: number,
): SampledFunction[] {
  return fns.map(({ id, act }) => ({
    id,
    act,
    curve: sampleCurve(act, { from, to, points: CURVE_POINTS }),
  }));
}

/** The y samples a fitted window must show: f and/or f' of every function, as toggled. */
export function visibleValues(
  sampled: readonly SampledFunction[],
  showF: boolean,
  showDf: boolean,
): Float64Array[] {
  return sampled.flatMap((s) => [...(showF ? [s.curve.y] : []), ...(showDf ? [s.curve.dy] : [])]);
}

/** Where `act` saturates inside [from, to]: |f'| < SATURATION_THRESHOLD. */
export function saturationOf(act: ScalarActivation, from: number, to: number): Zone[] {
  return saturationZones(act, { from, to, threshold: SATURATION_THRESHOLD });
}

/** Everything the plot draws besides the palette. */
export interface PlotModel {
  readonly view: View;
  readonly sampled: readonly SampledFunction[];
  readonly showF: boolean;
  readonly showDf: boolean;
  /** Zones to shade (of one function, named in the legend). */
  readonly zones: readonly Zone[];
  /** The pointer's x while it hovers, for a thin marker and dots on the curves. */
  readonly cursorX?: number | undefined;
  /** The x of the values table, marked with a solid line and dots. */
  readonly pickedX?: number | undefined;
}

/** Colour of the i-th shown function: the palette's series colours, in order. */
function seriesColour(palette: Palette, i: number): string {
  return palette.series[i % palette.series.length] ?? palette.text;
}

/** The line-plot spec of `model` in `palette`'s colours. */
export function plotSpec(model: PlotModel, palette: Palette): LinePlotSpec {
  const { view, sampled, showF, showDf } = model;
  const series: LineSeries[] = [];
  const markers: { x: number; color?: string; dash?: readonly number[] }[] = [];
  const points: { x: number; y: number; color: string }[] = [];
  sampled.forEach((s, i) => {
    const color = seriesColour(palette, i);
    if (showF) series.push({ xs: s.curve.x, ys: s.curve.y, color, width: 2.5 });
    if (showDf)
      series.push({ xs: s.curve.x, ys: s.curve.dy, color, width: 2, dash: DERIVATIVE_DASH });
    for (const k of s.act.kinks) {
      markers.push({ x: k.x, color, dash: [2, 4] });
      // The dot marks the one value the derivative takes at the kink (the convention).
      if (showDf) points.push({ x: k.x, y: k.derivative, color });
    }
    for (const x of [model.pickedX, model.cursorX]) {
      if (x === undefined) continue;
      if (showF) points.push({ x, y: s.act.f(x), color });
      if (showDf) points.push({ x, y: s.act.df(x), color });
    }
  });
  if (model.pickedX !== undefined)
    markers.push({ x: model.pickedX, color: palette.text, dash: [] });
  if (model.cursorX !== undefined)
    markers.push({ x: model.cursorX, color: palette.muted, dash: [4, 3] });
  return {
    x: [view.xmin, view.xmax],
    y: [view.ymin, view.ymax],
    series,
    shade: model.zones.map((z) => [z.from, z.to] as const),
    markers,
    points,
    xLabel: 'x',
    yLabel: 'y',
  };
}

/** Draws the explorer's plot: the Canvas component's draw function for `model`. */
export function drawExplorerPlot(
  ctx: CanvasRenderingContext2D,
  width: number,
  height: number,
  palette: Palette,
  model: PlotModel,
): void {
  drawLinePlot(ctx, width, height, palette, plotSpec(model, palette));
}
