import { describe, expect, it } from 'vitest';
import {
  MAX_JSON_BYTES_PER_NUMBER,
  checkCost,
  curveCost,
  depthCost,
  evaluateCost,
  gradientsCost,
  predictCost,
} from './cost.js';
import { DEFAULT_LIMITS } from './limits.js';
import { ApiError } from './problem.js';

/** The ApiError `fn` throws (fails the test when it throws nothing or something else). */
function refusal(fn: () => void): ApiError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error('expected a refusal');
}

describe('the cost of each route', () => {
  it('counts predict as rows x (parameters + formula work) and rows x outputs', () => {
    const cost = predictCost(10_000, { parameters: 5_000, formulaWork: 0, outputs: 2_500 });
    expect(cost.work).toBe(50_000_000);
    expect(cost.answer).toBe(25_000_000);
    expect(predictCost(3, { parameters: 9, formulaWork: 4, outputs: 1 }).work).toBe(39);
  });

  it('counts gradients as the parameters answered, and the work per row', () => {
    const cost = gradientsCost(2, { parameters: 9, formulaWork: 0, outputs: 1 });
    expect(cost).toMatchObject({ work: 18, answer: 10, field: 'inputs', answerField: 'model' });
  });

  it('counts a Jacobian as n x n + n numbers, a scalar evaluation as 2n', () => {
    expect(evaluateCost('vector', 1_000, 1).answer).toBe(1_001_000);
    expect(evaluateCost('scalar', 1_000, 7)).toMatchObject({ answer: 2_000, work: 7_000 });
  });

  it('counts a curve with 7 more samples per kink inside the range', () => {
    expect(curveCost(200, 1, 3)).toMatchObject({ answer: 3 * 207, work: 3 * 207 });
  });

  it('counts depth as depth x width x batch x (width + formula work)', () => {
    expect(depthCost(30, 64, 16, 0, false)).toMatchObject({
      work: 30 * 64 * 16 * 64,
      budget: 'depth',
      field: 'width',
    });
  });
});

describe('checkCost', () => {
  it('refuses an answer over the limit with 413, stating the count and the limit', () => {
    const cost = predictCost(10_000, { parameters: 5_000, formulaWork: 0, outputs: 2_500 });
    const error = refusal(() => checkCost(cost, DEFAULT_LIMITS));
    expect(error.statusCode).toBe(413);
    expect(error.code).toBe('ANSWER_TOO_LARGE');
    expect(error.field).toBe('inputs');
    expect(error.message).toContain('10000 x 2500 = 25,000,000 numbers');
    expect(error.message).toContain('limit of 50,000');
    expect(error.message).toContain(
      `about ${(50_000 * MAX_JSON_BYTES_PER_NUMBER) / 1e6} MB of JSON`,
    );
  });

  it('names the model when a gradient answer is too large', () => {
    const cost = gradientsCost(1, { parameters: 250_000, formulaWork: 0, outputs: 1 });
    expect(refusal(() => checkCost(cost, DEFAULT_LIMITS)).field).toBe('model');
  });

  it('refuses work over the budget with 422, stating the count and the budget', () => {
    const cost = predictCost(5, { parameters: 9, formulaWork: 0, outputs: 1 });
    const error = refusal(() => checkCost(cost, { ...DEFAULT_LIMITS, maxForwardWork: 40 }));
    expect(error.statusCode).toBe(422);
    expect(error.code).toBe('WORK_LIMIT');
    expect(error.message).toBe(
      'rows x parameters = 5 x 9 is 45 work units, over the limit of 40; send fewer rows',
    );
  });

  it('holds depth to its own budget', () => {
    // 100 layers of 128 at the default batch (8) fit; 100 of 512 (the engine's largest) do not.
    const cost = depthCost(100, 128, 8, 0, true);
    expect(() => checkCost(cost, DEFAULT_LIMITS)).not.toThrow();
    expect(() => checkCost(depthCost(100, 512, 4, 0, true), DEFAULT_LIMITS)).toThrow(ApiError);
    const error = refusal(() => checkCost(cost, { ...DEFAULT_LIMITS, maxDepthWork: 1_000 }));
    expect(error.field).toBe('batch');
  });

  it('accepts the largest default answers: 25,000 values of f and f′', () => {
    expect(() => checkCost(evaluateCost('scalar', 25_000, 1), DEFAULT_LIMITS)).not.toThrow();
    // A Jacobian answers n + n^2 numbers: 223 + 49,729 fit in 50,000, 224 + 50,176 do not.
    expect(() => checkCost(evaluateCost('vector', 223, 1), DEFAULT_LIMITS)).not.toThrow();
    expect(() => checkCost(evaluateCost('vector', 224, 1), DEFAULT_LIMITS)).toThrow(ApiError);
  });
});
