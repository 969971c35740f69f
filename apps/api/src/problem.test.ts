import { ActlabError } from '@actlab/core';
import { TrainError } from '@actlab/train';
import { describe, expect, it } from 'vitest';
import { ApiError, INTERNAL_DETAIL, fieldFromPointer, problemFor } from './problem.js';

describe('fieldFromPointer', () => {
  it('turns JSON pointers into dotted paths with indices', () => {
    expect(fieldFromPointer('/model/layers/0/weights/1')).toBe('model.layers[0].weights[1]');
    expect(fieldFromPointer('', 'x')).toBe('x');
    expect(fieldFromPointer('/params', 'alpha')).toBe('params.alpha');
    expect(fieldFromPointer('/a~1b')).toBe('a/b');
  });
});

describe('problemFor', () => {
  it('maps the core codes', () => {
    const unknown = new ActlabError('UNKNOWN_ACTIVATION', 'unknown', { suggestions: ['relu'] });
    expect(problemFor(unknown, '/u')).toMatchObject({
      status: 404,
      code: 'UNKNOWN_ACTIVATION',
      suggestions: ['relu'],
      instance: '/u',
    });
    const params = new ActlabError('INVALID_PARAMS', 'bad', { param: 'alpha' });
    expect(problemFor(params, '/')).toMatchObject({ status: 422, field: 'params.alpha' });
    expect(problemFor(new ActlabError('SHAPE_MISMATCH', 'odd'), '/').status).toBe(422);
  });

  it('maps the train codes', () => {
    for (const code of [
      'INVALID_MODEL',
      'INVALID_CONFIG',
      'SHAPE_MISMATCH',
      'INVALID_DATASET',
    ] as const) {
      expect(problemFor(new TrainError(code, 'm', 'p'), '/')).toMatchObject({
        status: 422,
        field: 'p',
      });
    }
    expect(problemFor(new TrainError('UNKNOWN_EXPERIMENT', 'm'), '/').status).toBe(422);
  });

  it("keeps the API's own errors and Fastify's 4xx, hides every 5xx", () => {
    expect(problemFor(new ApiError(413, 'TOO_MANY_VALUES', 'big', 'x'), '/')).toMatchObject({
      status: 413,
      title: 'Content Too Large',
      field: 'x',
    });
    const tooLarge = Object.assign(new Error('Request body is too large'), { statusCode: 413 });
    expect(problemFor(tooLarge, '/').detail).toBe('Request body is too large');
    const internal = Object.assign(new Error('ECONNREFUSED 10.0.0.1'), { statusCode: 502 });
    expect(problemFor(internal, '/')).toMatchObject({ status: 502, detail: INTERNAL_DETAIL });
    expect(problemFor('a string', '/')).toMatchObject({ status: 500, detail: INTERNAL_DETAIL });
    expect(problemFor(null, '/').status).toBe(500);
  });
});
