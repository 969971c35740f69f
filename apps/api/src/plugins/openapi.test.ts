import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';

/** The parts of an OpenAPI operation the tests read. */
interface Operation {
  readonly responses: Record<string, { content?: object }>;
  readonly requestBody?: object;
  readonly parameters?: readonly { name: string; in: string; required?: boolean }[];
}

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildApp();
});
afterAll(() => app.close());

describe('documentation', () => {
  it('serves an OpenAPI 3.1 document with every route and its error answers', async () => {
    const res = await app.inject({ url: '/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json() as {
      openapi: string;
      paths: Record<string, Record<string, { responses: Record<string, { content?: object }> }>>;
    };
    expect(doc.openapi).toBe('3.1.0');
    for (const path of [
      '/healthz',
      '/v1/activations',
      '/v1/activations/{id}',
      '/v1/activations/{id}/evaluate',
      '/v1/activations/{id}/curve',
      '/v1/predict',
      '/v1/gradients',
      '/v1/experiments',
      '/v1/datasets',
      '/v1/train',
      '/v1/formulas',
      '/v1/formulas/evaluate',
      '/v1/formulas/curve',
      '/v1/formulas/export',
      '/v1/activations/{id}/export',
      '/v1/backprop',
      '/v1/depth',
      '/v1/activations/{id}/gain',
    ]) {
      expect(doc.paths, path).toHaveProperty([path]);
    }
    const evaluate = doc.paths['/v1/activations/{id}/evaluate']?.post;
    expect(Object.keys(evaluate?.responses ?? {})).toEqual(
      expect.arrayContaining(['200', '400', '404', '413', '422', '429']),
    );
    expect(evaluate?.responses['422']?.content).toHaveProperty(['application/problem+json']);
    expect(doc.paths).not.toHaveProperty(['/openapi.json']);
  });

  it('documents the formula routes with their errors, examples and text answers', async () => {
    const doc = (await app.inject({ url: '/openapi.json' })).json() as {
      paths: Record<string, Record<string, Operation>>;
    };
    const describe = doc.paths['/v1/formulas']?.post;
    expect(Object.keys(describe?.responses ?? {})).toEqual(
      expect.arrayContaining(['200', '400', '413', '422']),
    );
    expect(JSON.stringify(describe?.requestBody)).toContain('sigmoid(beta * x)');
    const exported = doc.paths['/v1/activations/{id}/export']?.get;
    expect(Object.keys(exported?.responses['200']?.content ?? {})).toEqual(
      expect.arrayContaining(['application/json', 'text/x-python']),
    );
    const to = exported?.parameters?.find((p) => p.name === 'to');
    expect(to?.in).toBe('query');
    expect(to?.required).toBe(true);
  });

  it('documents the backprop, depth and gain routes with their errors and examples', async () => {
    const doc = (await app.inject({ url: '/openapi.json' })).json() as {
      paths: Record<string, Record<string, Operation>>;
    };
    const backprop = doc.paths['/v1/backprop']?.post;
    const depth = doc.paths['/v1/depth']?.post;
    for (const op of [backprop, depth]) {
      expect(Object.keys(op?.responses ?? {})).toEqual(
        expect.arrayContaining(['200', '400', '413', '422']),
      );
      expect(op?.responses['422']?.content).toHaveProperty(['application/problem+json']);
    }
    expect(JSON.stringify(backprop?.requestBody)).toContain('binary_cross_entropy');
    expect(JSON.stringify(depth?.requestBody)).toContain('lecun');
    const gain = doc.paths['/v1/activations/{id}/gain']?.get;
    expect(Object.keys(gain?.responses ?? {})).toEqual(
      expect.arrayContaining(['200', '404', '422']),
    );
  });

  it('serves the interactive documentation at /docs', async () => {
    const page = await app.inject({ url: '/docs' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.body).toMatch(/swagger/i);
  });
});
