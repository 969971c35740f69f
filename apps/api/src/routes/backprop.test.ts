import { gradients } from '@actlab/train';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { expectProblem } from '../test-helpers.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildApp();
});
afterAll(() => app.close());

const post = (payload: unknown) =>
  app.inject({ method: 'POST', url: '/v1/backprop', payload: payload as object });

/** The parts of a trace unit the tests read. */
interface Unit {
  inputs: number[];
  weights: number[];
  bias: number;
  z: number;
  a: number;
  fPrime?: number;
  dLda: number;
  dLdz: number;
  dLdw: number[];
  dLdb: number;
  newWeights: number[];
  newBias: number;
}

/** The parts of a trace the tests read. */
interface Trace {
  loss: number;
  newLoss: number;
  learningRate: number;
  layers: { activation: string; units: Unit[] }[];
  steps: { phase: string; layer?: number; unit?: number; text: string }[];
}

interface Layer {
  activation: string;
  weights: number[][];
  biases: number[];
}

/** A 2-2-1 network: tanh hidden units, a sigmoid output. */
const model = {
  format: 'actlab.mlp/1',
  inputSize: 2,
  layers: [
    {
      activation: 'tanh',
      weights: [
        [0.5, -0.3],
        [0.8, 0.2],
      ],
      biases: [0.1, -0.1],
    },
    { activation: 'sigmoid', weights: [[1.2, -0.7]], biases: [0.05] },
  ] as Layer[],
};

/** Equal to the last bits: relative 1e-15 (or absolute, for values near 0, of the scale). */
function expectSame(actual: number, expected: number, scale = 1): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(
    1e-15 * Math.max(Math.abs(expected), scale * 1e-3),
  );
}

/** The trace's gradients equal train's `gradients` for the same model and one example. */
function expectGradientsOf(
  trace: Trace,
  json: { layers: Layer[] },
  input: number[],
  target: number | number[],
  loss: string,
): void {
  const reference = gradients(json, [input], [target], loss);
  expectSame(trace.loss, reference.loss);
  trace.layers.forEach((layer, l) => {
    const ref = reference.layers[l];
    layer.units.forEach((unit, j) => {
      unit.dLdw.forEach((g, i) => expectSame(g, ref?.weights[j]?.[i] ?? NaN));
      expectSame(unit.dLdb, ref?.biases[j] ?? NaN);
    });
  });
}

describe('POST /v1/backprop', () => {
  const body = {
    model,
    input: [1, -0.5],
    target: 1,
    loss: 'binary_cross_entropy',
    learningRate: 0.1,
  };

  it('answers the forward values, as written out by hand', async () => {
    const res = await post(body);
    expect(res.statusCode).toBe(200);
    const trace = res.json() as Trace;
    const [h0, h1] = trace.layers[0]?.units ?? [];
    const z0 = 0.5 * 1 - 0.3 * -0.5 + 0.1;
    const z1 = 0.8 * 1 + 0.2 * -0.5 - 0.1;
    expect(h0?.z).toBeCloseTo(z0, 15);
    expect(h1?.a).toBeCloseTo(Math.tanh(z1), 15);
    expect(h0?.fPrime).toBeCloseTo(1 - Math.tanh(z0) ** 2, 15);
    const out = trace.layers[1]?.units[0];
    const zOut = 1.2 * Math.tanh(z0) - 0.7 * Math.tanh(z1) + 0.05;
    expect(out?.z).toBeCloseTo(zOut, 15);
    expect(trace.loss).toBeCloseTo(-Math.log(1 / (1 + Math.exp(-zOut))), 14);
    // The chain rule, unit by unit: dL/dz = dL/da x f'(z), dL/dw = dL/dz x input.
    for (const unit of trace.layers.flatMap((l) => l.units)) {
      expectSame(unit.dLdz, unit.dLda * (unit.fPrime ?? NaN), Math.abs(unit.dLda));
      unit.inputs.forEach((x, i) => expectSame(unit.dLdw[i] ?? NaN, unit.dLdz * x));
    }
  });

  it("answers train's gradients, the update and the loss after the step", async () => {
    const trace = (await post(body)).json() as Trace;
    expectGradientsOf(trace, model, body.input, body.target, body.loss);
    expect(trace.learningRate).toBe(0.1);
    const updated = {
      ...model,
      layers: trace.layers.map((layer, l) => ({
        ...(model.layers[l] as Layer),
        weights: layer.units.map((u) => u.newWeights),
        biases: layer.units.map((u) => u.newBias),
      })),
    };
    trace.layers.forEach((layer) =>
      layer.units.forEach((u) => {
        u.weights.forEach((w, i) =>
          expectSame(u.newWeights[i] ?? NaN, w - 0.1 * (u.dLdw[i] ?? NaN)),
        );
        expectSame(u.newBias, u.bias - 0.1 * u.dLdb);
      }),
    );
    // The new loss by an independent path: train's loss of the updated model.
    const after = gradients(updated, [body.input], [body.target], body.loss).loss;
    expectSame(trace.newLoss, after);
    expect(trace.newLoss).toBeLessThan(trace.loss);
  });

  it('narrates the steps in the documented order', async () => {
    const { steps } = (await post(body)).json() as Trace;
    const order = ['forward', 'loss', 'backward', 'update', 'new-loss'];
    const ranks = steps.map((s) => order.indexOf(s.phase));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(steps.filter((s) => s.phase === 'forward').map((s) => [s.layer, s.unit])).toEqual([
      [0, 0],
      [0, 1],
      [1, 0],
    ]);
    expect(steps.find((s) => s.phase === 'backward')?.layer).toBe(1);
    expect(steps.at(-1)?.phase).toBe('new-loss');
    for (const step of steps) expect(step.text.length).toBeGreaterThan(0);
  });

  it('traces softmax with cross-entropy (no fPrime) and a typed formula layer', async () => {
    const json = {
      format: 'actlab.mlp/1',
      inputSize: 2,
      layers: [
        {
          activation: 'formula: x * sigmoid(x)',
          weights: [
            [0.3, -0.2],
            [-0.4, 0.6],
            [0.1, 0.9],
          ],
          biases: [0, 0.2, -0.3],
        },
        {
          activation: 'softmax',
          weights: [
            [0.5, -0.5, 0.2],
            [-0.1, 0.3, 0.7],
          ],
          biases: [0, 0.1],
        },
      ] as Layer[],
    };
    const request = { model: json, input: [0.7, -1.2], target: 1, loss: 'cross_entropy' };
    const res = await post({ ...request, learningRate: 0.5 });
    expect(res.statusCode).toBe(200);
    const trace = res.json() as Trace;
    expect(trace.layers[1]?.units[0]).not.toHaveProperty('fPrime');
    expect(trace.layers[0]?.units[0]?.fPrime).toEqual(expect.any(Number));
    expectGradientsOf(trace, json, request.input, request.target, request.loss);
  });

  it('refuses a model over the trace limits with a 422 naming the field', async () => {
    const unit = { activation: 'tanh', weights: [[1]], biases: [0] };
    const deep = { format: 'actlab.mlp/1', inputSize: 1, layers: Array(5).fill(unit) };
    const problem = expectProblem(await post({ ...body, model: deep, input: [1] }), 422);
    expect(problem.code).toBe('INVALID_CONFIG');
    expect(problem.field).toMatch(/^model\.layers/);
    const wide = {
      format: 'actlab.mlp/1',
      inputSize: 1,
      layers: [{ activation: 'tanh', weights: Array(7).fill([1]), biases: Array(7).fill(0) }],
    };
    expect(expectProblem(await post({ ...body, model: wide, input: [1] }), 422).code).toBe(
      'INVALID_CONFIG',
    );
  });

  it('refuses bad bodies: 400 for the schema, 422 for values', async () => {
    const rate = expectProblem(await post({ ...body, learningRate: 'fast' }), 400);
    expect(rate.field).toBe('learningRate');
    expect(expectProblem(await post({ ...body, epochs: 3 }), 400).field).toBe('epochs');
    const noTarget: Record<string, unknown> = { ...body };
    delete noTarget.target;
    expect(expectProblem(await post(noTarget), 400).field).toBe('target');
    const loss = expectProblem(await post({ ...body, loss: 'l9' }), 422);
    expect(loss.code).toBe('INVALID_CONFIG');
    expect(loss.field).toBe('loss');
    expect(expectProblem(await post({ ...body, input: [1, 2, 3] }), 422).field).toMatch(/^input/);
    const formula = {
      ...model,
      layers: [{ ...model.layers[0], activation: 'formula: x +* 2' }, model.layers[1]],
    };
    const bad = expectProblem(await post({ ...body, model: formula }), 422);
    expect(bad.code).toBe('INVALID_FORMULA');
    expect(bad.field).toBe('model.layers[0].activation');
  });
});
