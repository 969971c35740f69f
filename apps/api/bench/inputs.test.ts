import { describe, expect, it } from 'vitest';
import { uniformNumbers } from '@actlab/bench/kit';
import { DEFAULT_LIMITS } from '../src/limits.js';
import type { TrainBody } from '../src/schemas/train.js';
import { planTraining } from '../src/training.js';
import { EVALUATE_SIZE, TRAINING_REQUEST, evaluateBody } from './inputs.js';

describe('the evaluate body', () => {
  it('is the same seeded numbers every run, all in [-8, 8)', () => {
    const a = uniformNumbers(EVALUATE_SIZE, -8, 8, 1);
    expect(a).toEqual(uniformNumbers(EVALUATE_SIZE, -8, 8, 1));
    expect(a).not.toEqual(uniformNumbers(EVALUATE_SIZE, -8, 8, 2));
    expect(a.every((x) => x >= -8 && x < 8)).toBe(true);
    expect(JSON.parse(evaluateBody(a))).toEqual({ x: a });
  });
});

describe('the training request', () => {
  it('costs just under the default training budget', () => {
    const { total } = planTraining(TRAINING_REQUEST as unknown as TrainBody, DEFAULT_LIMITS).cost;
    expect(total).toBeLessThanOrEqual(DEFAULT_LIMITS.maxTrainingWork);
    expect(total).toBeGreaterThan(0.9 * DEFAULT_LIMITS.maxTrainingWork);
  });
});
