import { describe, expect, it, vi } from 'vitest';
import * as registry from './datasets/registry.js';
import { TrainError } from './errors.js';
import { experiment } from './experiments/registry.js';
import type { LayerSpec } from './network.js';
import { createNetwork, layerShapes, parameterCount, shapeParameterCount } from './network.js';
import type { TrainRequest } from './request.js';
import { checkRun, planRun } from './plan.js';

// Counts how often a dataset is generated, to see that a refused run generates none.
vi.mock('./datasets/registry.js', async (importOriginal) => {
  const original = await importOriginal<typeof registry>();
  return { ...original, dataset: vi.fn(original.dataset) };
});

function codeOf(run: () => unknown): [string, string] {
  try {
    run();
  } catch (error) {
    if (error instanceof TrainError) return [error.code, error.path];
    throw error;
  }
  throw new Error('expected a TrainError');
}

const BASE = { dataset: 'circle', points: 100, hidden: [3], activation: 'tanh', epochs: 2 };

describe('planRun', () => {
  it("fills the fields a request leaves out from its experiment's preset", () => {
    const preset = experiment('decision-boundary').info.preset;
    const plan = planRun({ experiment: 'decision-boundary' });
    expect(plan.request).toEqual({ ...preset, dataset: 'circle' });
    expect(plan.config.layers.map((l) => l.units)).toEqual([...preset.hidden, 1]);
    expect(plan.epochs).toBe(preset.epochs);
    const changed = planRun({ experiment: 'decision-boundary', epochs: 3, hidden: [2, 2] });
    expect(changed.epochs).toBe(3);
    expect(changed.config.layers.map((l) => l.units)).toEqual([2, 2, 1]);
    // Fields the request sets undefined do not erase the preset's.
    expect(planRun({ experiment: 'decision-boundary', seed: undefined }).config.seed).toBe(
      preset.seed,
    );
  });

  it('names a missing required field that no preset supplies', () => {
    for (const key of ['dataset', 'hidden', 'activation', 'epochs'] as const) {
      const request: Record<string, unknown> = { ...BASE };
      delete request[key];
      expect(codeOf(() => planRun(request as TrainRequest))).toEqual(['MISSING_FIELD', key]);
    }
    expect(codeOf(() => planRun({ experiment: 'nope' }))[0]).toBe('UNKNOWN_EXPERIMENT');
  });

  it('refuses each invalid option, naming its path', () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ dataset: 'circel' }, 'INVALID_DATASET', ''],
      [{ points: 2 }, 'INVALID_DATASET', 'points'],
      [{ noise: 3 }, 'INVALID_DATASET', 'noise'],
      [{ features: 4 }, 'INVALID_DATASET', 'features'],
      [{ epochs: 0 }, 'INVALID_CONFIG', 'epochs'],
      [{ epochs: 100_001 }, 'INVALID_CONFIG', 'epochs'],
      [{ epochs: 1.5 }, 'INVALID_CONFIG', 'epochs'],
      [{ optimizer: { type: 'rmsprop' } }, 'INVALID_CONFIG', 'optimizer.type'],
      [
        { optimizer: { type: 'sgd', learningRate: -1 } },
        'INVALID_CONFIG',
        'optimizer.learningRate',
      ],
      [{ regularization: { type: 'l3', rate: 0.1 } }, 'INVALID_CONFIG', 'regularization'],
      [{ init: 'glorot' }, 'INVALID_CONFIG', 'init'],
      [{ loss: 'hinge' }, 'INVALID_CONFIG', 'loss'],
      [{ loss: 'cross_entropy' }, 'INVALID_CONFIG', 'loss'],
      [{ batchSize: 0 }, 'INVALID_CONFIG', 'batchSize'],
      [{ seed: -1 }, 'INVALID_CONFIG', 'seed'],
      [{ seed: 0.5 }, 'INVALID_CONFIG', 'seed'],
      [{ hidden: [3, 0] }, 'INVALID_CONFIG', 'hidden[1]'],
      [{ activation: 'nope' }, 'INVALID_CONFIG', 'layers[0].activation'],
      [{ activation: ['tanh', 'relu'] }, 'INVALID_CONFIG', 'activation'],
      [
        { activation: { id: 'elu', params: { alpha: -5 } } },
        'INVALID_CONFIG',
        'layers[0].activation',
      ],
      [{ output: 'nope' }, 'INVALID_CONFIG', 'layers[1].activation'],
      [{ inputs: ['x3'] }, 'INVALID_CONFIG', 'inputs'],
      [{ dataset: 'sine', inputs: ['x1'] }, 'INVALID_CONFIG', 'inputs'],
      [{ testFraction: 1 }, 'INVALID_CONFIG', 'testFraction'],
      [{ testFraction: 0 }, 'INVALID_CONFIG', 'testFraction'],
    ];
    for (const [change, code, path] of cases) {
      expect([change, ...codeOf(() => planRun({ ...BASE, ...change } as TrainRequest))]).toEqual([
        change,
        code,
        path,
      ]);
    }
  });

  it('counts the work as epochs x training rows x parameters', () => {
    // 100 points, a quarter held out: 75 training rows; 2-3-1 has 2*3+3 + 3*1+1 = 13 parameters.
    const plan = planRun(BASE);
    expect(plan.data.train.size).toBe(75);
    expect(plan.parameters).toBe(13);
    expect(plan.work).toBe(2 * 75 * 13);
  });

  it('counts parameters from the shapes as a built network has them', () => {
    const shapes: [number, LayerSpec[], number][] = [
      // 2-8-8-1: 24 + 72 + 9.
      [
        2,
        [
          { units: 8, activation: 'tanh' },
          { units: 8, activation: 'relu' },
          { units: 1, activation: 'sigmoid' },
        ],
        105,
      ],
      // glu has twice as many rows as units: 2 -> 8 rows (24) -> 4 units -> softmax 3 (15).
      [
        2,
        [
          { units: 4, activation: 'glu' },
          { units: 3, activation: 'softmax' },
        ],
        39,
      ],
      // 4 -> log_softmax 3 directly: 4*3 + 3.
      [4, [{ units: 3, activation: 'log_softmax' }], 15],
      // 1 -> glu 2 (4 rows: 8) -> 1 linear (3).
      [
        1,
        [
          { units: 2, activation: 'glu' },
          { units: 1, activation: 'linear' },
        ],
        11,
      ],
    ];
    for (const [inputs, specs, expected] of shapes) {
      expect(shapeParameterCount(layerShapes(inputs, specs))).toBe(expected);
      expect(parameterCount(createNetwork(inputs, specs))).toBe(expected);
    }
  });

  it('refuses a run over the budget before generating its data, stating cost and budget', () => {
    const generate = vi.mocked(registry.dataset);
    generate.mockClear();
    const request = { ...BASE, points: 1000, hidden: [7], epochs: 10 };
    const { total } = planRun(request).cost;
    generate.mockClear();
    expect(() => planRun(request, { maxWork: total - 1 })).toThrow(
      /^the run costs 1\.40e\+7 work units \(training .*\), over the budget of 1\.40e\+7; use fewer/,
    );
    expect(codeOf(() => planRun(request, { maxWork: total - 1 }))).toEqual([
      'WORK_LIMIT',
      'epochs',
    ]);
    expect(generate).not.toHaveBeenCalled();
    expect(planRun(request, { maxWork: total }).cost.total).toBe(total);
    expect(generate).toHaveBeenCalledTimes(1);
  });

  it("counts the issue's worst request (8 x 256, 100,000 points) before generating anything", () => {
    const generate = vi.mocked(registry.dataset);
    generate.mockClear();
    const hidden = [256, 256, 256, 256, 256, 256, 256, 256];
    const worst = { dataset: 'circle', points: 100_000, hidden, activation: 'relu', epochs: 1000 };
    // Holding out nearly every row is refused outright: its evaluation would be the whole run.
    expect(codeOf(() => planRun({ ...worst, testFraction: 0.99999 }))).toEqual([
      'INVALID_CONFIG',
      'testFraction',
    ]);
    expect(() => planRun({ ...worst, testFraction: 0.99999 })).toThrow(
      'testFraction must be at most 0.9 (about 9 test rows per training row, each evaluated as ' +
        'often as the training rows), got 0.99999',
    );
    // At 0.9, 10,000 training rows and 90,000 test rows: the evaluations are counted and refused.
    const refused = codeOf(() => planRun({ ...worst, testFraction: 0.9 }, { maxWork: 5e9 }));
    expect(refused).toEqual(['WORK_LIMIT', 'epochs']);
    expect(generate).not.toHaveBeenCalled();
  });

  it('sizes iris without loading it, as the dataset has it', () => {
    const generate = vi.mocked(registry.dataset);
    for (const dataset of ['iris', 'iris-binary']) {
      generate.mockClear();
      const request = { dataset, hidden: [4], activation: 'relu', epochs: 5 };
      expect(codeOf(() => planRun(request, { maxWork: 1 }))[0]).toBe('WORK_LIMIT');
      expect(generate).not.toHaveBeenCalled();
      const plan = planRun(request);
      expect(plan.data.train.size + (plan.data.test?.size ?? 0)).toBe(
        registry.dataset(dataset, {}).size,
      );
      expect(plan.cost.evaluationCount).toBe(5);
    }
  });

  it('counts evaluations every evaluateEvery epochs and the activations the caller prices', () => {
    const every = planRun({ ...BASE, epochs: 10 }, { evaluateEvery: 4 });
    // Epochs 4, 8 and the last, 10.
    expect(every.cost.evaluationCount).toBe(3);
    expect(planRun({ ...BASE, epochs: 10 }).cost.evaluationCount).toBe(10);
    const seen: number[][] = [];
    const priced = planRun(BASE, {
      activationWork: (layers) => {
        seen.push(layers.map((l) => l.units));
        return 7;
      },
    });
    expect(seen).toEqual([[3, 1]]);
    // 7 units per example over 2 epochs x 75 rows and 2 evaluations x 100 rows.
    expect(priced.cost.formulas).toBe(7 * (2 * 75 + 2 * 100));
    expect(priced.cost.total - planRun(BASE).cost.total).toBe(priced.cost.formulas);
  });

  it('counts iris with four features as four inputs', () => {
    const plan = planRun({
      dataset: 'iris',
      features: 4,
      hidden: [5],
      activation: 'relu',
      epochs: 1,
    });
    // 150 flowers, 38 held out; 4-5-3: 25 + 18 = 43 parameters.
    expect(plan.data.train.size).toBe(112);
    expect(plan.parameters).toBe(43);
    expect(plan.scaling?.mean).toHaveLength(4);
  });

  it('is plain data that survives structured cloning', () => {
    const plan = planRun({ ...BASE, inputs: ['x1sq', 'x2sq'] });
    const copy = structuredClone(plan);
    expect(copy).toEqual(plan);
    expect(copy.data.train.inputs).toBeInstanceOf(Float64Array);
  });

  it("trains on the caller's rows when given, checked against the dataset they stand for", () => {
    const generate = vi.mocked(registry.dataset);
    const train = registry.dataset('circle', { points: 40, seed: 9 });
    const test = registry.dataset('circle', { points: 12, seed: 10 });
    generate.mockClear();
    const plan = planRun({ ...BASE, inputs: ['x1sq', 'x2sq'] }, { data: { train, test } });
    expect(generate).not.toHaveBeenCalled();
    expect(plan.plane?.train).toBe(train);
    expect(plan.data.train.size).toBe(40);
    expect(plan.data.train.inputs[0]).toBe((train.inputs[0] as number) ** 2);
    // 2-3-1: 9 + 4 = 13 parameters, on the given 40 rows.
    expect(plan.work).toBe(2 * 40 * 13);
    const iris = registry.dataset('iris', {});
    expect(codeOf(() => planRun(BASE, { data: { train: iris, test } }))).toEqual([
      'SHAPE_MISMATCH',
      'data.train',
    ]);
    expect(() => planRun(BASE, { data: { train, test: iris } })).toThrow(
      'data.test has 2 inputs, 3 outputs and a multiclass task, but circle has 2, 1 and binary',
    );
    // The digits load asynchronously, so only rows the caller loaded can stand for them.
    const digits = { dataset: 'digits', hidden: [3], activation: 'relu', epochs: 2 };
    expect(codeOf(() => planRun(digits))).toEqual(['INVALID_DATASET', 'dataset']);
    expect(codeOf(() => planRun(digits, { data: { train, test } }))).toEqual([
      'SHAPE_MISMATCH',
      'data.train',
    ]);
  });

  it('plans on every given row, holding none out, when the caller brings no test rows', () => {
    const rows = registry.dataset('iris', { features: 4 });
    const plan = planRun(
      { dataset: 'iris', features: 4, hidden: [], activation: 'relu', epochs: 3 },
      { data: { train: rows } },
    );
    expect(plan.data.test).toBeUndefined();
    expect(plan.data.train.size).toBe(150);
    // Iris is standardized by its training rows: every column now has mean 0.
    const { inputs } = plan.data.train;
    for (let c = 0; c < 4; c++) {
      let sum = 0;
      for (let r = 0; r < 150; r++) sum += inputs[r * 4 + c] as number;
      expect(Math.abs(sum / 150)).toBeLessThan(1e-12);
    }
    // 4-3 with softmax: 15 parameters, 3 epochs of 150 rows.
    expect(plan.work).toBe(3 * 150 * 15);
  });
});

describe('checkRun', () => {
  const request = {
    dataset: 'spiral',
    points: 4000,
    hidden: [16, 8],
    activation: 'tanh',
    epochs: 7,
    testFraction: 0.25,
  } as const;

  it("finds planRun's epochs, parameters and cost without generating the data", () => {
    vi.mocked(registry.dataset).mockClear();
    const checked = checkRun(request);
    expect(registry.dataset).not.toHaveBeenCalled();
    const planned = planRun(request);
    expect(registry.dataset).toHaveBeenCalledTimes(1);
    expect(checked).toEqual({
      epochs: planned.epochs,
      parameters: planned.parameters,
      cost: planned.cost,
    });
    // 2-16-8-1: (2 + 1) x 16 + (16 + 1) x 8 + (8 + 1) x 1 weights and biases.
    expect(checked.parameters).toBe(48 + 136 + 9);
    expect(checked).not.toHaveProperty('data');
  });

  it('refuses what planRun refuses, with the same error', () => {
    const maxWork = checkRun(request).cost.total - 1;
    expect(codeOf(() => checkRun(request, { maxWork }))).toEqual(['WORK_LIMIT', 'epochs']);
    expect(() => checkRun(request, { maxWork })).toThrow(/^the run costs .* over the budget of /);
    expect(codeOf(() => checkRun(request, { maxWork }))).toEqual(
      codeOf(() => planRun(request, { maxWork })),
    );
    expect(codeOf(() => checkRun({ ...request, activation: 'nope' }))[0]).toBe(
      codeOf(() => planRun({ ...request, activation: 'nope' }))[0],
    );
  });
});
