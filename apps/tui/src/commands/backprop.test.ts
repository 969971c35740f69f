/**
 * `actlab backprop`: the trace of one training step, checked against @actlab/train called
 * directly (`backpropTrace` and `gradients`) and, for the course's sigmoid neuron, against the
 * numbers worked out by hand from the formulas; and bad input as usage errors, exit 2.
 */
import type { BackpropTrace, ModelJson } from '@actlab/train';
import { MODEL_FORMAT, backpropTrace, gradients } from '@actlab/train';
import { describe, expect, it } from 'vitest';
import { main } from './main.js';

const run = (...argv: string[]) => main(argv, 'test');

type Answer = BackpropTrace & { model: ModelJson };

async function traced(...argv: string[]): Promise<Answer> {
  const r = await run('backprop', ...argv, '--json');
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Answer;
}

/** Within `ulps` units in the last place of `expected`. */
function expectNear(actual: number, expected: number, ulps = 4): void {
  const tolerance = ulps * Number.EPSILON * Math.max(1, Math.abs(expected));
  expect(Math.abs(actual - expected), `${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance);
}

describe('actlab backprop, the course neuron', () => {
  it('matches the step worked out by hand: z, a, the loss, dL/dz, dL/dw and the update', async () => {
    const t = await traced();
    // One sigmoid unit, x = (1, 0.5), w = (0.3, -0.2), b = 0.1, target 1, mse, lr 0.5.
    const z = 0.3 * 1 + -0.2 * 0.5 + 0.1;
    const a = 1 / (1 + Math.exp(-z));
    const loss = (a - 1) ** 2;
    const dLda = 2 * (a - 1);
    const fPrime = a * (1 - a);
    const dLdz = dLda * fPrime;
    const w = [0.3 - 0.5 * dLdz * 1, -0.2 - 0.5 * dLdz * 0.5];
    const b = 0.1 - 0.5 * dLdz;
    const z2 = (w[0] as number) * 1 + (w[1] as number) * 0.5 + b;
    const newLoss = (1 / (1 + Math.exp(-z2)) - 1) ** 2;

    expect(t.layers).toHaveLength(1);
    const u = t.layers[0]?.units[0];
    if (!u) throw new Error('no unit');
    expect(u.inputs).toEqual([1, 0.5]);
    expect(u.weights).toEqual([0.3, -0.2]);
    expect(u.bias).toBe(0.1);
    expectNear(u.z, 0.3);
    expectNear(u.a, 0.574442516811659); // sigmoid(0.3), to 15 digits
    expectNear(u.a, a);
    expectNear(t.loss, loss);
    expectNear(u.dLda, dLda);
    expectNear(u.fPrime as number, fPrime);
    expectNear(u.dLdz, dLdz);
    expectNear(u.dLdw[0] as number, dLdz);
    expectNear(u.dLdw[1] as number, dLdz * 0.5);
    expectNear(u.dLdb, dLdz);
    expectNear(u.newWeights[0] as number, w[0] as number);
    expectNear(u.newWeights[1] as number, w[1] as number);
    expectNear(u.newBias, b);
    expectNear(t.newLoss, newLoss, 16);
    expect(t.newLoss).toBeLessThan(t.loss);
  });

  it('prints one line per step in the order of the trace, phase first', async () => {
    const r = await run('backprop');
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    const direct = backpropTrace({
      model: (await traced()).model,
      input: [1, 0.5],
      target: 1,
      loss: 'mse',
      learningRate: 0.5,
    });
    expect(lines).toHaveLength(direct.steps.length);
    lines.forEach((line, i) => {
      const step = direct.steps[i];
      expect(line.startsWith(step?.phase ?? '?')).toBe(true);
      expect(line.endsWith(step?.text ?? '?')).toBe(true);
    });
    const phases = lines.map((l) => l.split(' ')[0]);
    expect([...new Set(phases)]).toEqual(['forward', 'loss', 'backward', 'update', 'new-loss']);
  });
});

describe('actlab backprop, other networks', () => {
  it('equals the engine called directly and train’s gradients for a 2-3-1 tanh/sigmoid network', async () => {
    const argv = ['--layers', '3,1', '--activation', 'tanh,sigmoid', '--input', '0.5,-1.5'];
    const flags = ['--target', '0', '--loss', 'binary_cross_entropy', '--lr', '0.1', '--seed', '7'];
    const t = await traced(...argv, ...flags);
    expect(t.model.layers.map((l) => l.activation)).toEqual(['tanh', 'sigmoid']);
    const { model, ...trace } = t;
    const request = {
      model,
      input: [0.5, -1.5],
      target: 0,
      loss: 'binary_cross_entropy' as const,
      learningRate: 0.1,
    };
    expect(trace).toEqual(JSON.parse(JSON.stringify(backpropTrace(request))));
    const g = gradients(model, [[0.5, -1.5]], [0], 'binary_cross_entropy');
    expectNear(t.loss, g.loss);
    t.layers.forEach((layer, l) =>
      layer.units.forEach((u, j) => {
        u.dLdw.forEach((d, i) => expectNear(d, g.layers[l]?.weights[j]?.[i] as number));
        expectNear(u.dLdb, g.layers[l]?.biases[j] as number);
      }),
    );
  });

  it("takes every weight and bias in --weights, layer by layer, and a relu to compare f'(z)", async () => {
    const relu = await traced('--activation', 'relu');
    // The course's weights with a relu: z = 0.3 > 0, so f'(z) = 1 and dL/dz = dL/da = 2 (0.3 - 1).
    expect(relu.layers[0]?.units[0]?.fPrime).toBe(1);
    expectNear(relu.layers[0]?.units[0]?.dLdz as number, 2 * (0.3 - 1));
    const given = await traced('--weights', '0.3,-0.2,0.1', '--activation', 'relu');
    expect(given).toEqual(relu);
    const model: ModelJson = {
      format: MODEL_FORMAT,
      inputSize: 1,
      layers: [
        { activation: 'relu', params: {}, weights: [[1], [-1]], biases: [0, 0.5] },
        { activation: 'linear', params: {}, weights: [[2, 3]], biases: [-1] },
      ],
    };
    const t = await traced(
      ...['--layers', '2,1', '--activation', 'relu,linear', '--input', '2'],
      ...['--weights', '1,0,-1,0.5,2,3,-1', '--target', '1'],
    );
    expect(t.model).toEqual(model);
    const g = gradients(model, [[2]], [1], 'mse');
    expect(t.layers[0]?.units.map((u) => u.dLdw[0])).toEqual(g.layers[0]?.weights.map((r) => r[0]));
  });

  it('traces softmax with cross-entropy, the class index as target', async () => {
    const t = await traced(
      '--layers',
      '3',
      '--activation',
      'softmax',
      '--loss',
      'cross_entropy',
      '--target',
      '2',
    );
    expect(t.layers[0]?.units).toHaveLength(3);
    expect(t.layers[0]?.units[0]?.fPrime).toBeUndefined();
    const g = gradients(t.model, [[1, 0.5]], [2], 'cross_entropy');
    expectNear(t.loss, g.loss);
  });
});

describe('actlab backprop, usage errors', () => {
  it.each([
    [['--lr', 'abc'], /--lr must be a number/],
    [['--input', ''], /--input/],
    [['--layers', '1,1,1,1,1'], /--layers takes 1 to 4 layers/],
    [['--layers', '7'], /--layers/],
    [['--weights', '1,2'], /--weights needs 3 numbers/],
    [['--loss', 'hinge'], /unknown loss "hinge"; use one of mse/],
    [['--activation', 'relu,tanh'], /2 activations for 1 layers/],
    [['--activation', 'sigmod'], /sigmoid/],
    [['--activation', 'formula:x * sigmod(x)'], /\^+ unknown function "sigmod"/],
    [['--lr', '-1'], /learningRate|lr/i],
    [['extra'], /options only/],
    [['--bogus'], /unknown option --bogus/],
  ])('%j exits 2 with a message', async (argv, message) => {
    const r = await run('backprop', ...argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/Usage: actlab backprop/);
  });
});
