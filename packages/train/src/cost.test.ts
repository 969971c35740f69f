import { describe, expect, it } from 'vitest';
import { describeCost, evaluationCount, trainingCost } from './cost.js';
import type { LayerShape } from './network.js';

/** 2 -> 3 -> 1: 9 + 4 = 13 parameters, 4 pre-activations. */
const SMALL: LayerShape[] = [
  { inputSize: 2, rows: 3, units: 3 },
  { inputSize: 3, rows: 1, units: 1 },
];

describe('trainingCost', () => {
  it('adds training, evaluation, steps and formulas as worked out by hand', () => {
    const cost = trainingCost({
      epochs: 2,
      trainRows: 75,
      testRows: 25,
      batchSize: 10,
      layers: SMALL,
      activationWork: 5,
    });
    // Per example: 3 x 13 + 60 x 4 + 200 = 479; per evaluated row: 13 + 240 + 200 = 453.
    expect(cost.training).toBe(2 * 75 * 479);
    // Each of the 2 evaluations: 100 rows x 453, one batch of 10 probed (x 479), 5,000 fixed.
    expect(cost.evaluationCount).toBe(2);
    expect(cost.evaluation).toBe(2 * (100 * 453 + 10 * 479 + 5_000));
    // ceil(75 / 10) = 8 steps an epoch, each 1,000 + 12 x 13; 2,000 per epoch.
    expect(cost.stepCount).toBe(16);
    expect(cost.steps).toBe(16 * (1_000 + 156) + 2 * 2_000);
    expect(cost.formulas).toBe(5 * (2 * 75 + 2 * 100));
    expect(cost.total).toBe(cost.training + cost.evaluation + cost.steps + cost.formulas);
  });

  it('counts a batch of one as one step per example, and a batch larger than the rows as one', () => {
    const one = trainingCost({
      epochs: 3,
      trainRows: 50,
      testRows: 0,
      batchSize: 1,
      layers: SMALL,
    });
    expect(one.stepCount).toBe(150);
    const all = trainingCost({
      epochs: 3,
      trainRows: 50,
      testRows: 0,
      batchSize: 999,
      layers: SMALL,
    });
    expect(all.stepCount).toBe(3);
    // The default batch is 10.
    expect(trainingCost({ epochs: 1, trainRows: 95, testRows: 0, layers: SMALL }).stepCount).toBe(
      10,
    );
  });

  it('grows with the test rows, so a large test set cannot ride free', () => {
    const shape = { epochs: 100, trainRows: 10, layers: SMALL };
    const few = trainingCost({ ...shape, testRows: 10 });
    const many = trainingCost({ ...shape, testRows: 90 });
    expect(many.evaluation - few.evaluation).toBe(100 * 80 * 453);
    expect(many.training).toBe(few.training);
  });

  it('counts evaluations every k epochs and after the last', () => {
    expect(evaluationCount(10)).toBe(10);
    expect(evaluationCount(10, 4)).toBe(3);
    expect(evaluationCount(1000, 5)).toBe(200);
    expect(evaluationCount(1, 5)).toBe(1);
  });

  it('describes a cost by its parts', () => {
    const cost = trainingCost({ epochs: 1, trainRows: 10, testRows: 0, layers: SMALL });
    expect(describeCost(cost)).toBe(
      '2.23e+4 work units (training 4.79e+3, 1 evaluations 1.43e+4, 1 steps 3.16e+3)',
    );
  });
});
