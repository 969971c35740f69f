import { describe, expect, it } from 'vitest';
import { trainAnswer } from './answer.js';
import { dataset } from './datasets/registry.js';
import { splitDataset } from './datasets/split.js';
import { forwardRows } from './forward-batch.js';
import { historyEntry } from './metrics.js';
import { modelFromJson } from './model-json.js';
import { planRun } from './plan.js';
import { runSession } from './run.js';
import { createSession } from './session.js';

describe('trainAnswer', () => {
  it('answers a model that takes raw inputs when the run standardized them', async () => {
    const plan = planRun({
      dataset: 'iris',
      features: 4,
      hidden: [6],
      activation: 'tanh',
      epochs: 5,
    });
    expect(plan.scaling).toBeDefined();
    const session = createSession(plan);
    const result = await runSession(session);
    const answer = trainAnswer(result, plan);
    // The raw measurements of the same training rows, split again from the dataset itself.
    const raw = splitDataset(dataset('iris', { features: 4 }), {
      testFraction: 0.25,
      seed: 1,
    }).train;
    const rows = raw.size;
    const folded = forwardRows(modelFromJson(answer.model).network, raw.inputs, rows);
    const original = forwardRows(session.network, plan.data.train.inputs, rows);
    expect(folded).toHaveLength(rows * 3);
    folded.forEach((y, i) => {
      const want = original[i] as number;
      expect(Math.abs(y - want)).toBeLessThanOrEqual(1e-12 * Math.max(Math.abs(want), 1e-300));
    });
    expect(answer.history).toEqual(result.history.map(historyEntry));
    expect(answer.metrics).toBe(result.metrics);
  });

  it('answers the model as trained when the inputs were not standardized', async () => {
    const plan = planRun({
      dataset: 'xor',
      points: 60,
      hidden: [3],
      activation: 'relu',
      epochs: 2,
    });
    const result = await runSession(createSession(plan));
    const answer = trainAnswer(result, plan);
    expect(answer.model).toEqual(result.model);
    expect(answer.history.map((h) => h.epoch)).toEqual([1, 2]);
    expect(answer.history[1]?.loss).toBe(result.metrics.trainLoss);
  });
});

describe('a run that diverges', () => {
  it('stops at the first non-finite loss and says which setting to lower', async () => {
    const plan = planRun({
      dataset: 'circle',
      epochs: 50,
      hidden: [8],
      activation: 'relu',
      optimizer: { type: 'sgd', learningRate: 100 },
      seed: 1,
    });
    const result = await runSession(createSession(plan));
    expect(result.diverged).toBeDefined();
    const { epoch, loss } = result.diverged as { epoch: number; loss: number };
    expect(Number.isFinite(loss)).toBe(false);
    // It stopped there: no epoch after the first non-finite one was run or reported.
    expect(result.history.at(-1)?.epoch).toBe(epoch);
    expect(result.history.slice(0, -1).every((m) => Number.isFinite(m.trainLoss))).toBe(true);
    const answer = trainAnswer(result, plan);
    expect(answer.diverged?.advice).toEqual({ setting: 'learningRate', now: 100, try: 10 });
    expect(answer.diverged?.message).toMatch(
      /diverged at epoch \d+.*lower the learning rate \(now 100\), for example to 10/,
    );
  });

  it('says nothing of divergence for a run that trains', async () => {
    const plan = planRun({
      dataset: 'circle',
      epochs: 5,
      hidden: [4],
      activation: 'tanh',
      seed: 1,
    });
    const answer = trainAnswer(await runSession(createSession(plan)), plan);
    expect(answer.diverged).toBeUndefined();
  });
});
