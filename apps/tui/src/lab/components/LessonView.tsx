/**
 * The Lessons screen's two panels as rows: the list of experiments with a status mark each, and
 * the selected one's title, lesson, run status and either its outcome (summary, plots, figures)
 * followed by its explanation, or the explanation alone. Pure functions, so every width is checked
 * without React.
 */
import type { ExperimentInfo, Series } from '@actlab/train';
import { formatNumber } from '@actlab/format';
import { plotRows } from '../draw/plot.js';
import type { Row, Run, Tone } from '../draw/runs.js';
import { padRow, plainRow, seriesTone } from '../draw/runs.js';
import type { LessonsState, RunResult } from '../state/lessons.js';
import { padTo, wrap } from '../draw/wrap.js';

/** The mark beside an experiment in the list: what its last run did, in a character. */
function statusMark(state: LessonsState, id: string): { char: string; tone: Tone } {
  if (state.active?.id === id) return { char: '…', tone: 'warn' };
  const result = state.results[id];
  if (!result) return { char: ' ', tone: 'plain' };
  if (result.kind === 'cancelled') return { char: '⊘', tone: 'muted' };
  if (result.kind === 'failed') return { char: '!', tone: 'bad' };
  return result.outcome.holds ? { char: '✓', tone: 'good' } : { char: '✗', tone: 'bad' };
}

/** The list panel: a heading and one line per experiment, `width` wide. */
export function listRows(
  catalog: readonly ExperimentInfo[],
  state: LessonsState,
  width: number,
): Row[] {
  const rows: Row[] = [padRow(plainRow('Experiments', 'muted'), width)];
  catalog.forEach((info, i) => {
    const chosen = i === state.selected;
    const mark = statusMark(state, info.id);
    const title = info.title.length > width - 4 ? `${info.title.slice(0, width - 5)}…` : info.title;
    rows.push(
      padRow(
        [
          { text: chosen ? '▸ ' : '  ', tone: 'accent' },
          { text: `${mark.char} `, tone: mark.tone },
          { text: title, tone: chosen ? 'accent' : 'plain' },
        ],
        width,
      ),
    );
  });
  return rows;
}

/** The status of the selected experiment (running, its result, or how to start it), in lines. */
export function statusRows(state: LessonsState, id: string, now: number, width: number): Row[] {
  const [text, tone] = statusText(state, id, now);
  return wrap(text, width)
    .slice(0, 2)
    .map((line) => plainRow(line, tone));
}

function statusText(state: LessonsState, id: string, now: number): [string, Tone] {
  const active = state.active?.id === id ? state.active : undefined;
  if (active) {
    const seconds = ((now - active.startedAt) / 1000).toFixed(1);
    const p = active.progress;
    const detail = p
      ? `${p.label}, epoch ${p.epoch}, loss ${formatNumber(p.loss, 4)} (${p.events} reports)`
      : 'starting';
    return [`running… ${seconds} s · Esc or c cancels · ${detail}`, 'warn'];
  }
  const result: RunResult | undefined = state.results[id];
  if (!result) return ['Not run yet: Enter or r runs it live.', 'muted'];
  if (result.kind === 'cancelled') return ['⊘ cancelled. Enter or r runs it again.', 'muted'];
  if (result.kind === 'failed') return [`! failed: ${result.message}`, 'bad'];
  const { outcome, ms } = result;
  const took = `(${(ms / 1000).toFixed(1)} s, seed ${outcome.seed})`;
  return outcome.holds
    ? [`✓ The lesson held ${took}`, 'good']
    : [`✗ The lesson did not hold ${took}`, 'bad'];
}

/** The detail panel above its status line: the title and the lesson. */
export function headRows(info: ExperimentInfo, width: number): Row[] {
  const rows: Row[] = [[{ text: padTo(info.title, width), tone: 'accent' }]];
  for (const line of wrap(info.lesson, width).slice(0, 2)) rows.push(plainRow(line));
  return rows;
}

/** The scrolling part of the detail panel. */
export function bodyRows(
  info: ExperimentInfo,
  result: RunResult | undefined,
  width: number,
): Row[] {
  const rows: Row[] = [];
  const text = (s: string, tone: Tone = 'plain'): void => {
    for (const line of wrap(s, width)) rows.push(plainRow(line, tone));
  };
  if (info.id === 'digits') {
    text('Slow: loads MNIST and trains on it, about 10 s or more.', 'warn');
  }
  if (result?.kind === 'done') {
    text(result.outcome.summary);
    for (const group of seriesGroups(result.outcome.series)) {
      rows.push([], ...groupRows(group, width));
    }
    rows.push([], plainRow('Measurements', 'muted'));
    for (const [name, value] of Object.entries(result.outcome.measurements)) {
      text(`${name} = ${typeof value === 'number' ? formatNumber(value) : String(value)}`);
    }
    rows.push([], plainRow('About this experiment', 'muted'));
  }
  text(info.explanation);
  return rows;
}

/** Series that share an x axis and a unit, plotted together. */
interface SeriesGroup {
  /** What the plot shows, e.g. `loss by epoch`. */
  readonly title: string;
  readonly series: readonly { readonly name: string; readonly data: Series }[];
}

/**
 * Groups an outcome's series by what they measure: a label "relu gradient norm by layer" joins
 * the group "gradient norm by layer" as "relu"; every other series is a curve over epochs.
 */
function seriesGroups(series: readonly Series[]): SeriesGroup[] {
  const groups = new Map<string, { name: string; data: Series }[]>();
  for (const s of series) {
    const by = s.label.includes(' by ');
    const space = s.label.indexOf(' ');
    const title = by && space > 0 ? s.label.slice(space + 1) : 'by epoch';
    const name = by && space > 0 ? s.label.slice(0, space) : s.label;
    groups.set(title, [...(groups.get(title) ?? []), { name, data: s }]);
  }
  return [...groups].map(([title, members]) => ({ title, series: members }));
}

/** Rows of the plot height, in a group's plot. */
const PLOT_HEIGHT = 8;

/** A group's heading, legend (each name with its last value, so it reads without colour) and plot. */
function groupRows(group: SeriesGroup, width: number): Row[] {
  const all = group.series.flatMap((s) => s.data.values.filter((v) => Number.isFinite(v)));
  const positive = all.length > 0 && all.every((v) => v > 0);
  const logY = positive && Math.max(...all) / Math.min(...all) >= 20;
  const xs = group.series.flatMap((s) => s.data.epochs);
  let x0 = Math.min(...xs);
  let x1 = Math.max(...xs);
  if (!(x1 > x0)) [x0, x1] = [x0 - 1, x0 + 1];
  const rows: Row[] = [
    plainRow(padTo(`${group.title}${logY ? ' (log scale)' : ''}`, width), 'muted'),
  ];
  let legend: Run[] = [];
  let used = 0;
  group.series.forEach((s, i) => {
    const last = s.data.values[s.data.values.length - 1];
    const entry = `━ ${s.name} ${last === undefined ? '' : formatNumber(last, 3)}  `;
    if (used + entry.length > width && legend.length > 0) {
      rows.push(padRow(legend, width));
      legend = [];
      used = 0;
    }
    legend.push({ text: entry, tone: seriesTone(i) });
    used += entry.length;
  });
  if (legend.length > 0) rows.push(padRow(legend, width));
  if (all.length === 0) return rows;
  const plot = plotRows({
    width,
    height: PLOT_HEIGHT,
    x: [x0, x1],
    logY,
    series: group.series.map((s, i) => ({
      x: s.data.epochs,
      y: s.data.values,
      tone: seriesTone(i),
    })),
  });
  return [...rows, ...plot.map((r) => padRow(r, width))];
}
