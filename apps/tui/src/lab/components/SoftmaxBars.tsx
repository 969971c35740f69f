/**
 * The Softmax screen's table as rows: one line per logit with its value, a bar of its probability,
 * the probability as a percentage and to 9 significant digits, its sparsemax share when there is
 * room, and a text mark on the most likely class. Pure, so widths are checked without React.
 */
import type { ReactNode } from 'react';
import { formatNumber, formatPercent } from '@actlab/format';
import { bar } from '../draw/bars.js';
import { padTo } from '../draw/wrap.js';
import type { Row, Run } from '../draw/runs.js';
import { mergeRuns, padRow } from '../draw/runs.js';
import type { SoftmaxView } from '../state/softmax.js';
import { Rows } from '../theme.js';

/** What the table shows. */
export interface SoftmaxTable {
  readonly logits: readonly number[];
  readonly selected: number;
  readonly view: SoftmaxView;
  /** Exact width of every row. */
  readonly width: number;
}

const MARK = 2;
const INDEX = 3;
const LOGIT = 12;
const PERCENT = 7;
const DIGITS = 14;
const SPARSE = 7;
/** Narrowest bar worth keeping the sparsemax column and the long tag for. */
const ROOMY_BAR = 16;

/** How the columns share `width`: whether sparsemax and the long tag fit, and the bar's width. */
function softmaxColumns(width: number): { bar: number; sparse: boolean; tag: string } {
  // marker, index, logit, space, bar, space, percent, space, digits, space, tag
  const fixed = MARK + INDEX + LOGIT + 1 + 1 + PERCENT + 1 + DIGITS + 1;
  const long = '← most likely';
  const short = '← top';
  for (const [sparse, tag] of [
    [true, long],
    [false, long],
    [false, short],
  ] as const) {
    const rest = width - fixed - tag.length - (sparse ? SPARSE + 1 : 0);
    if (rest >= ROOMY_BAR || tag === short) return { bar: Math.max(1, rest), sparse, tag };
  }
  return { bar: 1, sparse: false, tag: short };
}

/** Whether the sparsemax column is shown at this width. */
export function showsSparsemax(width: number): boolean {
  return softmaxColumns(width).sparse;
}

/** The header line and one line per logit, each exactly `width` characters. */
function softmaxRows(table: SoftmaxTable): Row[] {
  const { width, view } = table;
  const cols = softmaxColumns(width);
  const header = [
    ' '.repeat(MARK),
    '#'.padEnd(INDEX),
    'logit z'.padEnd(LOGIT),
    ' ',
    'softmax(z/T)'.padEnd(cols.bar).slice(0, cols.bar),
    ' ',
    'p'.padStart(PERCENT),
    ' ',
    'p, 9 digits'.padStart(DIGITS),
    cols.sparse ? ` ${'sparse'.padStart(SPARSE)}` : '',
  ].join('');
  const rows: Row[] = [[{ text: padTo(header, width), tone: 'muted' }]];
  table.logits.forEach((z, i) => {
    const p = view.softmax[i] as number;
    const chosen = i === table.selected;
    const top = view.top.includes(i);
    const runs: Run[] = [
      { text: chosen ? '▸ ' : '  ', tone: 'accent' },
      { text: String(i + 1).padEnd(INDEX), tone: 'muted' },
      { text: padTo(formatNumber(z, 7), LOGIT), tone: chosen ? 'accent' : 'plain' },
      { text: ' ', tone: 'plain' },
      { text: bar(p, cols.bar), tone: top ? 'good' : 'series0' },
      { text: ' ', tone: 'plain' },
      { text: formatPercent(p).padStart(PERCENT), tone: 'plain' },
      { text: ' ', tone: 'plain' },
      { text: formatNumber(p, 9).padStart(DIGITS), tone: 'muted' },
    ];
    if (cols.sparse) {
      runs.push({
        text: ` ${formatPercent(view.sparsemax[i] as number).padStart(SPARSE)}`,
        tone: 'series1',
      });
    }
    runs.push({ text: ' ', tone: 'plain' }, { text: top ? cols.tag : '', tone: 'good' });
    rows.push(padRow(mergeRuns(runs), width));
  });
  return rows;
}

/** The table, drawn. */
export function SoftmaxBars(props: SoftmaxTable): ReactNode {
  return <Rows rows={softmaxRows(props)} />;
}
