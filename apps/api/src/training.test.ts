import type { Metrics } from '@actlab/train';
import { TrainError, trainingCost } from '@actlab/train';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from './limits.js';
import { problemFor } from './problem.js';
import type { TrainBody } from './schemas/train.js';
import {
  planTraining,
  progressEntry,
  progressEvery,
  trainingPlan,
  trainRequest,
} from './training.js';

describe('trainRequest', () => {
  it("decodes the non-finite strings in activation parameters, the body's only wire numbers", () => {
    const request = trainRequest({
      dataset: 'circle',
      activation: ['relu', { id: 'hard_tanh', params: { min_val: '-Infinity', max_val: 2 } }],
      output: { id: 'leaky_relu', params: { alpha: 'NaN' } },
      epochs: 3,
    });
    expect(request.activation).toEqual([
      'relu',
      { id: 'hard_tanh', params: { min_val: -Infinity, max_val: 2 } },
    ]);
    expect(request.output).toEqual({ id: 'leaky_relu', params: { alpha: NaN } });
    expect(request).toMatchObject({ dataset: 'circle', epochs: 3 });
    expect(trainRequest({ experiment: 'decision-boundary' })).toEqual({
      experiment: 'decision-boundary',
    });
  });
});

describe('planTraining', () => {
  const body: TrainBody = {
    dataset: 'circle',
    points: 100,
    hidden: [4],
    activation: 'tanh',
    epochs: 2,
  };

  it("plans through train with the API's budget on the whole cost", () => {
    const plan = planTraining(body, DEFAULT_LIMITS);
    // (2*4 + 4) + (4 + 1) parameters; the plan with its data generated agrees.
    expect(plan.parameters).toBe(17);
    const full = trainingPlan(body, DEFAULT_LIMITS);
    // 2 epochs x 75 training rows x 17 parameters.
    expect(full.work).toBe(2 * 75 * 17);
    expect(full.data.train.size).toBe(75);
    expect(full.cost).toEqual(plan.cost);
    const { total } = plan.cost;
    expect(total).toBe(
      trainingCost({
        epochs: 2,
        trainRows: 75,
        testRows: 25,
        layers: [
          { inputSize: 2, rows: 4, units: 4 },
          { inputSize: 4, rows: 1, units: 1 },
        ],
      }).total,
    );
    const tight = { ...DEFAULT_LIMITS, maxTrainingWork: total - 1 };
    expect(() => planTraining(body, tight)).toThrow(
      expect.objectContaining({ code: 'WORK_LIMIT', path: 'epochs' }) as Error,
    );
    expect(planTraining(body, { ...tight, maxTrainingWork: total }).cost.total).toBe(total);
  });

  it('evaluates (and counts) once per history entry, at most 200 a run', () => {
    expect(progressEvery(150)).toBe(1);
    expect(progressEvery(1000)).toBe(5);
    expect(progressEvery(100_000)).toBe(500);
    expect(planTraining({ ...body, epochs: 1000 }, DEFAULT_LIMITS).cost.evaluationCount).toBe(200);
  });

  it('counts typed formulas in every pass, per unit of their layers', () => {
    const formula = { ...body, activation: 'formula: x * tanh(softplus(x))' };
    const plain = planTraining(body, DEFAULT_LIMITS).cost;
    const typed = planTraining(formula, DEFAULT_LIMITS).cost;
    // 4 hidden units of the formula; evaluated in 2 epochs x 75 rows and 2 x 100 evaluated rows.
    expect(typed.formulas).toBeGreaterThan(0);
    expect(typed.formulas % (4 * (2 * 75 + 2 * 100))).toBe(0);
    expect(typed.total - plain.total).toBe(typed.formulas);
    expect(() => planTraining({ ...body, activation: 'formula: x +' }, DEFAULT_LIMITS)).toThrow(
      expect.objectContaining({ code: 'INVALID_FORMULA' }) as Error,
    );
  });

  it('makes a required field that no preset supplies a 400, other bad input a TrainError', () => {
    const noEpochs: TrainBody = { ...body, epochs: undefined };
    const missing = (() => {
      try {
        planTraining(noEpochs, DEFAULT_LIMITS);
      } catch (error) {
        return error;
      }
    })();
    expect(missing).toBeInstanceOf(TrainError);
    expect(missing).toMatchObject({
      code: 'MISSING_FIELD',
      path: 'epochs',
      message: "epochs is required unless an experiment's preset supplies it",
    });
    expect(problemFor(missing, '/v1/train')).toMatchObject({ status: 400, field: 'epochs' });
    expect(() => planTraining({ ...body, hidden: [0] }, DEFAULT_LIMITS)).toThrow(TrainError);
  });
});

describe('progressEntry', () => {
  it('writes non-finite metrics as strings and keeps the epoch a number', () => {
    const layer = {
      gradientNorm: Infinity,
      biasGradientNorm: 0,
      weightNorm: 1,
      saturated: 0,
      histogram: { min: 0, max: 1, counts: [1] },
    };
    const metrics: Metrics = {
      epoch: 4,
      step: 8,
      trainLoss: Infinity,
      testLoss: NaN,
      layers: [layer, { ...layer, gradientNorm: 0.5 }],
    };
    const entry = progressEntry(metrics);
    expect(entry).toEqual({
      epoch: 4,
      loss: 'Infinity',
      testLoss: 'NaN',
      gradientNorms: ['Infinity', 0.5],
    });
  });
});
