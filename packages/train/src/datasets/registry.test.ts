import { describe, expect, it } from 'vitest';
import { isTrainError } from '../errors.js';
import { DIGITS_INFO } from './digits.js';
import {
  DATASET_CATALOG,
  DATASET_NAMES,
  dataset,
  datasetInfo,
  isDatasetName,
  resolveDatasetName,
} from './registry.js';

function errorOf(run: () => unknown): { code?: string; path?: string; message?: string } {
  try {
    run();
  } catch (error) {
    return isTrainError(error) ? error : {};
  }
  return {};
}

describe('the dataset catalog', () => {
  it('lists every name once, in DATASET_NAMES order', () => {
    expect(DATASET_CATALOG.map((d) => d.name)).toEqual([...DATASET_NAMES]);
    expect(new Set(DATASET_NAMES).size).toBe(DATASET_NAMES.length);
  });

  it('is plain serializable data, digits included', () => {
    for (const info of [...DATASET_CATALOG, DIGITS_INFO]) {
      expect(JSON.parse(JSON.stringify(info))).toEqual(info);
      expect(info.description).toMatch(/^[A-Z'].*\.$/);
      for (const option of info.options) {
        expect(option.default).toBeGreaterThanOrEqual(option.min);
        expect(option.default).toBeLessThanOrEqual(option.max);
        expect(option.description).toMatch(/\.$/);
      }
    }
  });

  it.each(DATASET_NAMES)('builds %s with its defaults, as its entry describes', (name) => {
    const info = datasetInfo(name);
    const ds = dataset(name);
    expect(ds.name).toBe(name);
    expect(ds.task).toBe(info.task);
    expect(ds.inputSize).toBe(info.inputSize);
    expect(ds.outputSize).toBe(info.outputSize);
    const points = info.options.find((o) => o.name === 'points');
    if (points) expect(ds.size).toBe(points.default);
    expect(ds.featureNames).toHaveLength(ds.inputSize);
    expect(ds.targets).toHaveLength(ds.size * (ds.task === 'regression' ? ds.outputSize : 1));
  });
});

describe('dataset(name, options)', () => {
  it('passes options through and fills the rest with defaults', () => {
    expect(dataset('circle', { points: 40 }).size).toBe(40);
    expect(dataset('circle', { points: 40, seed: 1 }).inputs).toEqual(
      dataset('circle', { points: 40, noise: 0 }).inputs,
    );
    expect(dataset('iris', { features: 4 }).inputSize).toBe(4);
  });

  it('accepts names regardless of case, spaces, underscores and hyphens', () => {
    expect(resolveDatasetName('Iris_Binary')).toBe('iris-binary');
    expect(resolveDatasetName(' spiral-3 ')).toBe('spiral3');
    expect(isDatasetName('XOR')).toBe(true);
    expect(isDatasetName('digits')).toBe(false);
  });

  it('rejects an unknown name with INVALID_DATASET and the closest names', () => {
    const error = errorOf(() => dataset('cirlce'));
    expect(error.code).toBe('INVALID_DATASET');
    expect(error.message).toContain('did you mean circle');
    expect(errorOf(() => dataset('spirals')).message).toMatch(/spiral, spiral3/);
    expect(errorOf(() => datasetInfo('zzzzzzzz')).message).toContain('the datasets are circle');
  });

  it('rejects an unknown option or one out of range, naming it', () => {
    expect(errorOf(() => dataset('circle', { point: 50 }))).toMatchObject({
      code: 'INVALID_DATASET',
      path: 'point',
    });
    expect(errorOf(() => dataset('iris', { seed: 1 })).message).toContain(
      'its options are features',
    );
    expect(errorOf(() => dataset('sine', { points: 1e6 }))).toMatchObject({
      code: 'INVALID_DATASET',
      path: 'points',
    });
    expect(errorOf(() => dataset('xor', { noise: -1 })).path).toBe('noise');
    expect(errorOf(() => dataset('xor', null as never)).code).toBe('INVALID_DATASET');
  });
});
