/**
 * The Lessons screen: the train package's experiments, each run live with its explanation. The
 * list is on the left; the selected experiment's lesson, run status and outcome (or explanation)
 * on the right. One run at a time; leaving the screen cancels it. `m` shows the course map (the
 * notes' sections and where each is taught) and `d` the notes' derivations with numbers, in the
 * same panel.
 */
import type { Metrics } from '@actlab/train';
import { EXPERIMENT_CATALOG, EXPERIMENT_IDS, isTrainError, runExperiment } from '@actlab/train';
import type { ReactNode } from 'react';
import { useEffect, useReducer, useState } from 'react';
import { courseText, sigmoidDerivationText, softmaxText } from '../../course-text.js';
import { bodyRows, headRows, listRows, statusRows } from '../components/LessonView.js';
import { padTo, wrap } from '../draw/wrap.js';
import type { Row } from '../draw/runs.js';
import { padRow } from '../draw/runs.js';
import { useScreenInput } from '../hooks/use-screen-input.js';
import { initialLessons, lessonsReducer, selectedId } from '../state/lessons.js';
import { Rows } from '../theme.js';
import type { KeyHelp, ScreenProps } from './screen.js';

/** The Lessons screen's keys. */
export const LESSONS_KEYS: readonly KeyHelp[] = [
  { keys: '↑/↓', does: 'select an experiment' },
  { keys: 'Enter or r', does: 'run it live' },
  { keys: 'Esc or c', does: 'cancel the run' },
  { keys: 'PgUp/PgDn', does: 'scroll the details' },
  { keys: 'm', does: "the course map: the notes' sections and where each is taught" },
  { keys: 'd', does: "the notes' derivations: sigmoid's derivative, softmax by hand" },
  { keys: 'l', does: 'back to the lesson' },
];

/** What the detail panel shows: the selected lesson, the course map or the derivations. */
type Page = 'lesson' | 'map' | 'derivations';

/** The course texts of a page as panel rows, wrapped to `width`. */
function textRows(page: Exclude<Page, 'lesson'>, width: number): Row[] {
  const text =
    page === 'map'
      ? `Course map (l: back to the lesson)\n\n${courseText()}`
      : `Derivations (l: back to the lesson)\n\n${sigmoidDerivationText(1)}\n\n${softmaxText([2.33, -1.46, 0.56])}`;
  return text
    .split('\n')
    .flatMap((line) => (line === '' ? [''] : wrap(line, width)))
    .map((line) => [{ text: padTo(line, width), tone: 'plain' as const }]);
}

/** At most this many progress reports reach React per second; the rest only update a counter. */
const PROGRESS_PER_SECOND = 10;

// The list's widest row: a title whole, after the cursor and run marks (4 columns).
const LIST_MAX = 4 + Math.max(...EXPERIMENT_CATALOG.map((e) => e.title.length));

/**
 * Width of the list panel for a screen `width` wide: 30% of 80 columns, and half of every column
 * past 80, until every title shows whole; never under 16.
 */
function listWidth(width: number): number {
  const grown = Math.floor(width * 0.3) + Math.floor(Math.max(0, width - 80) / 2);
  return Math.max(16, Math.min(LIST_MAX, grown));
}

/** Lists the experiments; runs the selected one with live progress, then shows its outcome. */
export function LessonsScreen(props: ScreenProps): ReactNode {
  const { width, height, active } = props;
  const [state, dispatch] = useReducer(lessonsReducer, EXPERIMENT_IDS, initialLessons);
  const [page, setPage] = useState<Page>('lesson');
  const running = state.active;

  // Starting a run begins the work; a new run, or leaving the screen, aborts the old one.
  const runNumber = running?.run;
  const runId = running?.id;
  useEffect(() => {
    if (runNumber === undefined || runId === undefined) return;
    const controller = new AbortController();
    let events = 0;
    let lastSent = 0;
    const onProgress = (label: string, metrics: Metrics): void => {
      events++;
      const now = Date.now();
      if (now - lastSent < 1000 / PROGRESS_PER_SECOND) return;
      lastSent = now;
      dispatch({ type: 'progress', run: runNumber, label, metrics, events });
    };
    // Deferred, so a synchronous throw (an unknown id) lands in catch like any failure.
    Promise.resolve()
      .then(() => runExperiment(runId, { signal: controller.signal, onProgress }))
      .then(
        (outcome) => dispatch({ type: 'finished', run: runNumber, outcome, now: Date.now() }),
        (error: unknown) => {
          if (controller.signal.aborted || (isTrainError(error) && error.code === 'CANCELLED')) {
            dispatch({ type: 'cancelled', run: runNumber });
          } else {
            const message = error instanceof Error ? error.message : String(error);
            dispatch({ type: 'failed', run: runNumber, message });
          }
        },
      );
    return () => controller.abort();
  }, [runNumber, runId]);

  const left = listWidth(width);
  const right = width - left - 2;
  const id = selectedId(state);
  const info = EXPERIMENT_CATALOG.find((e) => e.id === id) ?? EXPERIMENT_CATALOG[0];
  const lesson = page === 'lesson';
  const head =
    info && lesson ? [...headRows(info, right), ...statusRows(state, id, Date.now(), right)] : [];
  const body = !lesson
    ? textRows(page, right)
    : info
      ? bodyRows(info, state.results[id], right)
      : [];
  const bodyHeight = Math.max(1, height - head.length);
  const maxScroll = Math.max(0, body.length - bodyHeight);
  const scroll = Math.min(state.scroll, maxScroll);

  useScreenInput((input, key) => {
    if (key.upArrow) dispatch({ type: 'select', delta: -1 });
    else if (key.downArrow) dispatch({ type: 'select', delta: 1 });
    else if (key.return || input === 'r') dispatch({ type: 'start', now: Date.now() });
    else if (key.escape || input === 'c') dispatch({ type: 'cancel' });
    else if (key.pageDown) dispatch({ type: 'scroll', delta: bodyHeight - 1, max: maxScroll });
    else if (key.pageUp) dispatch({ type: 'scroll', delta: -(bodyHeight - 1), max: maxScroll });
    else if (input === 'm' || input === 'd' || input === 'l') {
      setPage(input === 'm' ? 'map' : input === 'd' ? 'derivations' : 'lesson');
      dispatch({ type: 'scroll', delta: -Infinity, max: 0 });
    }
  }, active);

  const shown = body.slice(scroll, scroll + bodyHeight);
  if (scroll + bodyHeight < body.length) {
    shown[shown.length - 1] = [{ text: padTo('↓ more below: PgDn', right), tone: 'muted' }];
  }
  if (scroll > 0) shown[0] = [{ text: padTo('↑ more above: PgUp', right), tone: 'muted' }];
  const detail = [...head, ...shown];
  const list = listRows(EXPERIMENT_CATALOG, state, left);
  const lines = Math.min(height, Math.max(list.length, detail.length));
  const rows: Row[] = [];
  for (let i = 0; i < lines; i++) {
    rows.push([
      ...padRow(list[i] ?? [], left),
      { text: '│ ', tone: 'axis' },
      ...padRow(detail[i] ?? [], right),
    ]);
  }
  return <Rows rows={rows} />;
}
