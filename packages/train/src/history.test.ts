import { describe, expect, it } from 'vitest';
import { historyEntry } from './metrics.js';
import { planRun } from './plan.js';
import { createTrainer } from './trainer.js';

describe('historyEntry', () => {
  it("reports a classifier's losses, accuracies and per-layer gradient norms", () => {
    const run = planRun({ dataset: 'xor', hidden: [4], activation: 'tanh', epochs: 1, seed: 2 });
    const trainer = createTrainer(run.config, run.data);
    trainer.runEpoch();
    const m = trainer.evaluate();
    const entry = historyEntry(m);
    expect(entry).toEqual({
      epoch: m.epoch,
      loss: m.trainLoss,
      testLoss: m.testLoss,
      accuracy: m.accuracy,
      testAccuracy: m.testAccuracy,
      gradientNorms: [m.layers[0]?.gradientNorm, m.layers[1]?.gradientNorm],
    });
    expect(entry.epoch).toBe(1);
  });

  it('reports R² instead of accuracy for regression', () => {
    const run = planRun({ dataset: 'sine', hidden: [4], activation: 'tanh', epochs: 1 });
    const entry = historyEntry(createTrainer(run.config, run.data).evaluate());
    expect(entry.accuracy).toBeUndefined();
    expect(typeof entry.r2).toBe('number');
    expect(typeof entry.testR2).toBe('number');
  });
});
