import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../src/limits.js';
import type { TrainBody } from '../src/schemas/train.js';
import { planTraining } from '../src/training.js';
import { atTrainingBudget, summarizeCapacity } from './capacity.js';
import { capacityRun, trainingRun } from './fixtures.js';

describe('atTrainingBudget', () => {
  const base: TrainBody = {
    dataset: 'circle',
    points: 1000,
    hidden: [16, 16],
    activation: 'tanh',
    batchSize: 1,
  };

  it('grows the epochs to the most the budget takes: one more epoch is refused', () => {
    const request = atTrainingBudget(base, DEFAULT_LIMITS);
    expect(request.budget).toBe(4_000_000_000);
    expect(request.cost).toBeLessThanOrEqual(request.budget);
    expect(() => planTraining(request.body, DEFAULT_LIMITS)).not.toThrow();
    const epochs = request.body.epochs ?? 0;
    expect(() => planTraining({ ...request.body, epochs: epochs + 1 }, DEFAULT_LIMITS)).toThrow(
      /budget|work/i,
    );
  });

  it('follows a smaller budget', () => {
    const small = atTrainingBudget(base, { ...DEFAULT_LIMITS, maxTrainingWork: 1e9 });
    const full = atTrainingBudget(base, DEFAULT_LIMITS);
    expect(small.body.epochs).toBeLessThan(full.body.epochs ?? 0);
    expect(small.cost).toBeLessThanOrEqual(1e9);
  });

  it('refuses a run whose first epoch is over the budget', () => {
    expect(() => atTrainingBudget(base, { ...DEFAULT_LIMITS, maxTrainingWork: 1000 })).toThrow(
      /one epoch costs/,
    );
  });
});

describe('summarizeCapacity', () => {
  it('counts completed runs per minute of the whole run, with their median time', () => {
    // 4 runs of 2, 3, 2, 3 s in 10 s: 24 a minute, median 2.5 s.
    expect(summarizeCapacity(capacityRun())).toEqual({
      runsPerMinute: 24,
      medianSeconds: 2.5,
      completed: 4,
      failed: 0,
    });
  });

  it('leaves failed runs out of the rate and the median, and counts them', () => {
    const runs = [
      trainingRun(0, 4000),
      trainingRun(0, 100, { status: 429, outcome: 'none' }),
      trainingRun(0, 6000, { outcome: 'error', detail: 'boom' }),
    ];
    const s = summarizeCapacity(capacityRun({ runs, startedAt: 0, endedAt: 30_000 }));
    expect(s).toEqual({ runsPerMinute: 2, medianSeconds: 4, completed: 1, failed: 2 });
  });
});
