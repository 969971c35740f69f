import { describe, expect, it } from 'vitest';
import { isTrainError } from '../errors.js';
import type { Dataset } from './dataset.js';
import { iris, irisBinary } from './iris.js';

/** Column `j` of the inputs. */
function column(ds: Dataset, j: number): number[] {
  return Array.from({ length: ds.size }, (_, i) => ds.inputs[i * ds.inputSize + j] as number);
}

const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;

describe('iris', () => {
  it('has 150 flowers in three species of 50, by sepal length and width', () => {
    const ds = iris();
    expect(ds).toMatchObject({ name: 'iris', task: 'multiclass', size: 150, inputSize: 2 });
    expect(ds.outputSize).toBe(3);
    expect(ds.inputs).toHaveLength(300);
    expect(ds.featureNames).toEqual(['sepal length (cm)', 'sepal width (cm)']);
    expect(ds.classNames).toEqual(['setosa', 'versicolor', 'virginica']);
    for (const k of [0, 1, 2]) expect(ds.targets.filter((t) => t === k)).toHaveLength(50);
  });

  it("matches Fisher's data: first flower 5.1 x 3.5, ranges and means in cm", () => {
    const ds = iris({ features: 4 });
    expect([...ds.inputs.subarray(0, 4)]).toEqual([5.1, 3.5, 1.4, 0.2]);
    // Ranges and means of Fisher's 150 flowers. The package has Fisher's values for flowers 35
    // and 38, which the UCI copy gets wrong (UCI's sepal width mean is 3.054).
    expect([...ds.inputs.subarray(34 * 4, 35 * 4)]).toEqual([4.9, 3.1, 1.5, 0.2]);
    expect([...ds.inputs.subarray(37 * 4, 38 * 4)]).toEqual([4.9, 3.6, 1.4, 0.1]);
    const published = [
      [4.3, 7.9, 5.843],
      [2.0, 4.4, 3.057],
      [1.0, 6.9, 3.758],
      [0.1, 2.5, 1.199],
    ] as const;
    published.forEach(([min, max, m], j) => {
      const xs = column(ds, j);
      expect(Math.min(...xs)).toBe(min);
      expect(Math.max(...xs)).toBe(max);
      expect(mean(xs)).toBeCloseTo(m, 3);
    });
  });

  it('gives all four measurements with features: 4', () => {
    const ds = iris({ features: 4 });
    expect(ds.inputSize).toBe(4);
    expect(ds.featureNames).toHaveLength(4);
    expect(column(ds, 0)).toEqual(column(iris(), 0));
  });

  it('rejects any other feature count with INVALID_DATASET', () => {
    for (const features of [1, 3, 5]) {
      try {
        iris({ features: features as 2 });
        expect.unreachable();
      } catch (error) {
        expect(isTrainError(error, 'INVALID_DATASET') && error.path).toBe('features');
      }
    }
  });
});

describe('irisBinary', () => {
  it('labels the 50 setosa 1 and the other 100 flowers 0', () => {
    const ds = irisBinary();
    const species = iris().targets;
    expect(ds).toMatchObject({ name: 'iris-binary', task: 'binary', size: 150, outputSize: 1 });
    expect(ds.targets.filter((t) => t === 1)).toHaveLength(50);
    ds.targets.forEach((t, i) => expect(t).toBe(species[i] === 0 ? 1 : 0));
    expect(ds.inputs).toEqual(iris().inputs);
  });

  it('separates setosa by sepal width and length alone (it is linearly separable)', () => {
    const ds = irisBinary();
    // Setosa have short, wide sepals: width - length is above -2.2 for them, below -2.4 otherwise.
    ds.targets.forEach((t, i) => {
      const [length, width] = [ds.inputs[2 * i] as number, ds.inputs[2 * i + 1] as number];
      expect(width - length > -2.3 ? 1 : 0).toBe(t);
    });
  });
});
