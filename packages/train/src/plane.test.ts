import { describe, expect, it } from 'vitest';
import type { Dataset } from './datasets/dataset.js';
import { dataset } from './datasets/registry.js';
import { planeExtent, planeGrid } from './plane.js';

/** A dataset of the given rows (only the inputs matter here). */
function rows(inputSize: number, values: number[]): Dataset {
  const inputs = Float64Array.from(values);
  const size = values.length / inputSize;
  return {
    name: 'rows',
    task: 'regression',
    inputs,
    targets: new Float64Array(size),
    size,
    inputSize,
    outputSize: 1,
    featureNames: Array.from({ length: inputSize }, (_, i) => `x${i + 1}`),
  };
}

describe('planeExtent', () => {
  it('holds every point with a 5% margin, rounded up to a whole unit', () => {
    expect(planeExtent(rows(2, [0.5, -1.9, 1, 1]))).toBe(2); // 1.9 * 1.05 = 1.995
    expect(planeExtent(rows(2, [0, 2]))).toBe(3); // 2.1
    expect(planeExtent(rows(2, [0, -5.8]))).toBe(7); // 6.09
  });

  it('is at least 1, and reads only the first two inputs of each row', () => {
    expect(planeExtent(rows(2, [0, 0.1]))).toBe(1);
    expect(planeExtent(rows(3, [0.5, 0.5, 100, -0.2, 0.3, -100]))).toBe(1);
  });

  it('takes the largest over several sets', () => {
    expect(planeExtent(rows(2, [1, 1]), rows(2, [0, -3.9]))).toBe(5);
  });

  it('frames every point of a generated set', () => {
    const data = dataset('spiral', { points: 200, noise: 0.2, seed: 3 });
    const e = planeExtent(data);
    const coords = Array.from(data.inputs, Math.abs);
    expect(Math.max(...coords)).toBeLessThanOrEqual(e / 1.05);
    expect(e - 1).toBeLessThan(Math.max(...coords) * 1.05);
  });
});

describe('planeGrid', () => {
  it('spans [-e, e] on both axes, with the features when given', () => {
    expect(planeGrid(3, 10)).toEqual({ xMin: -3, xMax: 3, yMin: -3, yMax: 3, size: 10 });
    expect(planeGrid(2, 5, ['x1sq']).features).toEqual(['x1sq']);
  });
});
