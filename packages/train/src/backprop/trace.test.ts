/**
 * The backprop trace against `gradients` (the same numbers to the last bit, for every kind of layer
 * and loss), against a hand computation of the course's sigmoid neuron from the formulas, and its
 * order, plain-data shape and errors.
 */
import { describe, expect, it } from 'vitest';
import { TrainError } from '../errors.js';
import { gradients } from '../gradients.js';
import type { LossId } from '../loss.js';
import type { ModelJson } from '../model-json.js';
import { createRng } from '../rng.js';
import type { BackpropTrace, TraceRequest } from './trace.js';
import { TRACE_LIMITS, backpropTrace } from './trace.js';
import { traceNumber } from './trace-steps.js';

/** A model with random weights: sizes[0] inputs, then one layer per activation. */
function randomModel(seed: number, sizes: number[], activations: string[]): ModelJson {
  const rng = createRng(seed);
  return {
    format: 'actlab.mlp/1',
    inputSize: sizes[0] as number,
    layers: activations.map((activation, l) => ({
      activation,
      params: {},
      weights: Array.from({ length: sizes[l + 1] as number }, () =>
        Array.from({ length: sizes[l] as number }, () => rng.normal()),
      ),
      biases: Array.from({ length: sizes[l + 1] as number }, () => 0.5 * rng.normal()),
    })),
  };
}

/** The course's neuron: inputs 1, 0.5, -1, weights 0.6, 0.4, 0.2, bias -0.1, here with sigmoid. */
const NEURON: ModelJson = {
  format: 'actlab.mlp/1',
  inputSize: 3,
  layers: [{ activation: 'sigmoid', params: {}, weights: [[0.6, 0.4, 0.2]], biases: [-0.1] }],
};

/** The model JSON after the trace's step. */
function updatedModel(model: ModelJson, trace: BackpropTrace): ModelJson {
  return {
    ...model,
    layers: model.layers.map((layer, l) => ({
      ...layer,
      weights: trace.layers[l]?.units.map((u) => u.newWeights) ?? [],
      biases: trace.layers[l]?.units.map((u) => u.newBias) ?? [],
    })),
  };
}

const CASES: { name: string; request: TraceRequest }[] = [
  {
    name: "the course's sigmoid neuron, mse",
    request: { model: NEURON, input: [1, 0.5, -1], target: 1, loss: 'mse', learningRate: 0.5 },
  },
  {
    name: '2-3-1 tanh, mse',
    request: {
      model: randomModel(1, [2, 3, 1], ['tanh', 'tanh']),
      input: [0.3, -1.2],
      target: [0.5],
      loss: 'mse',
      learningRate: 0.1,
    },
  },
  {
    name: 'relu hidden layers, sigmoid output, binary cross-entropy',
    request: {
      model: randomModel(2, [3, 4, 4, 1], ['relu', 'relu', 'sigmoid']),
      input: [0.5, -0.25, 2],
      target: 1,
      loss: 'binary_cross_entropy',
      learningRate: 0.3,
    },
  },
  {
    name: 'a formula layer x * sigmoid(x), two outputs, mse',
    request: {
      model: randomModel(3, [2, 5, 2], ['formula: x * sigmoid(x)', 'linear']),
      input: [-0.7, 1.1],
      target: [0.2, -0.4],
      loss: 'mse',
      learningRate: 0.05,
    },
  },
  {
    name: 'softmax output with cross-entropy (fused)',
    request: {
      model: randomModel(4, [4, 6, 6, 3], ['elu', 'gelu', 'softmax']),
      input: [1, -1, 0.5, 0.25],
      target: 2,
      loss: 'cross_entropy',
      learningRate: 0.2,
    },
  },
  {
    name: 'a hidden softmax (vjp), linear logits with cross-entropy',
    request: {
      model: randomModel(5, [2, 3, 2], ['softmax', 'linear']),
      input: [0.4, 0.9],
      target: 0,
      loss: 'cross_entropy',
      learningRate: 0.4,
    },
  },
];

describe('backpropTrace', () => {
  it.each(CASES)('$name: the gradients and the loss equal gradients() exactly', ({ request }) => {
    const trace = backpropTrace(request);
    const expected = gradients(request.model, [request.input], [request.target], request.loss);
    expect(trace.loss).toBe(expected.loss);
    trace.layers.forEach((layer, l) => {
      layer.units.forEach((unit, r) => {
        expect(unit.dLdw).toEqual(expected.layers[l]?.weights[r]);
        expect(unit.dLdb).toBe(expected.layers[l]?.biases[r]);
        expect(unit.dLdz).toBe(unit.dLdb);
      });
    });
  });

  it.each(CASES)('$name: SGD step and the new loss', ({ request }) => {
    const trace = backpropTrace(request);
    const lr = request.learningRate;
    expect(trace.learningRate).toBe(lr);
    trace.layers.forEach((layer, l) => {
      const json = request.model.layers[l];
      layer.units.forEach((unit, r) => {
        expect(unit.weights).toEqual(json?.weights[r]);
        expect(unit.bias).toBe(json?.biases[r]);
        unit.weights.forEach((w, i) => {
          expect(unit.newWeights[i]).toBe(w - lr * (unit.dLdw[i] as number));
        });
        expect(unit.newBias).toBe(unit.bias - lr * unit.dLdb);
      });
    });
    const after = gradients(
      updatedModel(request.model, trace),
      [request.input],
      [request.target],
      request.loss,
    );
    expect(trace.newLoss).toBe(after.loss);
    // A small step down the gradient lowers the loss on the example.
    expect(trace.newLoss).toBeLessThan(trace.loss);
  });

  it.each(CASES)(
    "$name: dL/dz = dL/da · f'(z) for scalar layers; steps in order",
    ({ request }) => {
      const trace = backpropTrace(request);
      const last = trace.layers.length - 1;
      trace.layers.forEach((layer, l) => {
        const fused = l === last && request.loss !== 'mse';
        for (const unit of layer.units) {
          if (unit.fPrime === undefined) {
            expect(['softmax']).toContain(layer.activation);
            continue;
          }
          // Fused outputs compute dL/dz in another order of operations: equal to rounding.
          if (fused) expect(unit.dLdz).toBeCloseTo(unit.dLda * unit.fPrime, 14);
          // (+ 0: the trace writes -0 as 0, as JSON does.)
          else expect(unit.dLdz).toBe(unit.dLda * unit.fPrime + 0);
        }
      });
      const units = trace.layers.reduce((n, layer) => n + layer.units.length, 0);
      const phases = trace.steps.map((s) => s.phase);
      const expected = [
        ...Array<string>(units).fill('forward'),
        'loss',
        ...Array<string>(units).fill('backward'),
        ...Array<string>(units).fill('update'),
        'new-loss',
      ];
      expect(phases).toEqual(expected);
      const at = (phase: string): [number | undefined, number | undefined][] =>
        trace.steps.filter((s) => s.phase === phase).map((s) => [s.layer, s.unit]);
      const forwardOrder = trace.layers.flatMap((layer, l) => layer.units.map((_, r) => [l, r]));
      expect(at('forward')).toEqual(forwardOrder);
      expect(at('update')).toEqual(forwardOrder);
      const backwardOrder = [...trace.layers.keys()]
        .reverse()
        .flatMap((l) => trace.layers[l]?.units.map((_, r) => [l, r]) ?? []);
      expect(at('backward')).toEqual(backwardOrder);
      expect(JSON.parse(JSON.stringify(trace))).toEqual(trace);
    },
  );

  it("matches a hand computation of the course's sigmoid neuron", () => {
    const x = [1, 0.5, -1];
    const w = [0.6, 0.4, 0.2];
    const b = -0.1;
    const lr = 0.5;
    const z = 0.6 * 1 + 0.4 * 0.5 + 0.2 * -1 - 0.1; // 0.5
    const a = 1 / (1 + Math.exp(-z));
    const loss = (a - 1) ** 2;
    const dLda = 2 * (a - 1);
    const fPrime = Math.exp(-z) / (1 + Math.exp(-z)) ** 2;
    const dLdz = dLda * fPrime;
    const trace = backpropTrace({
      model: NEURON,
      input: x,
      target: 1,
      loss: 'mse',
      learningRate: lr,
    });
    const unit = trace.layers[0]?.units[0];
    const close = (actual: number | undefined, expected: number): void => {
      expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(
        1e-15 * Math.abs(expected) + 1e-17,
      );
    };
    close(unit?.z, 0.5);
    close(unit?.a, a);
    close(trace.loss, loss);
    close(unit?.dLda, dLda);
    close(unit?.fPrime, fPrime);
    close(unit?.dLdz, dLdz);
    x.forEach((xi, i) => close(unit?.dLdw[i], dLdz * xi));
    close(unit?.dLdb, dLdz);
    w.forEach((wi, i) => close(unit?.newWeights[i], wi - lr * dLdz * (x[i] as number)));
    close(unit?.newBias, b - lr * dLdz);
    const z2 = w.reduce(
      (s, wi, i) => s + (wi - lr * dLdz * (x[i] as number)) * (x[i] as number),
      b - lr * dLdz,
    );
    close(trace.newLoss, (1 / (1 + Math.exp(-z2)) - 1) ** 2);
    // The words carry the numbers: 0.5 and sigmoid(0.5) = 0.622459.
    expect(trace.steps[0]?.text).toBe(
      'Layer 1, unit 1 (x: the example’s inputs): z = w·x + b = 0.6·1 + 0.4·0.5 + 0.2·(−1) + (−0.1) = 0.5; a = sigmoid applied to z = 0.622459.',
    );
    expect(trace.steps[2]?.text).toContain("f'(z) = 0.235004 (the derivative of sigmoid at z)");
    expect(trace.steps[2]?.text).toContain('dL/da = 2·(a − t)/1 = 2·(0.622459 − 1)/1 = −0.755081');
  });

  it('says in words where softmax is fused with cross-entropy and where a vjp is used', () => {
    const fused = backpropTrace(CASES[4]?.request as TraceRequest);
    const back = fused.steps.filter((s) => s.phase === 'backward');
    expect(back[0]?.text).toContain('fused with cross-entropy');
    const vjp = backpropTrace(CASES[5]?.request as TraceRequest);
    const hidden = vjp.steps.filter((s) => s.phase === 'backward' && s.layer === 0);
    expect(hidden[0]?.text).toContain('vector-Jacobian product');
    expect(vjp.layers[0]?.units[0]?.fPrime).toBeUndefined();
  });

  it('formats numbers with 6 significant digits and the true minus', () => {
    expect(traceNumber(0.3)).toBe('0.3');
    expect(traceNumber(-0.2)).toBe('−0.2');
    expect(traceNumber(1 / 3)).toBe('0.333333');
    expect(traceNumber(-0)).toBe('0');
    expect(traceNumber(1.5e-7)).toBe('1.5e−7');
    expect(traceNumber(123456789)).toBe('1.23457e+8');
  });
});

describe('backpropTrace rejects', () => {
  const good: TraceRequest = CASES[1]?.request as TraceRequest;
  const reject = (request: unknown, code: string, path: string): void => {
    let thrown: unknown;
    try {
      backpropTrace(request as TraceRequest);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TrainError);
    expect((thrown as TrainError).code).toBe(code);
    expect((thrown as TrainError).path).toBe(path);
  };

  it('networks over the limits', () => {
    const deep = randomModel(6, [2, 2, 2, 2, 2, 1], ['tanh', 'tanh', 'tanh', 'tanh', 'linear']);
    expect(deep.layers.length).toBe(TRACE_LIMITS.maxLayers + 1);
    reject({ ...good, model: deep }, 'INVALID_CONFIG', 'model.layers');
    const wide = randomModel(7, [2, 7, 1], ['tanh', 'linear']);
    reject({ ...good, model: wide }, 'INVALID_CONFIG', 'model.layers[0].weights');
    reject(
      {
        ...good,
        model: randomModel(8, [7, 2, 1], ['tanh', 'linear']),
        input: [1, 2, 3, 4, 5, 6, 7],
      },
      'INVALID_CONFIG',
      'model.inputSize',
    );
    const glu: ModelJson = {
      format: 'actlab.mlp/1',
      inputSize: 2,
      layers: [
        {
          activation: 'glu',
          params: {},
          weights: [
            [1, 0],
            [0, 1],
            [1, 1],
            [0.5, 0],
          ],
          biases: [0, 0, 0, 0],
        },
        { activation: 'linear', params: {}, weights: [[1, -1]], biases: [0] },
      ],
    };
    reject({ ...good, model: glu }, 'INVALID_CONFIG', 'model.layers[0].activation');
  });

  it('bad models, inputs, targets, losses and learning rates', () => {
    reject({ ...good, model: { ...good.model, format: 'x' } }, 'INVALID_MODEL', 'model.format');
    reject({ ...good, input: [1] }, 'SHAPE_MISMATCH', 'input');
    reject({ ...good, input: [1, Number.NaN] }, 'SHAPE_MISMATCH', 'input[1]');
    reject({ ...good, target: [1, 2] }, 'SHAPE_MISMATCH', 'target');
    reject({ ...good, loss: 'hinge' as LossId }, 'INVALID_CONFIG', 'loss');
    reject({ ...good, loss: 'cross_entropy', target: 0 }, 'INVALID_CONFIG', 'loss');
    reject({ ...CASES[4]?.request, target: 3 }, 'SHAPE_MISMATCH', 'target');
    reject({ ...CASES[4]?.request, target: 0.5 }, 'SHAPE_MISMATCH', 'target');
    // Binary cross-entropy reads the target as a probability: 7 is refused, as `gradients` does.
    reject({ ...CASES[2]?.request, target: 7 }, 'SHAPE_MISMATCH', 'target');
    for (const learningRate of [0, -0.1, Number.NaN, Infinity, '0.1']) {
      reject({ ...good, learningRate }, 'INVALID_CONFIG', 'learningRate');
    }
    reject(null, 'INVALID_CONFIG', '');
  });
});
