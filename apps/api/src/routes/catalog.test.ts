import { DATASET_NAMES, EXPERIMENT_CATALOG, EXPERIMENT_IDS } from '@actlab/train';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildApp();
});
afterAll(() => app.close());

describe('GET /v1/experiments', () => {
  it("lists the course's experiments with their explanation and defaults", async () => {
    const res = await app.inject({ url: '/v1/experiments' });
    expect(res.statusCode).toBe(200);
    const { experiments } = res.json() as {
      experiments: { id: string; explanation: string; defaults: object }[];
    };
    expect(experiments.map((e) => e.id)).toEqual(EXPERIMENT_IDS);
    for (const e of experiments) {
      expect(e.explanation.length).toBeGreaterThan(20);
      expect(Object.keys(e.defaults).length).toBeGreaterThan(0);
    }
  });

  it("answers each preset field for field, as train's catalog holds it", async () => {
    const { experiments } = (await app.inject({ url: '/v1/experiments' })).json() as {
      experiments: { preset: object }[];
    };
    // The answer's schema writes out the documented default of testFraction.
    expect(experiments.map((e) => e.preset)).toEqual(
      EXPERIMENT_CATALOG.map((e) => ({
        testFraction: 0.25,
        ...(JSON.parse(JSON.stringify(e.preset)) as object),
      })),
    );
  });
});

describe('GET /v1/datasets', () => {
  it('lists every dataset with its options, digits marked as not trainable here', async () => {
    const res = await app.inject({ url: '/v1/datasets' });
    expect(res.statusCode).toBe(200);
    const { datasets } = res.json() as {
      datasets: { name: string; trainable: boolean; options: { name: string }[] }[];
    };
    expect(datasets.map((d) => d.name)).toEqual([...DATASET_NAMES, 'digits']);
    expect(datasets.find((d) => d.name === 'circle')?.options.map((o) => o.name)).toContain(
      'noise',
    );
    expect(datasets.find((d) => d.name === 'digits')?.trainable).toBe(false);
  });
});
