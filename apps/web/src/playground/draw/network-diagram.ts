/**
 * The network as TensorFlow Playground draws it: a column of nodes per layer, each node a
 * thumbnail of what it computes over the plane, and a line per weight whose width grows with |w|,
 * solid blue when positive and dashed orange when negative (so the sign reads without colour).
 */
import type { Palette } from '../../lib/theme.js';
import { classColors, fillThumbnail, parseColor } from '../colors.js';
import { drawPixels } from './image.js';

/** What the diagram shows. */
export interface DiagramSpec {
  /** Units per layer, inputs first. */
  readonly shape: readonly number[];
  /** Activation id of each layer after the inputs. */
  readonly activations: readonly string[];
  /** Weights of each layer (rows x inputs, row-major); may be empty before the first snapshot. */
  readonly weights: readonly Float64Array[];
  /** Node outputs, node-major, thumbSize^2 values each (may be empty). */
  readonly thumbnails: Float32Array;
  readonly thumbSize: number;
  /** Names of the input nodes (the chosen features), written beside them when given. */
  readonly inputNames?: readonly string[];
}

/** Node centres and size for a canvas of this size. */
export interface DiagramLayout {
  /** Side of a node's square. */
  readonly node: number;
  /** Centre of each node, layer by layer. */
  readonly centres: readonly (readonly (readonly [number, number])[])[];
}

/** Room under the columns for their titles. */
const LABEL_SPACE = 30;

/** Where each node goes: columns spread over the width, nodes centred in each column. */
export function diagramLayout(
  shape: readonly number[],
  width: number,
  height: number,
): DiagramLayout {
  const columns = shape.length;
  const columnWidth = width / Math.max(1, columns);
  const most = Math.max(1, ...shape);
  const usable = height - LABEL_SPACE - 8;
  const node = Math.max(10, Math.min(40, columnWidth * 0.55, (usable / most) * 0.8));
  const gap = Math.min(usable / most, node * 1.5);
  const centres = shape.map((units, l) => {
    const x = columnWidth * (l + 0.5);
    const top = 4 + (usable - gap * units) / 2 + gap / 2;
    return Array.from({ length: units }, (_, u) => [x, top + u * gap] as const);
  });
  return { node, centres };
}

/** The line width for a weight: at least a hairline, at most 6 px. */
export function weightWidth(w: number): number {
  return Number.isFinite(w) ? Math.min(6, 0.5 + 1.5 * Math.abs(w)) : 1;
}

/** Draws the diagram. */
export function drawNetworkDiagram(
  ctx: CanvasRenderingContext2D,
  width: number,
  height: number,
  palette: Palette,
  spec: DiagramSpec,
): void {
  const { node, centres } = diagramLayout(spec.shape, width, height);
  // Weights under the nodes.
  for (let l = 1; l < spec.shape.length; l++) {
    const weights = spec.weights[l - 1];
    const inputs = spec.shape[l - 1] as number;
    const from = centres[l - 1] ?? [];
    (centres[l] ?? []).forEach(([x1, y1], r) => {
      from.forEach(([x0, y0], c) => {
        const w = weights?.[r * inputs + c] ?? 0;
        ctx.strokeStyle = w >= 0 ? palette.positive : palette.negative;
        ctx.lineWidth = weightWidth(w);
        ctx.setLineDash(w >= 0 ? [] : [5, 3]);
        ctx.globalAlpha = 0.8;
        ctx.beginPath();
        ctx.moveTo(x0 + node / 2, y0);
        ctx.lineTo(x1 - node / 2, y1);
        ctx.stroke();
      });
    });
  }
  ctx.setLineDash([]);
  ctx.globalAlpha = 1;
  const colors = classColors(palette, 2);
  const background = parseColor(palette.background);
  const cells = spec.thumbSize * spec.thumbSize;
  let k = 0;
  centres.forEach((column) => {
    column.forEach(([x, y]) => {
      const box = { x: x - node / 2, y: y - node / 2, w: node, h: node };
      if (spec.thumbnails.length >= (k + 1) * cells && cells > 0) {
        const offset = k * cells;
        drawPixels(
          ctx,
          spec.thumbSize,
          spec.thumbSize,
          (pixels) =>
            fillThumbnail(pixels, spec.thumbnails, offset, spec.thumbSize, colors, background),
          box,
          false,
        );
      } else {
        ctx.fillStyle = palette.background;
        ctx.fillRect(box.x, box.y, box.w, box.h);
      }
      ctx.strokeStyle = palette.axis;
      ctx.lineWidth = 1;
      ctx.strokeRect(box.x, box.y, box.w, box.h);
      k++;
    });
  });
  ctx.fillStyle = palette.text;
  // Input names left of their nodes, so a feature such as x1² reads next to its thumbnail.
  ctx.font = '10px system-ui, sans-serif';
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  (centres[0] ?? []).forEach(([x, y], i) => {
    const name = spec.inputNames?.[i];
    if (name) ctx.fillText(name, x - node / 2 - 3, y);
  });
  ctx.font = '11px system-ui, sans-serif';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'bottom';
  spec.shape.forEach((_, l) => {
    const x = centres[l]?.[0]?.[0] ?? 0;
    const title = l === 0 ? 'inputs' : l === spec.shape.length - 1 ? 'output' : `hidden ${l}`;
    ctx.fillText(title, x, height - 15);
    if (l > 0) ctx.fillText(spec.activations[l - 1] ?? '', x, height - 2);
  });
}
