/**
 * The output heatmap with the data over it: the network's decision over the plane, training points
 * filled and test points outlined, each class with its own shape (circle, square, triangle) so
 * neither class nor split is told by colour alone. Pure drawing over one spec.
 */
import type { Palette } from '../../lib/theme.js';
import type { Rgb } from '../colors.js';
import { classColors, fillHeatmap, fillValueHeatmap, parseColor, valueColor } from '../colors.js';
import type { PointSet } from '../protocol.js';
import { drawPixels } from './image.js';

/** What the decision map shows. */
export interface DecisionMapSpec {
  /** Output values over the grid (size x size x units), or undefined before the first snapshot. */
  readonly heatmap?: Float64Array;
  readonly gridSize: number;
  readonly units: number;
  readonly classes: number;
  /** The plane shown is [-extent, extent]^2. */
  readonly extent: number;
  readonly train: PointSet;
  readonly test: PointSet;
  /** Draw the test points too. */
  readonly showTest: boolean;
  /** Rows at the end of `train` that were added by clicking (drawn larger). */
  readonly customCount: number;
  /** Show only the predicted class, not how sure the network is (only the sign, for regression). */
  readonly discrete?: boolean;
  /**
   * The labels are real values (a regression set): the heatmap shows the predicted value and each
   * point its target, on the diverging scale of `valueColor`, all points as circles.
   */
  readonly regression?: boolean;
}

/** Where the square plot sits on a canvas of this size. */
export interface MapFrame {
  readonly left: number;
  readonly top: number;
  readonly side: number;
}

/** The square plot: as large as fits, centred horizontally. */
export function mapFrame(width: number, height: number): MapFrame {
  const side = Math.max(10, Math.min(width, height));
  return { left: Math.floor((width - side) / 2), top: 0, side };
}

/** The data point under a canvas pixel (CSS pixels). */
export function pointAt(
  frame: MapFrame,
  extent: number,
  px: number,
  py: number,
): { x: number; y: number } {
  return {
    x: -extent + ((px - frame.left) / frame.side) * 2 * extent,
    y: extent - ((py - frame.top) / frame.side) * 2 * extent,
  };
}

/** The canvas pixel of a data point. */
export function pixelOf(frame: MapFrame, extent: number, x: number, y: number): [number, number] {
  return [
    frame.left + ((x + extent) / (2 * extent)) * frame.side,
    frame.top + ((extent - y) / (2 * extent)) * frame.side,
  ];
}

/** A class's marker: circle, square or triangle, filled or outlined. */
function drawMarker(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  label: number,
  r: number,
): void {
  ctx.beginPath();
  if (label === 0) {
    ctx.arc(x, y, r, 0, 2 * Math.PI);
  } else if (label === 1) {
    ctx.rect(x - r * 0.9, y - r * 0.9, r * 1.8, r * 1.8);
  } else {
    ctx.moveTo(x, y - r * 1.15);
    ctx.lineTo(x + r * 1.1, y + r * 0.8);
    ctx.lineTo(x - r * 1.1, y + r * 0.8);
    ctx.closePath();
  }
}

function css(c: Rgb): string {
  return `rgb(${Math.round(c[0])}, ${Math.round(c[1])}, ${Math.round(c[2])})`;
}

function drawSet(
  ctx: CanvasRenderingContext2D,
  frame: MapFrame,
  spec: DecisionMapSpec,
  set: PointSet,
  filled: boolean,
  colors: readonly Rgb[],
  palette: Palette,
  background: Rgb,
): void {
  const r = Math.max(2.5, frame.side / 110);
  const n = set.labels.length;
  for (let i = 0; i < n; i++) {
    const value = set.labels[i] as number;
    // A regression target is a value, shown by colour on a circle; a class by colour and shape.
    const label = spec.regression ? 0 : value;
    const [x, y] = pixelOf(
      frame,
      spec.extent,
      set.inputs[2 * i] as number,
      set.inputs[2 * i + 1] as number,
    );
    const color = css(
      spec.regression
        ? valueColor(value, colors, background)
        : (colors[label] ?? (colors[0] as Rgb)),
    );
    const custom = filled && i >= n - spec.customCount;
    drawMarker(ctx, x, y, label, custom ? r * 1.4 : r);
    if (filled) {
      ctx.fillStyle = color;
      ctx.fill();
      ctx.strokeStyle = palette.text;
      ctx.lineWidth = custom ? 2 : 0.75;
      ctx.stroke();
    } else {
      ctx.strokeStyle = color;
      ctx.lineWidth = 2;
      ctx.stroke();
    }
  }
}

/** Draws the decision map and returns where it sits. */
export function drawDecisionMap(
  ctx: CanvasRenderingContext2D,
  width: number,
  height: number,
  palette: Palette,
  spec: DecisionMapSpec,
): MapFrame {
  const frame = mapFrame(width, height);
  const colors = classColors(palette, spec.classes);
  const background = parseColor(palette.background);
  const { heatmap, gridSize, units } = spec;
  if (heatmap && heatmap.length === gridSize * gridSize * units) {
    drawPixels(
      ctx,
      gridSize,
      gridSize,
      (pixels) =>
        spec.regression
          ? fillValueHeatmap(pixels, heatmap, gridSize, colors, background, spec.discrete)
          : fillHeatmap(pixels, heatmap, gridSize, units, colors, background, spec.discrete),
      { x: frame.left, y: frame.top, w: frame.side, h: frame.side },
      true,
    );
  }
  ctx.strokeStyle = palette.axis;
  ctx.lineWidth = 1;
  ctx.strokeRect(frame.left + 0.5, frame.top + 0.5, frame.side - 1, frame.side - 1);
  if (spec.showTest) drawSet(ctx, frame, spec, spec.test, false, colors, palette, background);
  drawSet(ctx, frame, spec, spec.train, true, colors, palette, background);
  // Axis ends, so coordinates typed into the add-a-point form can be found on the map.
  ctx.fillStyle = palette.text;
  ctx.font = '11px system-ui, sans-serif';
  ctx.textBaseline = 'bottom';
  ctx.textAlign = 'left';
  ctx.fillText(String(-spec.extent), frame.left + 3, frame.top + frame.side - 2);
  ctx.textAlign = 'right';
  ctx.fillText(String(spec.extent), frame.left + frame.side - 3, frame.top + frame.side - 2);
  ctx.textBaseline = 'top';
  ctx.textAlign = 'left';
  ctx.fillText(String(spec.extent), frame.left + 3, frame.top + 2);
  return frame;
}
