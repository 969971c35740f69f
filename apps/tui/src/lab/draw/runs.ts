/**
 * A terminal frame as data: rows of runs, each run a piece of text with a tone saying what it is
 * (a series, an axis, a marker). Drawing functions return rows; the `Rows` component turns tones
 * into colours, or into nothing when colour is off, so every drawing must also carry its meaning
 * in its characters.
 */

/** What a run of text shows: the kind decides its colour. */
export type Tone =
  | 'plain'
  | 'muted'
  | 'axis'
  | 'accent'
  | 'good'
  | 'bad'
  | 'warn'
  | 'series0'
  | 'series1'
  | 'series2'
  | 'series3';

/** A piece of text drawn in one tone. */
export interface Run {
  readonly text: string;
  readonly tone: Tone;
}

/** One line of the frame. */
export type Row = readonly Run[];

/** The tone of the n-th series (n taken modulo 4). */
export function seriesTone(n: number): Tone {
  return (['series0', 'series1', 'series2', 'series3'] as const)[((n % 4) + 4) % 4] as Tone;
}

/** A row of one run. */
export function plainRow(text: string, tone: Tone = 'plain'): Row {
  return [{ text, tone }];
}

/** Concatenates runs, merging neighbours of the same tone (fewer elements to render). */
export function mergeRuns(runs: readonly Run[]): Row {
  const out: Run[] = [];
  for (const run of runs) {
    if (run.text === '') continue;
    const last = out[out.length - 1];
    if (last && last.tone === run.tone)
      out[out.length - 1] = { text: last.text + run.text, tone: run.tone };
    else out.push(run);
  }
  return out;
}

/** The plain text of a row (for tests and for width checks). */
export function rowText(row: Row): string {
  return row.map((r) => r.text).join('');
}

/** A row cut or padded with spaces to exactly `width` characters. */
export function padRow(row: Row, width: number): Row {
  const out: Run[] = [];
  let left = width;
  for (const run of row) {
    if (left <= 0) break;
    const chars = [...run.text];
    const text = chars.length > left ? chars.slice(0, left).join('') : run.text;
    out.push({ text, tone: run.tone });
    left -= [...text].length;
  }
  if (left > 0) out.push({ text: ' '.repeat(left), tone: 'plain' });
  return mergeRuns(out);
}
