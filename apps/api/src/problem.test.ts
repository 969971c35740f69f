import { ACTLAB_ERROR_CODES, ActlabError } from '@actlab/core';
import { TRAIN_ERROR_CODES, TrainError } from '@actlab/train';
import { describe, expect, it } from 'vitest';
import {
  ApiError,
  INTERNAL_DETAIL,
  LIBRARY_STATUS,
  MAX_DETAIL_LENGTH,
  MAX_FIELD_SEGMENT,
  MAX_INSTANCE_LENGTH,
  fieldFromPointer,
  problemFor,
} from './problem.js';

describe('fieldFromPointer', () => {
  it('turns JSON pointers into dotted paths with indices', () => {
    expect(fieldFromPointer('/model/layers/0/weights/1')).toBe('model.layers[0].weights[1]');
    expect(fieldFromPointer('', 'x')).toBe('x');
    expect(fieldFromPointer('/params', 'alpha')).toBe('params.alpha');
    expect(fieldFromPointer('/a~1b')).toBe('a/b');
  });

  it('cuts a long name to MAX_FIELD_SEGMENT characters, marked with …', () => {
    const field = fieldFromPointer('/model', 'k'.repeat(100_000));
    expect(field).toBe(`model.${'k'.repeat(MAX_FIELD_SEGMENT - 1)}…`);
  });
});

describe('short quotes', () => {
  it('bound the detail and the instance of any problem, whatever the message and URL', () => {
    const url = `/v1/x?q=${'9'.repeat(100_000)}`;
    const fromLibrary = Object.assign(new Error('x'.repeat(100_000)), { statusCode: 400 });
    const problem = problemFor(fromLibrary, url);
    expect(problem.detail.length).toBe(MAX_DETAIL_LENGTH);
    expect(problem.detail.endsWith('…')).toBe(true);
    expect(problem.instance?.length).toBe(MAX_INSTANCE_LENGTH);
    expect(problem.instance?.startsWith('/v1/x?q=999')).toBe(true);
    expect(problemFor(fromLibrary, '/short').instance).toBe('/short');
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

  it("maps INVALID_FORMULA to 422 with the formula's position as extension members", () => {
    const error = new ActlabError('INVALID_FORMULA', 'unknown name sigmod', {
      position: 4,
      end: 10,
      expected: 'a function name',
      suggestions: ['sigmoid'],
    });
    expect(problemFor(error, '/v1/formulas')).toEqual({
      type: 'urn:actlab:problem:invalid-formula',
      title: 'Unprocessable Content',
      status: 422,
      detail: 'unknown name sigmod',
      code: 'INVALID_FORMULA',
      instance: '/v1/formulas',
      position: 4,
      end: 10,
      expected: 'a function name',
      suggestions: ['sigmoid'],
    });
    const api = new ApiError(422, 'INVALID_FORMULA', 'm', 'formula', { position: 0 });
    expect(problemFor(api, '/')).toMatchObject({ field: 'formula', position: 0 });
    expect(problemFor(api, '/')).not.toHaveProperty('end');
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
    expect(problemFor(new TrainError('WORK_LIMIT', 'm', 'epochs'), '/')).toMatchObject({
      status: 422,
      type: 'urn:actlab:problem:work-limit',
      field: 'epochs',
    });
    expect(problemFor(new TrainError('CANCELLED', 'm'), '/').status).toBe(503);
  });

  it("gives every code of core's and train's lists an error status from the table", () => {
    const table: Readonly<Record<string, number>> = LIBRARY_STATUS;
    const errors = [
      ...Object.keys(ACTLAB_ERROR_CODES).map(
        (code) => [code, new ActlabError(code as keyof typeof ACTLAB_ERROR_CODES, 'm')] as const,
      ),
      ...Object.keys(TRAIN_ERROR_CODES).map(
        (code) => [code, new TrainError(code as keyof typeof TRAIN_ERROR_CODES, 'm')] as const,
      ),
    ];
    expect(errors.length).toBeGreaterThanOrEqual(10);
    for (const [code, error] of errors) {
      expect(Object.hasOwn(table, code), code).toBe(true);
      const status = table[code] as number;
      expect(status >= 400 && status < 600, code).toBe(true);
      expect(problemFor(error, '/')).toMatchObject({ status, code });
    }
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
