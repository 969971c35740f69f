import { SCALAR_IDS, VECTOR_IDS } from '@actlab/core';
import {
  DATASET_NAMES,
  FEATURE_IDS,
  INIT_IDS,
  LOSS_IDS,
  OPTIMIZER_IDS,
  REGULARIZATION_TYPES,
} from '@actlab/train';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { parseEvents } from '../sse.js';
import { expectProblem } from '../test-helpers.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildApp({ limits: { maxTrainingWork: 500_000_000 } });
});
afterAll(() => app.close());

const train = (payload: object) => app.inject({ method: 'POST', url: '/v1/train', payload });

interface TrainAnswer {
  history: {
    epoch: number;
    loss: number;
    testLoss: number;
    accuracy: number;
    gradientNorms: number[];
  }[];
  model: { format: string; inputSize: number; layers: { activation: string }[] };
  metrics: { trainLoss: number };
}

describe('POST /v1/train', () => {
  it('applies regularization and the initialization named in the body', async () => {
    const base = {
      dataset: 'circle',
      points: 100,
      noise: 0,
      hidden: [4],
      activation: 'relu',
      epochs: 5,
      seed: 2,
    };
    const plain = (await train(base)).json() as TrainAnswer;
    const l2 = (
      await train({ ...base, regularization: { type: 'l2', rate: 0.5 } })
    ).json() as TrainAnswer;
    expect(l2.metrics.trainLoss).not.toBe(plain.metrics.trainLoss);
    const zeros = await train({ ...base, init: 'zeros' });
    expect(zeros.statusCode).toBe(200);
    const bad = await train({ ...base, regularization: { type: 'l3', rate: 1 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
  });

  it('trains a classifier, reports its history, and the model predicts', async () => {
    const body = {
      dataset: 'circle',
      points: 200,
      noise: 0,
      hidden: [6],
      activation: 'tanh',
      optimizer: { type: 'adam', learningRate: 0.03 },
      epochs: 30,
      seed: 3,
    };
    const res = await train(body);
    expect(res.statusCode).toBe(200);
    const answer = res.json() as TrainAnswer;
    expect(answer.history).toHaveLength(30);
    expect(answer.history[0]?.epoch).toBe(1);
    expect(answer.history[0]?.gradientNorms).toHaveLength(2);
    expect(answer.history.at(-1)?.loss).toBeLessThan(answer.history[0]?.loss as number);
    expect(answer.history.at(-1)?.accuracy).toBeGreaterThan(0.8);
    expect(answer.model.layers.map((l) => l.activation)).toEqual(['tanh', 'sigmoid']);
    // The same seed gives the same run.
    expect((await train(body)).json()).toEqual(answer);
    const predicted = await app.inject({
      method: 'POST',
      url: '/v1/predict',
      payload: { model: answer.model, inputs: [[0, 0]] },
    });
    expect(predicted.statusCode).toBe(200);
  });

  it('takes one activation per layer with parameters, and regression defaults', async () => {
    const res = await train({
      dataset: 'sine',
      points: 50,
      hidden: [4, 4],
      activation: ['relu', { id: 'leaky_relu', params: { alpha: 0.1 } }],
      epochs: 5,
    });
    expect(res.statusCode).toBe(200);
    const answer = res.json() as TrainAnswer & { model: { layers: { params: object }[] } };
    expect(answer.model.layers.map((l) => l.activation)).toEqual(['relu', 'leaky_relu', 'linear']);
    expect(answer.model.layers[1]?.params).toEqual({ alpha: 0.1 });
  });

  it('answers 422 over the cost budget, stating the cost and the budget', async () => {
    const problem = expectProblem(
      await train({
        dataset: 'circle',
        points: 1000,
        hidden: [32, 32],
        activation: 'relu',
        epochs: 500,
      }),
      422,
    );
    expect(problem.code).toBe('WORK_LIMIT');
    expect(problem.detail).toMatch(
      /^the run costs 4\.34e\+9 work units \(training .*\), over the budget of 5\.00e\+8; /,
    );
  });

  it('names the field at fault for bad configurations', async () => {
    const base = { dataset: 'circle', points: 100, hidden: [4], activation: 'tanh', epochs: 1 };
    const cases: [object, number, string, string][] = [
      [{ ...base, activation: 'nope' }, 422, 'INVALID_CONFIG', 'layers[0].activation'],
      [{ ...base, activation: ['tanh', 'relu'] }, 422, 'INVALID_CONFIG', 'activation'],
      [{ ...base, loss: 'mse', dataset: 'spiral3' }, 422, 'INVALID_CONFIG', 'loss'],
      [{ ...base, dataset: 'iris', noise: 0.1 }, 422, 'INVALID_DATASET', 'points'],
      [{ ...base, inputs: ['x1sq'], dataset: 'sine' }, 422, 'INVALID_CONFIG', 'inputs'],
      // Ids are listed by the schema (train's own lists), so an unknown one is malformed.
      [{ ...base, dataset: 'circel' }, 400, 'INVALID_REQUEST', 'dataset'],
      [{ ...base, optimizer: { type: 'rmsprop' } }, 400, 'INVALID_REQUEST', 'optimizer.type'],
      [{ ...base, loss: 'hinge' }, 400, 'INVALID_REQUEST', 'loss'],
      [{ ...base, init: 'orthogonal' }, 400, 'INVALID_REQUEST', 'init'],
      [{ ...base, epochs: 0 }, 400, 'INVALID_REQUEST', 'epochs'],
      [{ ...base, hidden: 'big' }, 400, 'INVALID_REQUEST', 'hidden'],
    ];
    for (const [body, status, code, field] of cases) {
      const problem = expectProblem(await train(body), status);
      expect(problem.code, JSON.stringify(body)).toBe(code);
      expect(problem.field, JSON.stringify(body)).toBe(field);
    }
  });

  it("names the allowed ids of an unknown one, from train's own lists", async () => {
    const base = { points: 100, hidden: [4], activation: 'tanh', epochs: 1 };
    const problem = expectProblem(await train({ ...base, dataset: 'circel' }), 400);
    expect(problem.detail).toBe(`body.dataset must be one of ${DATASET_NAMES.join(', ')}`);
    interface Schema {
      enum?: string[];
      items?: Schema;
      properties?: Record<string, Schema>;
      anyOf?: Schema[];
      description?: string;
    }
    const doc = (await app.inject({ url: '/openapi.json' })).json() as {
      paths: Record<
        string,
        { post: { requestBody: { content: Record<string, { schema: Schema }> } } }
      >;
    };
    const schema = doc.paths['/v1/train']?.post.requestBody.content['application/json']?.schema;
    const field = (name: string) => schema?.properties?.[name];
    expect(field('dataset')?.enum).toEqual([...DATASET_NAMES]);
    expect(field('loss')?.enum).toEqual([...LOSS_IDS]);
    expect(field('optimizer')?.properties?.type?.enum).toEqual([...OPTIMIZER_IDS]);
    expect(field('init')?.enum).toEqual([...INIT_IDS]);
    expect(field('inputs')?.items?.enum).toEqual([...FEATURE_IDS]);
    expect(field('regularization')?.properties?.type?.enum).toEqual([...REGULARIZATION_TYPES]);
    // Activations stay strings (aliases, and core's 422 naming the closest ids), but their
    // description lists every id core has.
    const described = field('output')?.anyOf?.[0]?.description ?? '';
    for (const id of [...SCALAR_IDS, ...VECTOR_IDS]) expect(described).toContain(id);
  });

  it('decodes non-finite activation parameters and encodes a diverged run', async () => {
    const problem = expectProblem(
      await train({
        dataset: 'sine',
        hidden: [4],
        activation: { id: 'leaky_relu', params: { alpha: 'Infinity' } },
        epochs: 1,
      }),
      422,
    );
    // The number Infinity reached core (a string would read "Infinity" in quotes).
    expect(problem.detail).toMatch(/alpha must be a finite number .*, got Infinity$/);
    const res = await train({
      dataset: 'sine',
      points: 50,
      hidden: [8],
      activation: 'relu',
      optimizer: { type: 'sgd', learningRate: 100 },
      epochs: 20,
    });
    expect(res.statusCode).toBe(200);
    const losses = (res.json() as TrainAnswer).history.map((h) => h.loss as unknown);
    expect(losses[0]).toBeTypeOf('number');
    expect(losses.at(-1)).toBeOneOf(['Infinity', 'NaN']);
  });

  it('trains on chosen input features of the plane', async () => {
    const res = await train({
      dataset: 'circle',
      points: 200,
      noise: 0,
      inputs: ['x1sq', 'x2sq'],
      hidden: [],
      activation: 'tanh',
      optimizer: { type: 'adam', learningRate: 0.1 },
      epochs: 100,
    });
    expect(res.statusCode).toBe(200);
    // x1² and x2² let one sigmoid unit separate the disc from the ring.
    expect((res.json() as TrainAnswer).history.at(-1)?.accuracy).toBeGreaterThan(0.9);
  });

  it('streams progress events and a final result with Accept: text/event-stream', async () => {
    const body = {
      dataset: 'xor',
      points: 200,
      hidden: [8],
      activation: 'relu',
      epochs: 400,
      seed: 2,
    };
    const res = await app.inject({
      method: 'POST',
      url: '/v1/train',
      payload: body,
      headers: { accept: 'text/event-stream' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
    const events = parseEvents(res.body);
    expect(events.length).toBeGreaterThanOrEqual(2);
    const last = events.at(-1);
    expect(last?.event).toBe('result');
    for (const e of events.slice(0, -1)) expect(e.event).toBe('progress');
    // The stream carries the same run as the JSON answer.
    const json = (await train(body)).json() as TrainAnswer;
    expect(last?.data).toEqual(json);
  });

  it('answers bad input to a streaming request as a plain problem', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/v1/train',
      payload: { dataset: 'circle', hidden: [], activation: 'relu', output: 'nope', epochs: 1 },
      headers: { accept: 'text/event-stream' },
    });
    expectProblem(res, 422);
  });

  it('refuses a run beyond the queue with 503 and Retry-After, and keeps answering /healthz', async () => {
    const busy = await buildApp({ limits: { trainingConcurrency: 1, trainingQueue: 0 } });
    const body = { dataset: 'circle', points: 500, hidden: [16], activation: 'tanh', epochs: 2000 };
    const first = busy.inject({ method: 'POST', url: '/v1/train', payload: body });
    // Let the first run start and take its slot.
    await new Promise((resolve) => setTimeout(resolve, 30));
    const health = await busy.inject({ url: '/healthz' });
    expect(health.statusCode).toBe(200);
    const second = await busy.inject({ method: 'POST', url: '/v1/train', payload: body });
    const problem = expectProblem(second, 503);
    expect(problem.code).toBe('BUSY');
    expect(second.headers['retry-after']).toBe('5');
    const streamed = await busy.inject({
      method: 'POST',
      url: '/v1/train',
      payload: body,
      headers: { accept: 'text/event-stream' },
    });
    expectProblem(streamed, 503);
    expect((await first).statusCode).toBe(200);
    await busy.close();
  });
});
