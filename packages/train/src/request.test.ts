import { describe, expect, it } from 'vitest';
import { EXPERIMENTS } from './experiments/registry.js';
import { modelFromJson } from './model-json.js';
import { forwardRows } from './forward-batch.js';
import { foldStandardization } from './answer.js';
import { planRun } from './plan.js';
import { train } from './run.js';
import { TrainError } from './errors.js';

/** Mean and population standard deviation of column `c` of row-major `inputs`. */
function columnStats(inputs: Float64Array, width: number, c: number): [number, number] {
  const rows = inputs.length / width;
  let sum = 0;
  for (let r = 0; r < rows; r++) sum += inputs[r * width + c] as number;
  const mean = sum / rows;
  let squares = 0;
  for (let r = 0; r < rows; r++) squares += ((inputs[r * width + c] as number) - mean) ** 2;
  return [mean, Math.sqrt(squares / rows)];
}

function codeOf(run: () => unknown): [string, string] {
  try {
    run();
  } catch (error) {
    if (error instanceof TrainError) return [error.code, error.path ?? ''];
    throw error;
  }
  throw new Error('expected a TrainError');
}

describe('planRun', () => {
  it('fills the output layer and loss from the task and splits by the seed', () => {
    const a = planRun({
      dataset: 'circle',
      points: 400,
      hidden: [4],
      activation: 'tanh',
      epochs: 1,
      seed: 7,
    });
    expect(a.config.layers.map((l) => [l.units, l.activation])).toEqual([
      [4, 'tanh'],
      [1, 'sigmoid'],
    ]);
    expect(a.config.loss).toBe('binary_cross_entropy');
    expect(a.data.train.size).toBe(300);
    expect(a.data.test?.size).toBe(100);
    expect(a.scaling).toBeUndefined();
    const b = planRun({
      dataset: 'Circle',
      points: 400,
      hidden: [4],
      activation: 'tanh',
      epochs: 1,
      seed: 7,
    });
    expect(b.data.train.inputs).toEqual(a.data.train.inputs);
    const c = planRun({
      dataset: 'circle',
      points: 400,
      hidden: [4],
      activation: 'tanh',
      epochs: 1,
      seed: 8,
    });
    expect(c.data.train.inputs).not.toEqual(a.data.train.inputs);
  });

  it('uses softmax and cross-entropy for three classes, linear and mse for curves', () => {
    const multi = planRun({ dataset: 'spiral3', hidden: [], activation: 'relu', epochs: 1 });
    expect(multi.config.layers.at(-1)).toEqual({ units: 3, activation: 'softmax' });
    expect(multi.config.loss).toBe('cross_entropy');
    const curve = planRun({ dataset: 'sine', hidden: [8], activation: 'relu', epochs: 1 });
    expect(curve.config.layers.at(-1)).toEqual({ units: 1, activation: 'linear' });
    expect(curve.config.loss).toBe('mse');
  });

  it('standardizes iris by default (train features mean 0, deviation 1) and not when told', () => {
    const run = planRun({
      dataset: 'iris',
      features: 4,
      hidden: [8],
      activation: 'tanh',
      epochs: 1,
    });
    expect(run.scaling?.mean).toHaveLength(4);
    for (let c = 0; c < 4; c++) {
      const [mean, std] = columnStats(run.data.train.inputs, 4, c);
      expect(Math.abs(mean)).toBeLessThan(1e-12);
      expect(std).toBeCloseTo(1, 12);
    }
    const raw = planRun({
      dataset: 'iris',
      standardize: false,
      hidden: [8],
      activation: 'tanh',
      epochs: 1,
    });
    expect(raw.scaling).toBeUndefined();
    // Sepal length in centimetres: around 5.8.
    expect(columnStats(raw.data.train.inputs, 2, 0)[0]).toBeGreaterThan(5);
  });

  it('takes one activation per layer, with parameters', () => {
    const run = planRun({
      dataset: 'xor',
      hidden: [3, 2],
      activation: ['relu', { id: 'elu', params: { alpha: 0.5 } }],
      output: { id: 'sigmoid' },
      epochs: 1,
    });
    expect(run.config.layers).toEqual([
      { units: 3, activation: 'relu' },
      { units: 2, activation: 'elu', params: { alpha: 0.5 } },
      { units: 1, activation: 'sigmoid' },
    ]);
  });

  it('names the field at fault', () => {
    expect(
      codeOf(() => planRun({ dataset: 'xor', hidden: [3, 2], activation: ['relu'], epochs: 1 })),
    ).toEqual(['INVALID_CONFIG', 'activation']);
    expect(
      codeOf(() =>
        planRun({ dataset: 'iris', points: 10, hidden: [], activation: 'relu', epochs: 1 }),
      ),
    ).toEqual(['INVALID_DATASET', 'points']);
    expect(
      codeOf(() =>
        planRun({ dataset: 'circle', features: 4, hidden: [], activation: 'relu', epochs: 1 }),
      ),
    ).toEqual(['INVALID_DATASET', 'features']);
    expect(() => planRun({ dataset: 'circel', hidden: [], activation: 'relu', epochs: 1 })).toThrow(
      /circle/,
    );
  });
});

describe('planRun with input features', () => {
  it('feeds the chosen features and keeps the (x1, x2) split beside them', () => {
    const run = planRun({
      dataset: 'circle',
      points: 100,
      inputs: ['x1sq', 'x2sq', 'x1x2'],
      hidden: [],
      activation: 'tanh',
      epochs: 1,
    });
    expect(run.inputs).toEqual(['x1sq', 'x2sq', 'x1x2']);
    expect(run.data.train.inputSize).toBe(3);
    expect(run.data.test?.inputSize).toBe(3);
    const plane = run.plane?.train;
    if (!plane) throw new Error('expected the plane split');
    expect(plane.inputSize).toBe(2);
    const [x1, x2] = [plane.inputs[0] as number, plane.inputs[1] as number];
    expect([...run.data.train.inputs.subarray(0, 3)]).toEqual([x1 * x1, x2 * x2, x1 * x2]);
    expect(run.data.train.targets).toBe(plane.targets);
  });

  it('leaves the data alone when inputs are left out', () => {
    const run = planRun({ dataset: 'circle', hidden: [], activation: 'tanh', epochs: 1 });
    expect(run.inputs).toBeUndefined();
    expect(run.plane).toBeUndefined();
    expect(run.data.train.inputSize).toBe(2);
  });

  it('computes features of the standardized plane for iris', () => {
    const run = planRun({
      dataset: 'iris',
      inputs: ['x1', 'x1sq'],
      hidden: [],
      activation: 'tanh',
      epochs: 1,
    });
    const x = run.plane?.train.inputs[0] as number;
    expect([...run.data.train.inputs.subarray(0, 2)]).toEqual([x, x * x]);
    expect(run.scaling?.mean).toHaveLength(2);
  });

  it('refuses features for a dataset without two inputs, or unknown ones, naming inputs', () => {
    const base = { hidden: [], activation: 'relu', epochs: 1 } as const;
    expect(codeOf(() => planRun({ ...base, dataset: 'sine', inputs: ['x1'] }))).toEqual([
      'INVALID_CONFIG',
      'inputs',
    ]);
    expect(
      codeOf(() => planRun({ ...base, dataset: 'iris', features: 4, inputs: ['x1'] })),
    ).toEqual(['INVALID_CONFIG', 'inputs']);
    expect(codeOf(() => planRun({ ...base, dataset: 'xor', inputs: ['x3'] }))).toEqual([
      'INVALID_CONFIG',
      'inputs',
    ]);
    expect(codeOf(() => planRun({ ...base, dataset: 'xor', inputs: [] }))).toEqual([
      'INVALID_CONFIG',
      'inputs',
    ]);
  });

  it('trains the 2-D regression sets with a linear output and mse', () => {
    const run = planRun({ dataset: 'plane', hidden: [], activation: 'tanh', epochs: 1 });
    expect(run.config.layers).toEqual([{ units: 1, activation: 'linear' }]);
    expect(run.config.loss).toBe('mse');
  });
});

describe('foldStandardization', () => {
  it('gives on raw inputs what the trained model gives on standardized ones', async () => {
    const run = planRun({
      dataset: 'iris',
      features: 4,
      hidden: [6],
      activation: 'tanh',
      epochs: 5,
    });
    const scaling = run.scaling;
    if (!scaling) throw new Error('iris should be standardized');
    const result = await train(run.config, run.data, { epochs: run.epochs });
    const folded = foldStandardization(result.model, scaling);
    const test = run.data.test;
    if (!test) throw new Error('expected a test set');
    // Undo the standardization to get the raw rows back.
    const raw = test.inputs.map(
      (v, i) => v * (scaling.std[i % 4] as number) + (scaling.mean[i % 4] as number),
    );
    const expected = forwardRows(modelFromJson(result.model).network, test.inputs, test.size);
    const actual = forwardRows(modelFromJson(folded).network, raw, test.size);
    for (let i = 0; i < expected.length; i++) {
      expect(Math.abs((actual[i] as number) - (expected[i] as number))).toBeLessThan(1e-12);
    }
    // The first layer changed; the others are the same objects.
    expect(folded.layers[0]?.weights).not.toEqual(result.model.layers[0]?.weights);
    expect(folded.layers[1]).toBe(result.model.layers[1]);
  });

  it('refuses statistics of the wrong width', () => {
    const run = planRun({ dataset: 'iris', hidden: [], activation: 'relu', epochs: 1 });
    const model = {
      format: 'actlab.mlp/1' as const,
      inputSize: 2,
      layers: [{ activation: 'softmax', params: {}, weights: [[1, 2]], biases: [0] }],
    };
    expect(() => foldStandardization(model, { mean: [0, 0, 0], std: [1, 1, 1] })).toThrow(
      /3 features but the model takes 2/,
    );
    expect(run.scaling?.mean).toHaveLength(2);
  });
});

describe('experiment presets', () => {
  it('every preset except the digits (loaded asynchronously) prepares a run', () => {
    for (const { info } of EXPERIMENTS) {
      const { preset } = info;
      if (preset.dataset === 'digits') continue;
      const run = planRun(preset);
      expect(run.config.layers).toHaveLength(preset.hidden.length + 1);
      expect(run.epochs).toBe(preset.epochs);
      expect(run.config.seed).toBe(preset.seed);
    }
  });
});
