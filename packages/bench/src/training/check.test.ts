import { createTrainer, dataset, gradients } from '@actlab/train';
import { describe, expect, it } from 'vitest';
import { sameParameters, windowTrainer } from './check.js';
import { PLAYGROUND } from './scenarios.js';

describe('windowTrainer', () => {
  it('steps the public trainer on exactly the batch it is given', () => {
    const data = dataset('moons', { points: 50, noise: 0.1, seed: 2 });
    const config = { ...PLAYGROUND.config, batchSize: 5 };
    const window = windowTrainer(config, data);
    const fresh = createTrainer(config, { train: data });
    expect(sameParameters(window.trainer.network, fresh.network)).toBe(true);

    const rows = [42, 7, 19, 3, 30];
    const want = gradients(
      window.trainer.toJSON(),
      rows.map((r) => [data.inputs[2 * r] as number, data.inputs[2 * r + 1] as number]),
      rows.map((r) => data.targets[r] as number),
      'binary_cross_entropy',
    );
    const before = window.trainer.network.layers.map((l) => l.weights.slice());
    expect(window.step(rows)).toBeCloseTo(want.loss, 14);
    const lr = PLAYGROUND.learningRate;
    window.trainer.network.layers.forEach((layer, l) => {
      layer.weights.forEach((w, i) => {
        const g = want.layers[l]?.weights[Math.floor(i / layer.inputSize)]?.[
          i % layer.inputSize
        ] as number;
        expect(w).toBeCloseTo((before[l]?.[i] as number) - lr * g, 14);
      });
    });
    expect(sameParameters(window.trainer.network, fresh.network)).toBe(false);
  });

  it('refuses a batch of the wrong size', () => {
    const data = dataset('moons', { points: 20, seed: 2 });
    const window = windowTrainer({ ...PLAYGROUND.config, batchSize: 4 }, data);
    expect(() => window.step([1, 2, 3])).toThrow(/needs 4 rows/);
  });
});
