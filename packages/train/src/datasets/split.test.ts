import { describe, expect, it } from 'vitest';
import { isTrainError } from '../errors.js';
import type { Dataset } from './dataset.js';
import { iris } from './iris.js';
import { selectRows, splitDataset, standardize, standardizeInputs } from './split.js';
import { spiral3 } from './synthetic.js';

/** Each row as a string of its inputs and target, to compare rows across datasets. */
function rowKeys(ds: Dataset): string[] {
  return Array.from({ length: ds.size }, (_, i) =>
    [...ds.inputs.subarray(i * ds.inputSize, (i + 1) * ds.inputSize), ds.targets[i]].join(','),
  );
}

/** Mean and population standard deviation of column `j`. */
function columnStats(ds: Dataset, j: number): [number, number] {
  const xs = Array.from({ length: ds.size }, (_, i) => ds.inputs[i * ds.inputSize + j] as number);
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  return [mean, Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length)];
}

function errorOf(run: () => unknown): { code?: string; path?: string } {
  try {
    run();
  } catch (error) {
    return isTrainError(error) ? error : {};
  }
  return {};
}

describe('selectRows', () => {
  it('copies the chosen rows in the order given', () => {
    const ds = iris({ features: 4 });
    const picked = selectRows(ds, [149, 0, 0]);
    expect(picked.size).toBe(3);
    expect([...picked.inputs.subarray(0, 4)]).toEqual([...ds.inputs.subarray(596, 600)]);
    expect([...picked.targets]).toEqual([2, 0, 0]);
    expect(picked.name).toBe('iris');
  });

  it('rejects a row outside the dataset', () => {
    expect(errorOf(() => selectRows(iris(), [150])).code).toBe('INVALID_DATASET');
  });
});

describe('splitDataset', () => {
  const ds = spiral3({ points: 500, noise: 0.2, seed: 1 });

  it('holds out the rounded test fraction and keeps every row exactly once', () => {
    const { train, test } = splitDataset(ds, { testFraction: 0.25, seed: 7 });
    expect(test.size).toBe(125);
    expect(train.size).toBe(375);
    expect(train.inputs).toHaveLength(375 * 2);
    expect(test.targets).toHaveLength(125);
    const trainRows = new Set(rowKeys(train));
    expect(rowKeys(test).some((r) => trainRows.has(r))).toBe(false);
    expect([...rowKeys(train), ...rowKeys(test)].sort()).toEqual(rowKeys(ds).sort());
    expect(train).toMatchObject({ task: 'multiclass', outputSize: 3, inputSize: 2 });
  });

  it('is reproducible for a seed and differs for another', () => {
    const a = splitDataset(ds, { testFraction: 0.3, seed: 1 });
    expect(splitDataset(ds, { testFraction: 0.3, seed: 1 }).test.inputs).toEqual(a.test.inputs);
    expect(splitDataset(ds, { testFraction: 0.3, seed: 2 }).test.inputs).not.toEqual(a.test.inputs);
  });

  it('keeps at least one row on each side', () => {
    const tiny = spiral3({ points: 4, noise: 0, seed: 1 });
    expect(splitDataset(tiny, { testFraction: 0.01, seed: 1 }).test.size).toBe(1);
    expect(splitDataset(tiny, { testFraction: 0.99, seed: 1 }).train.size).toBe(1);
  });

  it('rejects a fraction outside (0, 1) or a bad seed, naming the option', () => {
    for (const testFraction of [0, 1, -0.5, Number.NaN]) {
      expect(errorOf(() => splitDataset(ds, { testFraction, seed: 1 }))).toMatchObject({
        code: 'INVALID_DATASET',
        path: 'testFraction',
      });
    }
    expect(errorOf(() => splitDataset(ds, { testFraction: 0.2, seed: -3 })).path).toBe('seed');
  });
});

describe('standardize', () => {
  const { train, test } = splitDataset(iris({ features: 4 }), { testFraction: 0.2, seed: 3 });
  const result = standardize(train, test);

  it('gives every training feature mean 0 and standard deviation 1', () => {
    for (let j = 0; j < 4; j++) {
      const [mean, std] = columnStats(result.train, j);
      expect(mean).toBeCloseTo(0, 12);
      expect(std).toBeCloseTo(1, 12);
    }
  });

  it("scales the test rows by the training set's statistics, which it returns", () => {
    for (let j = 0; j < 4; j++) {
      const [mean, std] = columnStats(train, j);
      expect(result.mean[j]).toBeCloseTo(mean, 12);
      expect(result.std[j]).toBeCloseTo(std, 12);
      const x = test.inputs[j] as number;
      expect(result.test.inputs[j]).toBeCloseTo((x - mean) / std, 12);
    }
    expect(result.test.targets).toEqual(test.targets);
    // The originals are left as they were.
    expect(columnStats(train, 0)[0]).toBeGreaterThan(5);
  });

  it('maps other points (a UI grid) the same way', () => {
    const grid = Float64Array.from([5, 3, 4, 1]);
    const mapped = standardizeInputs(grid, result);
    expect(mapped[1]).toBeCloseTo((3 - (result.mean[1] as number)) / (result.std[1] as number), 14);
  });

  it('passes a constant feature through centred instead of dividing by zero', () => {
    const flat: Dataset = { ...train, inputs: new Float64Array(train.inputs.length).fill(2) };
    const { train: out, std } = standardize(flat, flat);
    expect(std).toEqual([1, 1, 1, 1]);
    expect([...out.inputs].every((v) => v === 0)).toBe(true);
  });

  it('rejects sets of different widths', () => {
    expect(errorOf(() => standardize(train, iris())).code).toBe('INVALID_DATASET');
  });
});
