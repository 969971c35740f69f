import { describe, expect, it } from 'vitest';
import type { Dataset } from './datasets/dataset.js';
import { TrainError } from './errors.js';
import { modelFromJson, modelToJson } from './model-json.js';
import { createRng } from './rng.js';
import { runTrainer, train } from './run.js';
import type { TrainConfig } from './trainer.js';
import { createTrainer } from './trainer.js';

/** A small XOR set built here, so these tests do not depend on the dataset module. */
function xorData(points: number, seed: number): Dataset {
  const rng = createRng(seed);
  const inputs = new Float64Array(points * 2);
  const targets = new Float64Array(points);
  for (let i = 0; i < points; i++) {
    const x = rng.next() * 2 - 1;
    const y = rng.next() * 2 - 1;
    inputs[2 * i] = x + (x > 0 ? 0.1 : -0.1);
    inputs[2 * i + 1] = y + (y > 0 ? 0.1 : -0.1);
    targets[i] = x * y > 0 ? 1 : 0;
  }
  return {
    name: 'xor',
    task: 'binary',
    size: points,
    inputSize: 2,
    outputSize: 1,
    inputs,
    targets,
    featureNames: ['x', 'y'],
  };
}

const XOR_CONFIG: TrainConfig = {
  layers: [
    { units: 8, activation: 'tanh' },
    { units: 1, activation: 'sigmoid' },
  ],
  loss: 'binary_cross_entropy',
  optimizer: { type: 'adam', learningRate: 0.03 },
  batchSize: 10,
  seed: 3,
};

describe('trainer', () => {
  it('learns XOR with a small tanh network', () => {
    const trainer = createTrainer(XOR_CONFIG, { train: xorData(200, 1), test: xorData(100, 2) });
    const before = trainer.evaluate();
    for (let e = 0; e < 60; e++) trainer.runEpoch();
    const after = trainer.evaluate();
    expect(after.trainLoss).toBeLessThan(before.trainLoss / 4);
    expect(after.accuracy).toBeGreaterThanOrEqual(0.95);
    expect(after.testAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(trainer.epoch).toBe(60);
    expect(trainer.step).toBe(60 * 20);
  });

  it('is bit-identical for the same seed and differs for another', () => {
    const run = (seed: number): number[] => {
      const t = createTrainer({ ...XOR_CONFIG, seed }, { train: xorData(100, 1) });
      t.steps(37);
      return t.network.layers.flatMap((l) => [...l.weights, ...l.biases]);
    };
    expect(run(5)).toEqual(run(5));
    expect(run(5)).not.toEqual(run(6));
  });

  it('takes exactly w - lr g with plain SGD', () => {
    const data = xorData(4, 1);
    const config: TrainConfig = {
      ...XOR_CONFIG,
      optimizer: { type: 'sgd', learningRate: 0.5 },
      batchSize: 4,
    };
    const a = createTrainer(config, { train: data });
    const before = a.network.layers.map((l) => Float64Array.from(l.weights));
    const model = a.toJSON();
    // The gradient of the whole (single-batch) epoch, from the gradients API on the same weights.
    const rows = Array.from({ length: 4 }, (_, i) => [
      data.inputs[2 * i] as number,
      data.inputs[2 * i + 1] as number,
    ]);
    const { layers } = gradientsOf(
      model,
      rows,
      [...data.targets].map((t) => [t]),
      'binary_cross_entropy',
    );
    a.runEpoch();
    a.network.layers.forEach((layer, l) =>
      layer.weights.forEach((w, i) => {
        const g = layers[l]?.weights.flat()[i] as number;
        expect(w).toBeCloseTo((before[l]?.[i] as number) - 0.5 * g, 14);
      }),
    );
  });

  it('reports per-layer gradient and weight norms, saturation and histograms', () => {
    const trainer = createTrainer(
      {
        ...XOR_CONFIG,
        layers: [
          { units: 6, activation: 'relu' },
          { units: 1, activation: 'sigmoid' },
        ],
        init: 'he',
      },
      { train: xorData(50, 1) },
    );
    const m = trainer.evaluate();
    expect(m.layers).toHaveLength(2);
    for (const layer of m.layers) {
      expect(layer.gradientNorm).toBeGreaterThan(0);
      expect(layer.weightNorm).toBeGreaterThan(0);
      expect(layer.saturated).toBeGreaterThanOrEqual(0);
      expect(layer.histogram.counts.reduce((a, b) => a + b, 0)).toBe(
        10 * (layer === m.layers[0] ? 6 : 1),
      );
    }
  });

  it('flags every unit as saturated when zeros initialization kills a relu layer', () => {
    const trainer = createTrainer(
      {
        ...XOR_CONFIG,
        layers: [
          { units: 4, activation: 'relu' },
          { units: 1, activation: 'sigmoid' },
        ],
        init: 'zeros',
      },
      { train: xorData(20, 1) },
    );
    expect(trainer.evaluate().layers[0]?.saturated).toBe(1);
  });

  it('serves a model with forwardRows exactly as the trainer predicts', () => {
    const trainer = createTrainer(XOR_CONFIG, { train: xorData(50, 1) });
    trainer.steps(5);
    const inputs = new Float64Array([0.5, -0.25, -1, 1, 0, 0]);
    expect([...forwardRows(trainer.network, inputs, 3)]).toEqual([...trainer.predict(inputs)]);
  });

  it('predicts on a grid for a decision boundary, probabilities in [0, 1]', () => {
    const trainer = createTrainer(XOR_CONFIG, { train: xorData(100, 1) });
    const grid = trainer.predictGrid({ xMin: -1, xMax: 1, yMin: -1, yMax: 1, size: 100 });
    expect(grid.length).toBe(10_000);
    expect(grid.every((p) => p >= 0 && p <= 1)).toBe(true);
    const direct = trainer.predict(new Float64Array([1, 1]));
    expect(grid[9999]).toBe(direct[0]);
  });

  it('rejects configurations that do not fit the data, naming the field', () => {
    const data = { train: xorData(10, 1) };
    const fail = (config: TrainConfig): TrainError => {
      try {
        createTrainer(config, data);
      } catch (error) {
        return error as TrainError;
      }
      throw new Error('expected a TrainError');
    };
    expect(fail({ ...XOR_CONFIG, layers: [{ units: 3, activation: 'sigmoid' }] }).code).toBe(
      'SHAPE_MISMATCH',
    );
    expect(fail({ ...XOR_CONFIG, loss: 'cross_entropy' }).message).toMatch(/class targets/);
    expect(fail({ ...XOR_CONFIG, layers: [{ units: 1, activation: 'sigmod' }] }).path).toBe(
      'layers[0].activation',
    );
    expect(fail({ ...XOR_CONFIG, batchSize: 0 }).path).toBe('batchSize');
    expect(fail({ ...XOR_CONFIG, optimizer: { type: 'sgd', learningRate: -1 } }).path).toBe(
      'optimizer.learningRate',
    );
  });
});

describe('model JSON', () => {
  it('round-trips a trained network exactly', () => {
    const trainer = createTrainer(XOR_CONFIG, { train: xorData(50, 1) });
    trainer.steps(10);
    const json = JSON.parse(JSON.stringify(trainer.toJSON()));
    const { network, loss } = modelFromJson(json);
    expect(loss).toBe('binary_cross_entropy');
    expect(modelToJson(network, loss)).toEqual(json);
  });

  it('names the first field at fault', () => {
    const good = createTrainer(XOR_CONFIG, { train: xorData(10, 1) }).toJSON();
    const broken = (
      patch: (m: Record<string, unknown> & { layers: Record<string, unknown>[] }) => void,
    ): string => {
      const m = JSON.parse(JSON.stringify(good));
      patch(m);
      try {
        modelFromJson(m);
      } catch (error) {
        expect(error).toBeInstanceOf(TrainError);
        return `${(error as TrainError).code} ${(error as TrainError).path}`;
      }
      return 'accepted';
    };
    expect(broken((m) => (m.format = 'other'))).toBe('INVALID_MODEL format');
    expect(broken((m) => ((m.layers[1] as { weights: number[][] }).weights[0] = [1, 2]))).toBe(
      'INVALID_MODEL layers[1].weights[0]',
    );
    expect(broken((m) => ((m.layers[0] as { biases: unknown[] }).biases[3] = 'x'))).toBe(
      'INVALID_MODEL layers[0].biases[3]',
    );
    expect(broken((m) => (m.layers[0]!.activation = 'tanhh'))).toBe(
      'INVALID_MODEL layers[0].activation',
    );
    expect(broken((m) => (m.layers[0]!.params = { alpha: 1 }))).toBe(
      'INVALID_MODEL layers[0].activation',
    );
    expect(broken((m) => (m.loss = 'hinge'))).toBe('INVALID_MODEL loss');
    expect(broken(() => undefined)).toBe('accepted');
  });
});

describe('run to completion', () => {
  it('reports progress, stops at a target loss, and returns the model', async () => {
    const seen: number[] = [];
    const result = await train(
      XOR_CONFIG,
      { train: xorData(200, 1) },
      {
        epochs: 500,
        progressEvery: 5,
        targetLoss: 0.2,
        onProgress: (m) => seen.push(m.epoch),
      },
    );
    expect(result.epochsToTarget).toBeDefined();
    expect(result.epochsToTarget).toBeLessThan(500);
    expect(seen[0]).toBe(5);
    expect(result.model.format).toBe('actlab.mlp/1');
  });

  it('is cancelled by an AbortSignal', async () => {
    const controller = new AbortController();
    const trainer = createTrainer(XOR_CONFIG, { train: xorData(200, 1) });
    const run = runTrainer(trainer, {
      epochs: 100_000,
      onProgress: (m) => m.epoch >= 3 && controller.abort(),
      signal: controller.signal,
    });
    await expect(run).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(trainer.epoch).toBeLessThan(10);
  });
});

import { gradients as gradientsOf } from './gradients.js';
import { forwardRows } from './forward-batch.js';
