/**
 * The decision heatmap of a 2-D dataset in character cells: each cell shows the network's output at
 * the cell's centre, and training points are drawn over it. Meaning sits in the characters: a
 * binary set shades p(class 1) with ' ░▒▓█', a multiclass set gives each predicted class its own
 * shade, a regression surface shades the predicted value from low to high, and points are 'o'/'x'
 * (or the class digit). Tones only add colour.
 */
import type { Grid, Task } from '@actlab/train';
import type { Row, Run, Tone } from './runs.js';
import { mergeRuns, seriesTone } from './runs.js';

/** Shades from low to high: p(class 1) for binary sets, the value for regression. */
const SHADES = [' ', '░', '▒', '▓', '█'] as const;

/** The shade of each predicted class (multiclass sets), cycling past the fourth. */
const CLASS_SHADES = ['░', '▒', '▓', '█'] as const;

/** The characters of points of classes 0 and 1 in a binary set. */
const BINARY_MARKS = ['o', 'x'] as const;

/** The plane [-extent, extent]² split into `cols` x `rows` cells. */
export interface HeatmapGrid {
  readonly cols: number;
  readonly rows: number;
  readonly extent: number;
}

/** Points to draw over the map: (x1, x2) in the first two of `stride` values per row. */
interface HeatmapPoints {
  readonly inputs: ArrayLike<number>;
  /** One label (class index) per row. */
  readonly labels: ArrayLike<number>;
  /** Values per input row (the dataset's inputSize). */
  readonly stride: number;
}

/** What to draw. */
export interface HeatmapOptions extends HeatmapGrid {
  readonly task: Task;
  /** Output values per cell: 1 for binary and regression, the class count for multiclass. */
  readonly units: number;
  /** The network's outputs, `units` per cell, cells row by row from the top left. */
  readonly values: ArrayLike<number>;
  /** Regression: the values drawn as the lowest and highest shade (default: the values' range). */
  readonly range?: readonly [number, number];
  /** Training points (classification only). */
  readonly points?: HeatmapPoints;
}

/**
 * The grid of train's `predictGrid` whose points include every cell centre of `grid`. Its grids
 * are square and the map's cells are not, so it has max(cols, rows) points a side, spaced as the
 * columns along x1 and as the rows along x2, from the bottom-left cell's centre; the points past
 * the last column or the top row are computed and not shown. `cellValues` picks the cells' values
 * out of its outputs.
 */
export function predictionGrid(grid: HeatmapGrid): Grid {
  const { cols, rows, extent } = grid;
  const size = Math.max(2, cols, rows);
  const xMin = -extent + extent / cols;
  const yMin = -extent + extent / rows;
  return {
    xMin,
    xMax: xMin + ((size - 1) * 2 * extent) / cols,
    yMin,
    yMax: yMin + ((size - 1) * 2 * extent) / rows,
    size,
  };
}

/**
 * The outputs at `grid`'s cell centres, `units` per cell, cells row by row from the top left,
 * taken from `values`, the outputs over `predictionGrid(grid)` (its rows run from the bottom up).
 */
export function cellValues(
  grid: HeatmapGrid,
  values: ArrayLike<number>,
  units: number,
): Float64Array {
  const { cols, rows } = grid;
  const size = Math.max(2, cols, rows);
  const out = new Float64Array(cols * rows * units);
  for (let r = 0; r < rows; r++) {
    const from = (rows - 1 - r) * size;
    for (let c = 0; c < cols; c++) {
      for (let k = 0; k < units; k++) {
        out[(r * cols + c) * units + k] = values[(from + c) * units + k] as number;
      }
    }
  }
  return out;
}

/** The cell index holding (x1, x2), or -1 when the point is outside the plane shown. */
export function cellIndex(grid: HeatmapGrid, x1: number, x2: number): number {
  const { cols, rows, extent } = grid;
  const c = Math.floor(((x1 + extent) / (2 * extent)) * cols);
  const r = Math.floor(((extent - x2) / (2 * extent)) * rows);
  if (!(c >= 0 && c < cols && r >= 0 && r < rows)) return -1;
  return r * cols + c;
}

/** The shade index (0 to 4) of a share in [0, 1]; NaN is the lowest shade. */
function shadeIndex(share: number): number {
  if (!(share > 0)) return 0;
  return Math.min(SHADES.length - 1, Math.floor(share * SHADES.length));
}

/** The majority label of the points in each cell (-1: no point), ties going to the later label. */
function pointLabels(grid: HeatmapGrid, points: HeatmapPoints, classes: number): Int32Array {
  const cells = grid.cols * grid.rows;
  const counts = new Int32Array(cells * classes);
  for (let i = 0; i * points.stride + 1 < points.inputs.length; i++) {
    const x1 = points.inputs[i * points.stride] as number;
    const x2 = points.inputs[i * points.stride + 1] as number;
    const cell = cellIndex(grid, x1, x2);
    const label = points.labels[i] as number;
    if (cell < 0 || !(label >= 0 && label < classes)) continue;
    const at = cell * classes + label;
    counts[at] = (counts[at] as number) + 1;
  }
  const out = new Int32Array(cells).fill(-1);
  for (let cell = 0; cell < cells; cell++) {
    let best = -1;
    let most = 0;
    for (let k = 0; k < classes; k++) {
      const n = counts[cell * classes + k] as number;
      if (n > 0 && n >= most) [best, most] = [k, n];
    }
    out[cell] = best;
  }
  return out;
}

/** The run of one cell without a point. */
function cellRun(options: HeatmapOptions, cell: number, lo: number, hi: number): Run {
  const { values, units } = options;
  if (options.task === 'multiclass') {
    let best = 0;
    for (let k = 1; k < units; k++) {
      if ((values[cell * units + k] as number) > (values[cell * units + best] as number)) best = k;
    }
    return { text: CLASS_SHADES[best % CLASS_SHADES.length] as string, tone: seriesTone(best) };
  }
  const v = values[cell] as number;
  if (options.task === 'binary') {
    return { text: SHADES[shadeIndex(v)] as string, tone: v >= 0.5 ? 'series0' : 'series1' };
  }
  const share = hi > lo ? (v - lo) / (hi - lo) : 0.5;
  return { text: SHADES[shadeIndex(share)] as string, tone: share >= 0.5 ? 'series0' : 'series1' };
}

/** The range of the finite values, for a regression map without a given range. */
function valueRange(values: ArrayLike<number>): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!Number.isFinite(v)) continue;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  return lo <= hi ? [lo, hi] : [0, 1];
}

/** The map as `rows` rows of exactly `cols` characters. */
export function heatmapRows(options: HeatmapOptions): Row[] {
  const { cols, rows, task, points } = options;
  const classes = task === 'multiclass' ? options.units : 2;
  const [lo, hi] = task === 'regression' ? (options.range ?? valueRange(options.values)) : [0, 1];
  const marks = points && task !== 'regression' ? pointLabels(options, points, classes) : undefined;
  const out: Row[] = [];
  for (let r = 0; r < rows; r++) {
    const runs: Run[] = [];
    for (let c = 0; c < cols; c++) {
      const cell = r * cols + c;
      const label = marks ? (marks[cell] as number) : -1;
      if (label < 0) runs.push(cellRun(options, cell, lo, hi));
      else runs.push({ text: pointMark(task, label), tone: 'plain' });
    }
    out.push(mergeRuns(runs));
  }
  return out;
}

/** The character of a point of class `label`. */
export function pointMark(task: Task, label: number): string {
  return task === 'binary' ? (BINARY_MARKS[label] ?? '?') : String(label % 10);
}

/** One line saying what the characters mean, cut to `width`. */
export function heatmapLegend(
  task: Task,
  units: number,
  extent: number,
  width: number,
  points: boolean,
): Row {
  const tone: Tone = 'muted';
  let text: string;
  if (task === 'binary') text = `${points ? 'o=0 x=1 ' : ''}░▒▓█=p(1) ±${extent}`;
  else if (task === 'multiclass') {
    const shades = Array.from({ length: units }, (_, k) => `${CLASS_SHADES[k % 4]}${k}`);
    text = `${shades.join(' ')} ±${extent}`;
  } else text = `░▒▓█ low→high ±${extent}`;
  return [{ text: [...text].slice(0, width).join('').padEnd(width), tone }];
}
