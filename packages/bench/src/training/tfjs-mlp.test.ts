import type { LayerSpec, LossId } from '@actlab/train';
import { createTrainer, dataset, gradients } from '@actlab/train';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { initTfjs } from '../tfjs.js';
import { createTfjsMlp, disposeBatches, headFor, tfjsBatch } from './tfjs-mlp.js';

const LR = 0.5;
const ROWS = [3, 1, 4, 15, 9, 2, 6, 5];

/** A case: a network, its loss and a dataset it fits. */
const CASES: [string, readonly LayerSpec[], LossId, string][] = [
  [
    'tanh, tanh, sigmoid with binary cross-entropy',
    [
      { units: 4, activation: 'tanh' },
      { units: 3, activation: 'tanh' },
      { units: 1, activation: 'sigmoid' },
    ],
    'binary_cross_entropy',
    'xor',
  ],
  [
    'relu, softmax with cross-entropy',
    [
      { units: 5, activation: 'relu' },
      { units: 3, activation: 'softmax' },
    ],
    'cross_entropy',
    'spiral3',
  ],
];

beforeAll(async () => {
  await initTfjs();
});

describe('the TF.js training contender', () => {
  it.each(CASES)(
    '%s: one SGD step from actlab’s weights matches actlab’s gradients',
    (_, layers, loss, name) => {
      const data = dataset(name as 'xor', { points: 40, seed: 3 });
      const trainer = createTrainer({ layers, loss, seed: 5 }, { train: data });
      const inputs = ROWS.map((r) => [
        data.inputs[2 * r] as number,
        data.inputs[2 * r + 1] as number,
      ]);
      const targets = ROWS.map((r) => data.targets[r] as number);
      // The reference: actlab's own batch gradient (itself checked against finite differences).
      const want = gradients(trainer.toJSON(), inputs, targets, loss);

      const tensorsBefore = tf.memory().numTensors;
      const mlp = createTfjsMlp(trainer.network, LR);
      const batch = tfjsBatch(data, ROWS, headFor(trainer.network), data.outputSize);
      const got = mlp.step(batch, true);
      expect(Math.abs((got as number) - want.loss)).toBeLessThan(1e-6);
      trainer.network.layers.forEach((layer, l) => {
        const after = mlp.read(l);
        const g = want.layers[l] as { weights: number[][]; biases: number[] };
        for (let r = 0; r < layer.rows; r++) {
          for (let c = 0; c < layer.inputSize; c++) {
            const w =
              (layer.weights[r * layer.inputSize + c] as number) -
              LR * (g.weights[r]?.[c] as number);
            expect(Math.abs((after.weights[r * layer.inputSize + c] as number) - w)).toBeLessThan(
              1e-6,
            );
          }
          const b = (layer.biases[r] as number) - LR * (g.biases[r] as number);
          expect(Math.abs((after.biases[r] as number) - b)).toBeLessThan(1e-6);
        }
      });
      expect(mlp.step(batch, false)).toBeUndefined();
      disposeBatches([batch]);
      mlp.dispose();
      expect(tf.memory().numTensors).toBe(tensorsBefore);
    },
  );

  it('refuses output layers it has no loss for', () => {
    const data = dataset('square', { points: 10, seed: 1 });
    const trainer = createTrainer(
      { layers: [{ units: 1, activation: 'linear' }], loss: 'mse' },
      { train: data },
    );
    expect(() => headFor(trainer.network)).toThrow(/no loss for a linear output/);
  });
});
