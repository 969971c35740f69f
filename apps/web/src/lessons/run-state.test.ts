import { describe, expect, it } from 'vitest';
import { appendPoint, curveExtent, splitSeries } from './curves.js';
import { INITIAL_RUN, runReducer } from './run-state.js';

const outcome = {
  id: 'x',
  seed: 1,
  measurements: { a: 1 },
  series: [],
  summary: 'done',
  holds: true,
};

describe('runReducer', () => {
  it('gathers progress into curves and ends with the outcome', () => {
    let s = runReducer(INITIAL_RUN, { type: 'start' });
    expect(s).toMatchObject({ status: 'running', run: 1 });
    const progress = (label: string, epoch: number, loss: number) =>
      ({ type: 'event', event: { type: 'progress', run: 1, label, epoch, loss } }) as const;
    s = runReducer(s, progress('relu', 1, 0.7));
    s = runReducer(s, progress('relu', 2, 0.5));
    s = runReducer(s, progress('linear', 1, 0.9));
    expect(s.curves).toEqual([
      { label: 'relu', xs: [1, 2], ys: [0.7, 0.5] },
      { label: 'linear', xs: [1], ys: [0.9] },
    ]);
    s = runReducer(s, { type: 'event', event: { type: 'outcome', run: 1, outcome, seconds: 2 } });
    expect(s).toMatchObject({ status: 'done', outcome, seconds: 2 });
  });

  it('ignores reports of an older run', () => {
    let s = runReducer(runReducer(INITIAL_RUN, { type: 'start' }), { type: 'start' });
    s = runReducer(s, { type: 'event', event: { type: 'outcome', run: 1, outcome, seconds: 1 } });
    expect(s.status).toBe('running');
    s = runReducer(s, { type: 'event', event: { type: 'error', run: 2, message: 'boom' } });
    expect(s).toMatchObject({ status: 'error', error: 'boom' });
  });

  it('cancels a run and resets when the lesson changes', () => {
    const running = runReducer(INITIAL_RUN, { type: 'start' });
    expect(runReducer(running, { type: 'cancel' }).status).toBe('idle');
    expect(runReducer(running, { type: 'reset' })).toEqual({ status: 'idle', run: 1, curves: [] });
  });
});

describe('curves', () => {
  it('sorts series over layers from series over epochs', () => {
    const { byEpoch, byLayer } = splitSeries([
      { label: 'sigmoid gradient norm by layer', epochs: [1, 2], values: [1e-6, 1e-3] },
      { label: 'sigmoid loss', epochs: [1, 2, 3], values: [0.7, 0.6, 0.5] },
    ]);
    expect(byLayer.map((c) => c.label)).toEqual(['sigmoid gradient norm by layer']);
    expect(byEpoch).toEqual([{ label: 'sigmoid loss', xs: [1, 2, 3], ys: [0.7, 0.6, 0.5] }]);
  });

  it('measures the extent of finite values', () => {
    const curves = appendPoint(appendPoint([], 'a', 1, 3), 'a', 4, Infinity);
    expect(curveExtent(curves, 'xs')).toEqual([1, 4]);
    expect(curveExtent(curves, 'ys')).toEqual([2.5, 3.5]);
    expect(curveExtent([], 'ys')).toEqual([0, 1]);
  });
});
