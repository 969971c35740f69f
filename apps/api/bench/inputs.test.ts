import { describe, expect, it } from 'vitest';
import { uniformNumbers } from '@actlab/bench/kit';
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
  it('stays within the default work budget of 500,000,000', () => {
    // 2 inputs, 16 and 16 hidden units, 1 output; 75% of the points train.
    const parameters = 2 * 16 + 16 + 16 * 16 + 16 + 16 * 1 + 1;
    const work = TRAINING_REQUEST.epochs * TRAINING_REQUEST.points * 0.75 * parameters;
    expect(work).toBeLessThanOrEqual(500_000_000);
    expect(work).toBeGreaterThan(400_000_000);
  });
});
