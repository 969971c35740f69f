import { describe, expect, it } from 'vitest';
import { isTrainError } from '../errors.js';
import { abs, cubic, sine, square, step } from './regression.js';

/** Each curve beside an independent formula for its target. */
const CURVES = [
  ['square', square, (x: number) => Math.pow(x, 2)],
  ['sine', sine, (x: number) => Math.sin(Math.PI * x)],
  ['abs', abs, (x: number) => (x < 0 ? -x : x)],
  ['step', step, (x: number) => (x < 0 ? 0 : 1)],
  ['cubic', cubic, (x: number) => Math.pow(x, 3)],
] as const;

describe.each(CURVES)('%s', (name, make, reference) => {
  it('has one input in [-1, 1) and one regression target per row', () => {
    const ds = make({ points: 500, noise: 0.1, seed: 1 });
    expect(ds).toMatchObject({ name, task: 'regression', size: 500, inputSize: 1, outputSize: 1 });
    expect(ds.inputs).toHaveLength(500);
    expect(ds.targets).toHaveLength(500);
    expect(ds.featureNames).toEqual(['x']);
    for (const x of ds.inputs) {
      expect(x).toBeGreaterThanOrEqual(-1);
      expect(x).toBeLessThan(1);
    }
  });

  it('gives exactly the curve at noise 0', () => {
    const ds = make({ points: 500, noise: 0, seed: 2 });
    ds.inputs.forEach((x, i) => expect(ds.targets[i]).toBeCloseTo(reference(x), 14));
  });

  it('adds Gaussian noise with standard deviation `noise`, on the same x values', () => {
    const clean = make({ points: 4000, noise: 0, seed: 3 });
    const noisy = make({ points: 4000, noise: 0.1, seed: 3 });
    expect(noisy.inputs).toEqual(clean.inputs);
    let squares = 0;
    noisy.targets.forEach((t, i) => (squares += (t - (clean.targets[i] as number)) ** 2));
    expect(Math.sqrt(squares / 4000)).toBeGreaterThan(0.095);
    expect(Math.sqrt(squares / 4000)).toBeLessThan(0.105);
  });

  it('gives the same bytes for a seed and other x values for another', () => {
    const a = make({ points: 100, noise: 0.2, seed: 11 });
    expect(Buffer.from(make({ points: 100, noise: 0.2, seed: 11 }).targets.buffer)).toEqual(
      Buffer.from(a.targets.buffer),
    );
    expect(make({ points: 100, noise: 0.2, seed: 12 }).inputs).not.toEqual(a.inputs);
  });

  it('rejects a bad option with INVALID_DATASET naming it', () => {
    expect(() => make({ points: 2, noise: 0, seed: 1 })).toThrow(/points/);
    try {
      make({ points: 100, noise: 2, seed: 1 });
      expect.unreachable();
    } catch (error) {
      expect(isTrainError(error, 'INVALID_DATASET') && error.path).toBe('noise');
    }
  });
});
