/** POST /v1/train: experiments' presets as request defaults, and standardization of raw inputs. */
import { EXPERIMENT_CATALOG, dataset } from '@actlab/train';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { expectProblem } from '../test-helpers.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildApp({ limits: { maxTrainingWork: 500_000_000 } });
});
afterAll(() => app.close());

const train = (payload: object) => app.inject({ method: 'POST', url: '/v1/train', payload });

interface TrainAnswer {
  history: { epoch: number; loss: number; accuracy?: number }[];
  model: { inputSize: number; layers: { activation: string }[] };
}

describe('POST /v1/train with an experiment', () => {
  it("runs the experiment's preset, the same run as its fields spelled out", async () => {
    const preset = EXPERIMENT_CATALOG.find((e) => e.id === 'decision-boundary')?.preset;
    expect(preset?.dataset).toBe('circle');
    const res = await train({ experiment: 'decision-boundary' });
    expect(res.statusCode).toBe(200);
    const answer = res.json() as TrainAnswer;
    expect(answer.history).toHaveLength(preset?.epochs as number);
    expect(answer.model.layers.map((l) => l.activation)).toEqual(['tanh', 'sigmoid']);
    // The lesson: a tanh hidden layer bends the boundary around the disc.
    expect(answer.history.at(-1)?.accuracy).toBeGreaterThan(0.9);
    expect((await train({ ...preset })).json()).toEqual(answer);
  });

  it("lets the body's fields override the preset", async () => {
    const res = await train({ experiment: 'decision-boundary', activation: 'relu', epochs: 3 });
    expect(res.statusCode).toBe(200);
    const answer = res.json() as TrainAnswer;
    expect(answer.history).toHaveLength(3);
    expect(answer.model.layers.map((l) => l.activation)).toEqual(['relu', 'sigmoid']);
  });

  it('names an unknown experiment, the digits, and fields no preset supplies', async () => {
    const unknown = expectProblem(await train({ experiment: 'vanishing' }), 422);
    expect(unknown.code).toBe('UNKNOWN_EXPERIMENT');
    expect(unknown.detail).toMatch(/vanishing-gradient/);
    const digits = expectProblem(await train({ experiment: 'digits' }), 422);
    expect(digits.code).toBe('INVALID_DATASET');
    const missing = expectProblem(
      await train({ dataset: 'circle', hidden: [4], activation: 'tanh' }),
      400,
    );
    expect(missing.field).toBe('epochs');
    expect(missing.code).toBe('MISSING_FIELD');
    expect(missing.detail).toMatch(/epochs is required/);
  });
});

describe('POST /v1/train on iris', () => {
  it('standardizes the inputs and answers a model that takes raw centimetres', async () => {
    const body = {
      dataset: 'iris',
      features: 4,
      hidden: [8],
      activation: 'tanh',
      optimizer: { type: 'adam', learningRate: 0.03 },
      epochs: 60,
      seed: 4,
    };
    const answer = (await train(body)).json() as TrainAnswer;
    expect(answer.model.inputSize).toBe(4);
    const flowers = dataset('iris', { features: 4 });
    const inputs = Array.from({ length: flowers.size }, (_, r) =>
      Array.from(flowers.inputs.subarray(r * 4, r * 4 + 4)),
    );
    const predicted = await app.inject({
      method: 'POST',
      url: '/v1/predict',
      payload: { model: answer.model, inputs },
    });
    const { outputs } = predicted.json() as { outputs: number[][] };
    let right = 0;
    outputs.forEach((p, r) => {
      const best = p.indexOf(Math.max(...p));
      // Multiclass targets are class indices.
      if (flowers.targets[r] === best) right++;
    });
    // Raw measurements into the folded model: as accurate as training reported.
    expect(right / flowers.size).toBeGreaterThan(0.9);
  });

  it('trains on raw measurements when told not to standardize', async () => {
    const res = await train({
      dataset: 'iris',
      standardize: false,
      hidden: [4],
      activation: 'tanh',
      epochs: 2,
    });
    expect(res.statusCode).toBe(200);
  });
});

describe('POST /v1/train with an unknown property', () => {
  it('refuses it by name instead of dropping it', async () => {
    const problem = expectProblem(
      await train({ dataset: 'circle', hidden: [4], activation: 'tanh', epochs: 1, epoch: 5 }),
      400,
    );
    expect(problem.field).toBe('epoch');
    expect(problem.detail).toBe('body has a property this request does not take (named in field)');
  });
});
