import type { Dataset } from '@actlab/train';
import { createTrainer, dataset, gradients } from '@actlab/train';
import { describe, expect, it } from 'vitest';
import { HEATMAP_GRID } from './bench.js';
import { createPlaygroundLoop, playgroundWeights } from './playground-loop.js';
import { PLAYGROUND } from './scenarios.js';

const LR = 0.3;

function setup(): { data: Dataset; trainer: ReturnType<typeof createTrainer> } {
  const data = dataset('circle', { points: 60, noise: 0.2, seed: 4 });
  return { data, trainer: createTrainer({ ...PLAYGROUND.config, seed: 9 }, { train: data }) };
}

describe('the plain Playground loop', () => {
  it('takes the same SGD step as actlab’s gradients, in float64', () => {
    const { data, trainer } = setup();
    const order = Uint32Array.from([7, 3, 50, 21, 0, 8, 33, 12, 41, 19]);
    const rows = [...order];
    const want = gradients(
      trainer.toJSON(),
      rows.map((r) => [data.inputs[2 * r] as number, data.inputs[2 * r + 1] as number]),
      rows.map((r) => data.targets[r] as number),
      'binary_cross_entropy',
    );
    const loop = createPlaygroundLoop(
      playgroundWeights(trainer.network),
      data.inputs,
      data.targets,
      LR,
      10,
      1,
    );
    expect(loop.step(order, 0, order.length)).toBeCloseTo(want.loss, 13);
    const w = loop.weights;
    const after = [
      [w.w1, w.b1],
      [w.w2, w.b2],
      [w.w3, w.b3],
    ] as const;
    trainer.network.layers.forEach((layer, l) => {
      const g = want.layers[l] as { weights: number[][]; biases: number[] };
      const [weights, biases] = after[l] as readonly [Float64Array, Float64Array];
      weights.forEach((v, i) => {
        const r = Math.floor(i / layer.inputSize);
        const c = i % layer.inputSize;
        expect(v).toBeCloseTo(
          (layer.weights[i] as number) - LR * (g.weights[r]?.[c] as number),
          13,
        );
      });
      biases.forEach((v, r) => {
        expect(v).toBeCloseTo((layer.biases[r] as number) - LR * (g.biases[r] as number), 13);
      });
    });
  });

  it('draws the same heatmap as trainer.predictGrid', () => {
    const { data, trainer } = setup();
    for (let e = 0; e < 3; e++) trainer.runEpoch();
    const loop = createPlaygroundLoop(
      playgroundWeights(trainer.network),
      data.inputs,
      data.targets,
      LR,
      10,
      1,
    );
    const grid = { ...HEATMAP_GRID, size: 20 };
    const want = trainer.predictGrid(grid);
    const got = loop.predictGrid(grid, new Float64Array(400));
    got.forEach((v, i) => expect(v).toBeCloseTo(want[i] as number, 13));
  });

  it('runs whole epochs and learns', () => {
    const { data, trainer } = setup();
    const loop = createPlaygroundLoop(
      playgroundWeights(trainer.network),
      data.inputs,
      data.targets,
      0.1,
      10,
      1,
    );
    const first = loop.epoch();
    let last = first;
    for (let e = 0; e < 200; e++) last = loop.epoch();
    expect(last).toBeLessThan(first);
  });

  it('refuses any shape but 2-8-8-1', () => {
    const data = dataset('circle', { points: 20, seed: 1 });
    const other = createTrainer(
      {
        layers: [
          { units: 4, activation: 'tanh' },
          { units: 1, activation: 'sigmoid' },
        ],
        loss: 'binary_cross_entropy',
      },
      { train: data },
    );
    expect(() => playgroundWeights(other.network)).toThrow(/hard-coded for 2-8-8-1/);
  });
});
