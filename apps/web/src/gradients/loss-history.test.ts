import { describe, expect, it } from 'vitest';
import { NO_HISTORY, withSnapshot } from './loss-history.js';
import type { GradientSnapshot } from './run.js';

const params = { depth: 5, width: 8, lr: 0.1, seed: 1 } as unknown as GradientSnapshot['params'];
function snap(epoch: number, losses: [number, number, number], p = params): GradientSnapshot {
  const names = ['sigmoid', 'tanh', 'relu'] as const;
  return {
    params: p,
    epoch,
    columns: names.map((activation, i) => ({ activation, loss: losses[i] }) as never),
  };
}

describe('the loss history of the vanishing-gradient networks', () => {
  it('adds each later epoch, ignores a repeat, and restarts at epoch 0 or new parameters', () => {
    let h = withSnapshot(NO_HISTORY, snap(0, [0.7, 0.7, 0.7]));
    h = withSnapshot(h, snap(10, [0.69, 0.5, 0.3]));
    h = withSnapshot(h, snap(10, [0.69, 0.5, 0.3]));
    h = withSnapshot(h, snap(20, [0.69, 0.4, 0.2]));
    expect(h.curves.map((c) => [c.label, c.xs, c.ys])).toEqual([
      ['sigmoid', [0, 10, 20], [0.7, 0.69, 0.69]],
      ['tanh', [0, 10, 20], [0.7, 0.5, 0.4]],
      ['relu', [0, 10, 20], [0.7, 0.3, 0.2]],
    ]);
    expect(withSnapshot(h, snap(0, [0.6, 0.6, 0.6])).curves[0]?.xs).toEqual([0]);
    const other = { ...params, depth: 6 } as GradientSnapshot['params'];
    expect(withSnapshot(h, snap(30, [0.1, 0.1, 0.1], other)).curves[0]?.xs).toEqual([30]);
  });
});
