import { describe, expect, it } from 'vitest';
import { circle } from './datasets/synthetic.js';
import { isTrainError } from './errors.js';
import {
  FEATURES,
  FEATURE_IDS,
  checkFeatures,
  featureDataset,
  featureInfo,
  featureRows,
  isFeatureId,
} from './features.js';
import type { FeatureId } from './features.js';
import { planRun } from './plan.js';
import { createTrainer } from './trainer.js';

/** The error code and path `run` throws with (fails when it does not throw a TrainError). */
function codeOf(run: () => unknown): [string, string] {
  try {
    run();
  } catch (error) {
    if (isTrainError(error)) return [error.code, error.path];
    throw error;
  }
  throw new Error('expected a TrainError');
}

describe('the feature list', () => {
  it("offers TensorFlow Playground's seven features, in its order, each with a label", () => {
    expect(FEATURES.map((f) => f.id)).toEqual([...FEATURE_IDS]);
    expect(FEATURES.map((f) => f.label)).toEqual([
      'x1',
      'x2',
      'x1²',
      'x2²',
      'x1·x2',
      'sin(x1)',
      'sin(x2)',
    ]);
    expect(featureInfo('x1x2').latex).toBe('x_1 x_2');
    expect(isFeatureId('sinx2')).toBe(true);
    expect(isFeatureId('x3')).toBe(false);
  });

  it('computes each feature exactly at a few points', () => {
    // Expected values written out by hand (sin(1) and sin(-2) to 16 digits).
    const cases: [number, number, Record<FeatureId, number>][] = [
      [0, 0, { x1: 0, x2: 0, x1sq: 0, x2sq: 0, x1x2: 0, sinx1: 0, sinx2: 0 }],
      [
        1,
        -2,
        {
          x1: 1,
          x2: -2,
          x1sq: 1,
          x2sq: 4,
          x1x2: -2,
          sinx1: 0.8414709848078965,
          sinx2: -0.9092974268256817,
        },
      ],
      [
        -3,
        0.5,
        {
          x1: -3,
          x2: 0.5,
          x1sq: 9,
          x2sq: 0.25,
          x1x2: -1.5,
          sinx1: -0.1411200080598672,
          sinx2: 0.479425538604203,
        },
      ],
    ];
    for (const [x1, x2, expected] of cases) {
      const row = featureRows(Float64Array.of(x1, x2), 1, FEATURE_IDS);
      FEATURE_IDS.forEach((id, j) => expect(row[j]).toBeCloseTo(expected[id], 15));
    }
  });

  it('maps rows in the order of the chosen features', () => {
    const rows = featureRows(Float64Array.of(1, 2, 3, 4), 2, ['x1x2', 'x1']);
    expect([...rows]).toEqual([2, 1, 12, 3]);
  });

  it('refuses an empty list, an unknown id or a repeat, naming inputs', () => {
    expect(codeOf(() => checkFeatures([]))).toEqual(['INVALID_CONFIG', 'inputs']);
    expect(codeOf(() => checkFeatures(['x1', 'x3']))).toEqual(['INVALID_CONFIG', 'inputs']);
    expect(codeOf(() => checkFeatures(['x1', 'x1']))).toEqual(['INVALID_CONFIG', 'inputs']);
  });

  it('maps a 2-input dataset, keeping its targets and naming the new inputs', () => {
    const data = circle({ points: 20, noise: 0, seed: 2 });
    const mapped = featureDataset(data, ['x1sq', 'x2sq', 'sinx1']);
    expect(mapped.inputSize).toBe(3);
    expect(mapped.featureNames).toEqual(['x1²', 'x2²', 'sin(x1)']);
    expect(mapped.targets).toBe(data.targets);
    expect(mapped.inputs[3]).toBe((data.inputs[2] as number) ** 2);
    expect(mapped.inputs[5]).toBe(Math.sin(data.inputs[2] as number));
  });
});

/** Training accuracy on circle after 30 epochs with no hidden layer, on the given inputs. */
function circleAccuracy(inputs: readonly FeatureId[]): number {
  const run = planRun({ dataset: 'circle', inputs, hidden: [], activation: 'tanh', epochs: 30 });
  const trainer = createTrainer(run.config, run.data);
  for (let e = 0; e < run.epochs; e++) trainer.runEpoch();
  return trainer.evaluate().testAccuracy ?? NaN;
}

describe('features in training', () => {
  it('x1² and x2² let a network with no hidden layer separate circle; x1 and x2 cannot', () => {
    expect(circleAccuracy(['x1sq', 'x2sq'])).toBeGreaterThan(0.9);
    // A line through the disc and ring leaves one class on both sides: about chance.
    expect(circleAccuracy(['x1', 'x2'])).toBeLessThan(0.7);
  });

  it('predicts the grid through the features exactly as row by row', () => {
    const inputs: FeatureId[] = ['x1', 'x2sq', 'x1x2', 'sinx2'];
    const run = planRun({ dataset: 'xor', inputs, hidden: [3], activation: 'tanh', epochs: 1 });
    const trainer = createTrainer(run.config, run.data);
    trainer.runEpoch();
    const size = 7;
    const grid = trainer.predictGrid({
      xMin: -6,
      xMax: 6,
      yMin: -5,
      yMax: 4,
      size,
      features: inputs,
    });
    for (let iy = 0; iy < size; iy++) {
      for (let ix = 0; ix < size; ix++) {
        const x1 = -6 + (12 * ix) / (size - 1);
        const x2 = -5 + (9 * iy) / (size - 1);
        const row = Float64Array.of(x1, x2 * x2, x1 * x2, Math.sin(x2));
        expect(grid[iy * size + ix]).toBe(trainer.predict(row)[0]);
      }
    }
    // A grid of the wrong width is refused.
    expect(() =>
      trainer.predictGrid({ xMin: 0, xMax: 1, yMin: 0, yMax: 1, size, features: ['x1'] }),
    ).toThrow(/1 features but the network takes 4/);
  });
});
