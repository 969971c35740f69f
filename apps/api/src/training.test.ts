import type { Metrics } from '@actlab/train';
import { TrainError } from '@actlab/train';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from './limits.js';
import { problemFor } from './problem.js';
import type { TrainBody } from './schemas/train.js';
import { planTraining, progressEntry, trainRequest } from './training.js';

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

  it("plans through train with the API's budget", () => {
    const plan = planTraining(body, DEFAULT_LIMITS);
    // 2 epochs x 75 training rows x (2*4 + 4 + 4 + 1) parameters.
    expect(plan.work).toBe(2 * 75 * 17);
    expect(() => planTraining(body, { ...DEFAULT_LIMITS, maxTrainingWork: 2549 })).toThrow(
      expect.objectContaining({ code: 'WORK_LIMIT', path: 'epochs' }) as Error,
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
