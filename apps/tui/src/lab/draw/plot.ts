/**
 * A line plot in braille with labelled axes: y ticks on the left, x ticks underneath, the lines
 * x = 0 and y = 0 as faint dots, optional vertical markers and a strip under the plot that marks
 * x intervals and points in characters (so zones and kinks read without colour).
 */
import { formatTick } from '@actlab/format';
import { brailleCanvas } from './braille.js';
import type { Row, Run, Tone } from './runs.js';
import { mergeRuns } from './runs.js';

/** One curve: points joined in order; a non-finite y breaks the line. */
export interface PlotSeries {
  readonly x: ArrayLike<number>;
  readonly y: ArrayLike<number>;
  readonly tone: Tone;
  /** Drawn with every other dot (used for derivatives). */
  readonly dotted?: boolean;
}

/** A mark in the strip under the plot: an x interval or a single point, drawn in `char`. */
export interface StripMark {
  readonly from: number;
  readonly to: number;
  readonly char: string;
  readonly tone: Tone;
}

/** What to plot and how big. */
export interface PlotOptions {
  /** Total width in characters, labels included. */
  readonly width: number;
  /** Total height in rows, the x labels (and the strip, when given) included. */
  readonly height: number;
  /** The x window. */
  readonly x: readonly [number, number];
  /** The y window; left out, it fits the finite values in view with a margin. */
  readonly y?: readonly [number, number];
  /** Plot log10(y) (non-positive values are left out). */
  readonly logY?: boolean;
  readonly series: readonly PlotSeries[];
  /** Vertical dotted lines across the plot, e.g. the x being inspected. */
  readonly verticals?: readonly { readonly x: number; readonly tone: Tone }[];
  /** Characters written over the plot at data coordinates (clamped inside), e.g. curve numbers. */
  readonly labels?: readonly {
    readonly x: number;
    readonly y: number;
    readonly text: string;
    readonly tone: Tone;
  }[];
  /** Marks for the strip under the plot; the strip is drawn only when this is given. */
  readonly strip?: readonly StripMark[];
}

/** The y window that fits the series' finite values between x0 and x1, with 6% margins. */
export function fitY(
  series: readonly PlotSeries[],
  x0: number,
  x1: number,
  logY = false,
): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of series) {
    for (let i = 0; i < s.y.length; i++) {
      const x = s.x[i] as number;
      let y = s.y[i] as number;
      if (x < x0 || x > x1) continue;
      if (logY) y = y > 0 ? Math.log10(y) : NaN;
      if (!Number.isFinite(y)) continue;
      if (y < lo) lo = y;
      if (y > hi) hi = y;
    }
  }
  if (lo > hi) return [-1, 1];
  if (hi - lo < 1e-12) return [lo - 1, hi + 1];
  const pad = (hi - lo) * 0.06;
  return [lo - pad, hi + pad];
}

/** Draws the plot as rows of runs, exactly `width` characters wide and `height` rows high. */
export function plotRows(options: PlotOptions): Row[] {
  const { width, height, series, logY = false } = options;
  const [x0, x1] = options.x;
  const [y0, y1] = options.y ?? fitY(series, x0, x1, logY);
  // On a log axis the tick is the value itself (0.0121), not its logarithm.
  const tick = (v: number): string => formatTick(logY ? 10 ** v : v);
  const labels = [tick(y1), tick(y0)];
  const zeroInside = !logY && y0 < 0 && y1 > 0;
  if (zeroInside) labels.push('0');
  const labelWidth = Math.max(...labels.map((l) => l.length));
  const cols = Math.max(4, width - labelWidth - 1);
  const plotRowsCount = Math.max(2, height - 1 - (options.strip ? 1 : 0));
  const canvas = brailleCanvas(cols, plotRowsCount);
  const px = (x: number): number => ((x - x0) / (x1 - x0)) * (canvas.width - 1);
  const py = (y: number): number => ((y1 - y) / (y1 - y0)) * (canvas.height - 1);

  // Axes first, so curves drawn later own the cells they share.
  if (zeroInside) canvas.line(0, py(0), canvas.width - 1, py(0), 'axis', true);
  if (x0 < 0 && x1 > 0) canvas.line(px(0), 0, px(0), canvas.height - 1, 'axis', true);
  for (const v of options.verticals ?? []) {
    if (v.x >= x0 && v.x <= x1) canvas.line(px(v.x), 0, px(v.x), canvas.height - 1, v.tone, true);
  }
  for (const s of series) {
    let prev: [number, number] | undefined;
    for (let i = 0; i < s.y.length; i++) {
      const raw = s.y[i] as number;
      const y = logY ? (raw > 0 ? Math.log10(raw) : NaN) : raw;
      if (!Number.isFinite(y)) {
        prev = undefined;
        continue;
      }
      const point: [number, number] = [px(s.x[i] as number), py(y)];
      if (prev) canvas.line(prev[0], prev[1], point[0], point[1], s.tone, s.dotted);
      else canvas.set(Math.round(point[0]), Math.round(point[1]), s.tone);
      prev = point;
    }
  }

  for (const l of options.labels ?? []) {
    const y = logY ? Math.log10(l.y) : l.y;
    if (!Number.isFinite(y)) continue;
    const cx = Math.round(Math.min(canvas.width - 1, Math.max(0, px(l.x))) / 2 - 0.25);
    const cy = Math.round(Math.min(canvas.height - 1, Math.max(0, py(y))) / 4 - 0.375);
    canvas.label(cx, cy, l.text, l.tone);
  }

  const zeroRow = zeroInside ? Math.round(py(0) / 4 - 0.375) : -1;
  const rows: Row[] = canvas.rows().map((cells, r) => {
    let label = '';
    if (r === 0) label = tick(y1);
    else if (r === plotRowsCount - 1) label = tick(y0);
    else if (r === zeroRow) label = '0';
    return mergeRuns([
      { text: label.padStart(labelWidth), tone: 'muted' },
      { text: '┤', tone: 'axis' },
      ...cells,
    ]);
  });
  const gutter = ' '.repeat(labelWidth + 1);
  if (options.strip) rows.push(stripRow(options.strip, cols, x0, x1, gutter));
  rows.push([{ text: gutter + xLabels(cols, x0, x1), tone: 'muted' }]);
  return rows;
}

/** The strip under the plot: each mark's characters over the columns its interval covers. */
function stripRow(
  marks: readonly StripMark[],
  cols: number,
  x0: number,
  x1: number,
  gutter: string,
): Row {
  const cells: Run[] = Array.from({ length: cols }, () => ({ text: ' ', tone: 'plain' as Tone }));
  const col = (x: number): number => Math.round(((x - x0) / (x1 - x0)) * (cols - 1));
  for (const mark of marks) {
    const a = Math.max(0, col(Math.max(mark.from, x0)));
    const b = Math.min(cols - 1, col(Math.min(mark.to, x1)));
    if (mark.to < x0 || mark.from > x1) continue;
    for (let c = a; c <= b; c++) cells[c] = { text: mark.char, tone: mark.tone };
  }
  return mergeRuns([{ text: gutter, tone: 'plain' }, ...cells]);
}

/** x ticks: both ends, and 0 when it is inside and does not collide with them. */
function xLabels(cols: number, x0: number, x1: number): string {
  const line = new Array<string>(cols).fill(' ');
  const put = (at: number, text: string): void => {
    const start = Math.max(0, Math.min(cols - text.length, at));
    for (let i = 0; i < text.length; i++) line[start + i] = text[i] as string;
  };
  const left = formatTick(x0);
  const right = formatTick(x1);
  put(0, left);
  // A plot too narrow for both ends shows only the left one rather than overlapping them.
  if (left.length + right.length + 1 > cols) return line.join('');
  put(cols - right.length, right);
  if (x0 < 0 && x1 > 0) {
    const at = Math.round((-x0 / (x1 - x0)) * (cols - 1));
    if (at > left.length + 1 && at < cols - right.length - 2) put(at, '0');
  }
  return line.join('');
}
