/**
 * A canvas of Unicode braille cells: each character cell holds 2x4 dots, so a 60x12 cell plot has
 * 120x48 points of resolution. Every cell remembers the tone of the last thing drawn in it, which
 * is how overlaid curves keep their colours.
 */
import type { Row, Run, Tone } from './runs.js';
import { mergeRuns } from './runs.js';

// Bit of each dot by (column, row) within a cell, per the Unicode braille pattern layout.
const DOT_BITS = [
  [0x01, 0x02, 0x04, 0x40],
  [0x08, 0x10, 0x20, 0x80],
] as const;

/** A braille drawing surface of `cols` x `rows` character cells. */
export interface BrailleCanvas {
  /** Width in dots (2 per cell). */
  readonly width: number;
  /** Height in dots (4 per cell); dot row 0 is the top. */
  readonly height: number;
  /** Sets the dot at (x, y) (integers, top-left origin) in `tone`; ignores dots outside. */
  set(x: number, y: number, tone: Tone): void;
  /** Draws the segment between two dot positions (clipped), every `gap`-th dot when dotted. */
  line(x0: number, y0: number, x1: number, y1: number, tone: Tone, dotted?: boolean): void;
  /** Writes `char` over the cell (cx, cy), replacing its dots (labels on a plot). */
  label(cx: number, cy: number, char: string, tone: Tone): void;
  /** The cells as rows of runs; empty cells are spaces in `plain`. */
  rows(): Row[];
}

/** A blank braille canvas of `cols` x `rows` cells. */
export function brailleCanvas(cols: number, rows: number): BrailleCanvas {
  const width = cols * 2;
  const height = rows * 4;
  const bits = new Uint8Array(cols * rows);
  const tones: (Tone | undefined)[] = new Array<Tone | undefined>(cols * rows);
  const labels = new Map<number, string>();
  // A dotted line skips dots by a running counter, so short segments still alternate.
  let dotCounter = 0;

  const set = (x: number, y: number, tone: Tone): void => {
    if (!(x >= 0 && x < width && y >= 0 && y < height)) return;
    const cx = x >> 1;
    const cy = y >> 2;
    const i = cy * cols + cx;
    bits[i] = (bits[i] as number) | (DOT_BITS[x & 1] as readonly number[])[y & 3]!;
    tones[i] = tone;
  };

  const line = (
    x0: number,
    y0: number,
    x1: number,
    y1: number,
    tone: Tone,
    dotted = false,
  ): void => {
    const clipped = clip(x0, y0, x1, y1, width - 1, height - 1);
    if (!clipped) return;
    const [x0r, y0r, bx, by] = clipped.map(Math.round) as [number, number, number, number];
    let ax = x0r;
    let ay = y0r;
    const dx = Math.abs(bx - ax);
    const dy = -Math.abs(by - ay);
    const sx = ax < bx ? 1 : -1;
    const sy = ay < by ? 1 : -1;
    let err = dx + dy;
    for (;;) {
      if (!dotted || dotCounter++ % 2 === 0) set(ax, ay, tone);
      if (ax === bx && ay === by) break;
      const e2 = 2 * err;
      if (e2 >= dy) {
        err += dy;
        ax += sx;
      }
      if (e2 <= dx) {
        err += dx;
        ay += sy;
      }
    }
  };

  const label = (cx: number, cy: number, char: string, tone: Tone): void => {
    if (cx < 0 || cx >= cols || cy < 0 || cy >= rows) return;
    labels.set(cy * cols + cx, char);
    tones[cy * cols + cx] = tone;
  };

  const rowsOf = (): Row[] => {
    const out: Row[] = [];
    for (let cy = 0; cy < rows; cy++) {
      const runs: Run[] = [];
      for (let cx = 0; cx < cols; cx++) {
        const i = cy * cols + cx;
        const b = bits[i] as number;
        const text = labels.get(i);
        runs.push(
          text !== undefined
            ? { text, tone: tones[i] ?? 'plain' }
            : b === 0
              ? { text: ' ', tone: 'plain' }
              : { text: String.fromCharCode(0x2800 + b), tone: tones[i] ?? 'plain' },
        );
      }
      out.push(mergeRuns(runs));
    }
    return out;
  };

  return { width, height, set, line, label, rows: rowsOf };
}

/** Liang-Barsky clipping of a segment to [0, xMax] x [0, yMax]; undefined when it misses. */
function clip(
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  xMax: number,
  yMax: number,
): [number, number, number, number] | undefined {
  const dx = x1 - x0;
  const dy = y1 - y0;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, x0],
    [dx, xMax - x0],
    [-dy, y0],
    [dy, yMax - y0],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return undefined;
      continue;
    }
    const t = q / p;
    if (p < 0) {
      if (t > t1) return undefined;
      if (t > t0) t0 = t;
    } else {
      if (t < t0) return undefined;
      if (t < t1) t1 = t;
    }
  }
  return [x0 + t0 * dx, y0 + t0 * dy, x0 + t1 * dx, y0 + t1 * dy];
}
