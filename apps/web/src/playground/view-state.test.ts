import { describe, expect, it } from 'vitest';
import type { Snapshot, WorkerMessage } from './protocol.js';
import { INITIAL_VIEW, MAX_HISTORY, appendHistory, viewReducer } from './view-state.js';

function snapshot(epoch: number, generation = 1, loss = 1 / (epoch + 1)): Snapshot {
  return {
    type: 'snapshot',
    generation,
    playing: true,
    epoch,
    trainLoss: loss,
    testLoss: loss * 1.1,
    trainAccuracy: 0.5,
    testAccuracy: 0.5,
    trainR2: NaN,
    testR2: NaN,
    layers: [
      { gradientNorm: 0.1, stuck: 0, units: 4 },
      { gradientNorm: 0.01, stuck: 1, units: 1 },
    ],
    heatmap: new Float64Array(0),
    gridSize: 0,
    units: 1,
    thumbnails: new Float32Array(0),
    thumbSize: 0,
    weights: [],
  };
}

const message = (m: WorkerMessage) => ({ type: 'message' as const, message: m });

describe('the view reducer', () => {
  it('keeps the answers to the current configuration and drops older ones', () => {
    let view = viewReducer(INITIAL_VIEW, { type: 'configure', generation: 1 });
    view = viewReducer(view, message(snapshot(0, 1)));
    expect(view.snapshot?.epoch).toBe(0);
    view = viewReducer(view, { type: 'configure', generation: 2 });
    const stale = viewReducer(view, message(snapshot(9, 1)));
    expect(stale).toBe(view);
    expect(view.history.epochs).toEqual([]);
  });

  it('records errors and exported models, and clears both on a new configuration', () => {
    let view = viewReducer(INITIAL_VIEW, { type: 'configure', generation: 1 });
    view = viewReducer(view, message({ type: 'error', generation: 1, message: 'bad' }));
    view = viewReducer(
      view,
      message({
        type: 'model',
        generation: 1,
        json: { format: 'actlab.mlp/1', inputSize: 2, layers: [] },
      }),
    );
    expect(view.error).toBe('bad');
    expect(view.exported?.inputSize).toBe(2);
    view = viewReducer(view, { type: 'configure', generation: 2 });
    expect(view.error).toBeUndefined();
    expect(view.exported).toBeUndefined();
  });
});

describe('the history', () => {
  it('appends one point per epoch and replaces the point of an unchanged epoch', () => {
    let h = INITIAL_VIEW.history;
    h = appendHistory(h, snapshot(0));
    h = appendHistory(h, snapshot(3));
    h = appendHistory(h, snapshot(3, 1, 0.2));
    expect(h.epochs).toEqual([0, 3]);
    expect(h.trainLoss).toEqual([1, 0.2]);
    expect(h.gradientNorms).toEqual([
      [0.1, 0.1],
      [0.01, 0.01],
    ]);
  });

  it('thins itself to stay bounded, keeping the newest point', () => {
    let h = INITIAL_VIEW.history;
    for (let e = 0; e <= MAX_HISTORY; e++) h = appendHistory(h, snapshot(e));
    expect(h.epochs.length).toBeLessThanOrEqual(MAX_HISTORY / 2 + 1);
    expect(h.epochs.at(-1)).toBe(MAX_HISTORY);
    expect(h.trainLoss).toHaveLength(h.epochs.length);
    expect(h.gradientNorms[1]).toHaveLength(h.epochs.length);
  });
});
