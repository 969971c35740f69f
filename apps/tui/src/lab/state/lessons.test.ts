import type { ExperimentOutcome, Metrics } from '@actlab/train';
import { describe, expect, it } from 'vitest';
import type { LessonsAction, LessonsState } from './lessons.js';
import { initialLessons, lessonsReducer, selectedId } from './lessons.js';

const IDS = ['first', 'second', 'third'] as const;

function after(...actions: LessonsAction[]): LessonsState {
  return actions.reduce(lessonsReducer, initialLessons(IDS));
}

const metrics = (epoch: number, trainLoss: number): Metrics => ({
  epoch,
  step: epoch,
  trainLoss,
  layers: [],
});

const outcome = (id: string, holds = true): ExperimentOutcome => ({
  id,
  seed: 1,
  measurements: { accuracy: 0.9 },
  series: [],
  summary: `${id} done`,
  holds,
});

describe('lessons state', () => {
  it('selects within the list and scrolls the details between their top and the given end', () => {
    expect(selectedId(after())).toBe('first');
    expect(selectedId(after({ type: 'select', delta: 1 }))).toBe('second');
    expect(selectedId(after({ type: 'select', delta: -5 }))).toBe('first');
    expect(selectedId(after({ type: 'select', delta: 9 }))).toBe('third');
    expect(after({ type: 'scroll', delta: 10, max: 4 }).scroll).toBe(4);
    expect(after({ type: 'scroll', delta: -3, max: 4 }).scroll).toBe(0);
    const scrolled = after({ type: 'scroll', delta: 3, max: 9 }, { type: 'select', delta: 1 });
    expect(scrolled.scroll).toBe(0);
  });

  it('runs the selected experiment, keeps the latest progress and stores the outcome', () => {
    const started = after({ type: 'start', now: 1000 });
    expect(started.active).toEqual({ id: 'first', run: 1, startedAt: 1000 });
    const going = lessonsReducer(started, {
      type: 'progress',
      run: 1,
      label: 'relu',
      metrics: metrics(5, 0.25),
      events: 7,
    });
    expect(going.active?.progress).toEqual({ label: 'relu', epoch: 5, loss: 0.25, events: 7 });
    const done = lessonsReducer(going, {
      type: 'finished',
      run: 1,
      outcome: outcome('first'),
      now: 1250,
    });
    expect(done.active).toBeUndefined();
    expect(done.results.first).toEqual({ kind: 'done', outcome: outcome('first'), ms: 250 });
  });

  it('keeps each experiment’s last result while others run', () => {
    const s = after(
      { type: 'start', now: 0 },
      { type: 'finished', run: 1, outcome: outcome('first'), now: 10 },
      { type: 'select', delta: 1 },
      { type: 'start', now: 20 },
      { type: 'failed', run: 2, message: 'boom' },
    );
    expect(s.results.first?.kind).toBe('done');
    expect(s.results.second).toEqual({ kind: 'failed', message: 'boom' });
  });

  it('cancels the run in progress, and starting another cancels the first', () => {
    const cancelled = after({ type: 'start', now: 0 }, { type: 'cancel' });
    expect(cancelled.active).toBeUndefined();
    expect(cancelled.results.first).toEqual({ kind: 'cancelled' });
    expect(lessonsReducer(after(), { type: 'cancel' })).toEqual(after());

    const replaced = after(
      { type: 'start', now: 0 },
      { type: 'select', delta: 2 },
      { type: 'start', now: 5 },
    );
    expect(replaced.results.first).toEqual({ kind: 'cancelled' });
    expect(replaced.active).toMatchObject({ id: 'third', run: 2 });
  });

  it('ignores reports from a run that is no longer the active one', () => {
    const replaced = after({ type: 'start', now: 0 }, { type: 'start', now: 5 });
    const late: LessonsAction[] = [
      { type: 'progress', run: 1, label: 'old', metrics: metrics(1, 1), events: 1 },
      { type: 'finished', run: 1, outcome: outcome('first', false), now: 9 },
      { type: 'cancelled', run: 1 },
      { type: 'failed', run: 1, message: 'late' },
    ];
    expect(late.reduce(lessonsReducer, replaced)).toEqual(replaced);
    // The run cancelled by the user reports CANCELLED later: still just "cancelled".
    const cancelled = after(
      { type: 'start', now: 0 },
      { type: 'cancel' },
      { type: 'cancelled', run: 1 },
    );
    expect(cancelled.results.first).toEqual({ kind: 'cancelled' });
  });
});
