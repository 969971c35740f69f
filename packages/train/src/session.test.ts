import { describe, expect, it } from 'vitest';
import { TrainError } from './errors.js';
import { forwardRows } from './forward-batch.js';
import type { TrainRequest } from './request.js';
import { planRun } from './plan.js';
import { runSession, train } from './run.js';
import { createSession } from './session.js';

const REQUEST: TrainRequest = {
  dataset: 'circle',
  points: 120,
  hidden: [5],
  activation: 'tanh',
  epochs: 6,
  batchSize: 7,
  seed: 3,
};

/** A clock that advances `tick` ms each time it is read. */
function ticking(tick: number): () => number {
  let now = 0;
  return () => (now += tick);
}

async function rejection(promise: Promise<unknown>): Promise<TrainError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TrainError) return error;
    throw error;
  }
  throw new Error('expected a TrainError');
}

describe('createSession', () => {
  it('runs whole epochs within the epoch limit, the time budget and the plan', () => {
    const session = createSession(planRun(REQUEST));
    expect([session.epoch, session.step, session.done]).toEqual([0, 0, false]);
    // A clock that never moves: only the epoch limit stops it.
    const first = session.runFor(10, () => 0, 2);
    expect(first.epochs).toBe(2);
    expect(Number.isFinite(first.loss)).toBe(true);
    // 90 training rows in batches of 7: 13 steps an epoch.
    expect([session.epoch, session.step]).toEqual([2, 26]);
    // The clock reads 5 at the start and 10, 15 after each epoch: the 15 ms budget ends it at 2.
    expect(session.runFor(10, ticking(5)).epochs).toBe(2);
    expect(session.epoch).toBe(4);
    // The plan's 6 epochs end it, whatever the budget.
    expect(session.runFor(Infinity, () => 0).epochs).toBe(2);
    expect(session.done).toBe(true);
    const after = session.runFor(Infinity, () => 0);
    expect(after.epochs).toBe(0);
    expect(after.loss).toBeNaN();
    // A step button still runs an epoch past the plan.
    session.runEpoch();
    expect(session.epoch).toBe(7);
    expect(session.runFor(10, () => 0, 0).epochs).toBe(0);
  });

  it('steps mini-batches and reports metrics at the current epoch and step', () => {
    const session = createSession(planRun(REQUEST));
    session.steps(5);
    expect([session.epoch, session.step]).toEqual([0, 5]);
    session.steps(10);
    const m = session.metrics();
    expect([m.epoch, m.step]).toEqual([1, 15]);
    expect(m.accuracy).toBeGreaterThanOrEqual(0);
    expect(m.layers).toHaveLength(2);
  });

  it('predicts a grid as the network computes its points', () => {
    const session = createSession(planRun(REQUEST));
    session.runFor(Infinity, () => 0, 3);
    const grid = session.predictGrid({ xMin: -4, xMax: 4, yMin: -2, yMax: 6, size: 3 });
    // The points by hand: x in {-4, 0, 4}, y in {-2, 2, 6}, rows from yMin up.
    const points = new Float64Array([-4, -2, 0, -2, 4, -2, -4, 2, 0, 2, 4, 2, -4, 6, 0, 6, 4, 6]);
    // A sigmoid output read as a probability is the network's own output.
    const direct = forwardRows(session.network, points, 9);
    expect(grid).toHaveLength(9);
    grid.forEach((p, i) => expect(p).toBeCloseTo(direct[i] as number, 12));
    expect([...session.predict(points)]).toEqual([...grid]);
  });

  it('starts from given weights (a network or its JSON) and counts an epoch offset', () => {
    const plan = planRun(REQUEST);
    const first = createSession(plan);
    first.runFor(Infinity, () => 0, 2);
    const points = plan.data.train.inputs;
    for (const weights of [first.network, first.model()]) {
      const next = createSession(plan, { weights, epochOffset: first.epoch });
      expect([...next.predict(points)]).toEqual([...first.predict(points)]);
      expect(next.epoch).toBe(2);
      expect(next.metrics().epoch).toBe(2);
      expect(next.runFor(Infinity, () => 0).epochs).toBe(4);
      expect(next.done).toBe(true);
    }
    const other = planRun({ ...REQUEST, hidden: [4] });
    expect(() => createSession(other, { weights: first.network })).toThrow(
      expect.objectContaining({ code: 'SHAPE_MISMATCH', path: 'weights' }),
    );
  });

  it('trains on data given in place of the plan', () => {
    const plan = planRun(REQUEST);
    const small = planRun({ ...REQUEST, points: 40 });
    const session = createSession(plan, { data: small.data });
    expect(session.data.train.size).toBe(30);
    session.runEpoch();
    // 30 rows in batches of 7: 5 steps.
    expect(session.step).toBe(5);
  });

  it('stops at a diverging epoch', () => {
    const session = createSession(
      planRun({
        dataset: 'square',
        hidden: [16, 16],
        activation: 'relu',
        epochs: 50,
        optimizer: { type: 'sgd', learningRate: 100 },
      }),
    );
    const slice = session.runFor(Infinity, () => 0);
    expect(session.diverged).toBe(true);
    expect(Number.isFinite(slice.loss)).toBe(false);
    expect(slice.epochs).toBeLessThan(50);
    expect(session.runFor(Infinity, () => 0).epochs).toBe(0);
  });
});

describe('runSession', () => {
  it('gives exactly what train gives on the same plan', async () => {
    const plan = planRun(REQUEST);
    const viaSession = await runSession(createSession(plan), { progressEvery: 2 });
    const viaTrain = await train(plan.config, plan.data, { epochs: plan.epochs, progressEvery: 2 });
    expect(viaSession).toEqual(viaTrain);
    expect(viaSession.history.map((m) => m.epoch)).toEqual([2, 4, 6]);
  });

  it('reports progress every so many epochs and after the last', async () => {
    const seen: number[] = [];
    const result = await runSession(createSession(planRun({ ...REQUEST, epochs: 7 })), {
      progressEvery: 3,
      onProgress: (m) => seen.push(m.epoch),
    });
    expect(seen).toEqual([3, 6, 7]);
    expect(result.metrics.epoch).toBe(7);
  });

  it('cancels at an epoch boundary', async () => {
    const signal = { aborted: false };
    const session = createSession(planRun(REQUEST));
    const error = await rejection(
      runSession(session, {
        signal,
        onProgress: (m) => {
          if (m.epoch === 2) signal.aborted = true;
        },
      }),
    );
    expect(error.code).toBe('CANCELLED');
    expect(session.epoch).toBe(2);
  });

  it('stops at the target loss', async () => {
    const result = await runSession(createSession(planRun({ ...REQUEST, epochs: 200 })), {
      targetLoss: 10,
    });
    expect(result.epochsToTarget).toBe(1);
    expect(result.history).toHaveLength(1);
  });
});
