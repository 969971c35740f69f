/** Assertions shared by the route tests (not part of the build: see tsconfig.build.json). */
import { expect } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import type { ProblemDocument } from './schemas/common.js';

/** Asserts `res` is an RFC 9457 problem with `status` and returns it. */
export function expectProblem(res: LightMyRequestResponse, status: number): ProblemDocument {
  expect(res.statusCode).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  const problem = res.json() as ProblemDocument;
  expect(problem.status).toBe(status);
  expect(typeof problem.type).toBe('string');
  expect(typeof problem.title).toBe('string');
  expect(typeof problem.detail).toBe('string');
  return problem;
}
