/**
 * A decision-boundary picture: each grid cell tinted by the class the model predicts there (more
 * strongly where it is surer), and the training points on top, drawn as a different shape per
 * class so the picture does not depend on telling colours apart.
 */
import { linearScale } from '../canvas/scale.js';
import type { Palette } from '../lib/theme.js';
import type { Boundary } from './boundary.js';

/** Shapes by class, in the order the legend names them. */
const CLASS_SHAPES = ['circle', 'square', 'triangle'] as const;

/** The text glyph of a class's shape, for legends. */
export const CLASS_GLYPHS = ['●', '■', '▲'] as const;

/** The predicted class and its probability at grid point `i`. */
export function gridClass(boundary: Boundary, i: number): { cls: number; p: number } {
  const { units, values } = boundary;
  if (units === 1) {
    const p = values[i] as number;
    return p >= 0.5 ? { cls: 1, p } : { cls: 0, p: 1 - p };
  }
  let cls = 0;
  for (let c = 1; c < units; c++) {
    if ((values[i * units + c] as number) > (values[i * units + cls] as number)) cls = c;
  }
  return { cls, p: values[i * units + cls] as number };
}

/** The largest box with the plane's aspect ratio inside `width` x `height`, centred. */
export function fitPlane(
  grid: {
    readonly xMin: number;
    readonly xMax: number;
    readonly yMin: number;
    readonly yMax: number;
  },
  width: number,
  height: number,
): { width: number; height: number; left: number; top: number } {
  const xSpan = grid.xMax - grid.xMin;
  const ySpan = grid.yMax - grid.yMin;
  const scale = Math.min(width / xSpan, height / ySpan);
  const w = xSpan * scale;
  const h = ySpan * scale;
  return { width: w, height: h, left: (width - w) / 2, top: (height - h) / 2 };
}

/** Draws `boundary` in a `width` x `height` context, the plane fitted in without stretching. */
export function drawBoundary(
  ctx: CanvasRenderingContext2D,
  outerWidth: number,
  outerHeight: number,
  palette: Palette,
  boundary: Boundary,
): void {
  const { grid } = boundary;
  // One unit is as long across as up, so a circle of points stays a circle: the plane is fitted
  // into the canvas and centred, not stretched to it.
  const { width, height, left: dx, top: dy } = fitPlane(grid, outerWidth, outerHeight);
  ctx.save();
  ctx.translate(dx, dy);
  const x = linearScale(grid.xMin, grid.xMax, 0, width);
  const y = linearScale(grid.yMin, grid.yMax, height, 0);
  // The Playground's class colours (0 orange, 1 blue, 2 green), so a data set looks the same in both.
  const classes = [palette.negative, palette.positive, palette.series[2] ?? palette.text];
  const color = (cls: number) =>
    classes[cls] ?? palette.series[cls % palette.series.length] ?? palette.text;
  const cellW = width / (grid.size - 1);
  const cellH = height / (grid.size - 1);
  for (let iy = 0; iy < grid.size; iy++) {
    for (let ix = 0; ix < grid.size; ix++) {
      const { cls, p } = gridClass(boundary, iy * grid.size + ix);
      // Whole-pixel edges shared by neighbours: overlapping translucent cells would draw a mesh.
      const left = Math.round((ix - 0.5) * cellW);
      const right = Math.round((ix + 0.5) * cellW);
      const top = Math.round(height - (iy + 0.5) * cellH);
      const bottom = Math.round(height - (iy - 0.5) * cellH);
      ctx.globalAlpha = 0.1 + 0.3 * p;
      ctx.fillStyle = color(cls);
      ctx.fillRect(left, top, right - left, bottom - top);
    }
  }
  ctx.globalAlpha = 1;
  ctx.lineWidth = 1;
  ctx.strokeStyle = palette.background;
  for (let i = 0; i < boundary.targets.length; i++) {
    const cls = boundary.targets[i] as number;
    const px = x(boundary.inputs[2 * i] as number);
    const py = y(boundary.inputs[2 * i + 1] as number);
    ctx.fillStyle = color(cls);
    ctx.beginPath();
    const shape = CLASS_SHAPES[cls % CLASS_SHAPES.length];
    if (shape === 'circle') ctx.arc(px, py, 3.5, 0, 2 * Math.PI);
    else if (shape === 'square') ctx.rect(px - 3, py - 3, 6, 6);
    else {
      ctx.moveTo(px, py - 4);
      ctx.lineTo(px + 4, py + 3);
      ctx.lineTo(px - 4, py + 3);
      ctx.closePath();
    }
    ctx.fill();
    ctx.stroke();
  }
  ctx.restore();
}
