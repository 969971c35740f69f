import { describe, expect, it } from 'vitest';
import { isTrainError } from '../errors.js';
import { gaussSurface, multiGauss, plane, planeSurface } from './planar-regression.js';
import { dataset, datasetInfo } from './registry.js';

const GENERATORS = { plane, 'multi-gauss': multiGauss } as const;

describe('the surfaces', () => {
  it('plane is (x1 + x2) / 10', () => {
    expect(planeSurface(6, 6)).toBeCloseTo(1.2, 15);
    expect(planeSurface(-6, -6)).toBeCloseTo(-1.2, 15);
    expect(planeSurface(3, -3)).toBe(0);
  });

  it('multi-gauss is ±1 at the bump centres and about 0 between and far away', () => {
    expect(gaussSurface(-4, 2.5)).toBeCloseTo(1, 3);
    // The middle bump's neighbours lift it a little: two at distance 4, one at 5, two at √41.
    const middle = -1 + 2 * Math.exp(-8) + Math.exp(-12.5) - 2 * Math.exp(-20.5);
    expect(gaussSurface(0, 2.5)).toBeCloseTo(middle, 15);
    expect(gaussSurface(4, -2.5)).toBeCloseTo(-1, 3);
    // Midway between opposite-signed neighbours the two cancel; the third in the row adds e^-18.
    expect(gaussSurface(-2, 2.5)).toBeCloseTo(Math.exp(-18), 12);
    expect(Math.abs(gaussSurface(0, 40))).toBeLessThan(1e-300);
    // exp(-1/2) one standard deviation from a centre, the neighbours adding under 1e-3.
    expect(gaussSurface(-4, 3.5)).toBeCloseTo(Math.exp(-0.5), 3);
  });
});

describe.each(Object.entries(GENERATORS))('%s', (name, make) => {
  it('is a 2-D regression set with points in [-6, 6]²', () => {
    const ds = make({ points: 300, noise: 0, seed: 4 });
    expect(ds).toMatchObject({ name, task: 'regression', size: 300, inputSize: 2, outputSize: 1 });
    expect(ds.inputs.every((v) => v >= -6 && v < 6)).toBe(true);
    expect(ds.targets).toHaveLength(300);
    // Points fill the square: some in every quadrant.
    const quadrants = new Set<string>();
    for (let i = 0; i < ds.size; i++) {
      quadrants.add(`${(ds.inputs[2 * i] as number) > 0}${(ds.inputs[2 * i + 1] as number) > 0}`);
    }
    expect(quadrants.size).toBe(4);
  });

  it('has targets on its surface without noise, within [-1.2, 1.2]', () => {
    const ds = make({ points: 500, noise: 0, seed: 1 });
    const surface = name === 'plane' ? planeSurface : gaussSurface;
    for (let i = 0; i < ds.size; i++) {
      const t = ds.targets[i] as number;
      expect(t).toBe(surface(ds.inputs[2 * i] as number, ds.inputs[2 * i + 1] as number));
      expect(Math.abs(t)).toBeLessThanOrEqual(1.2 + 1e-12);
    }
    const max = Math.max(...ds.targets);
    const min = Math.min(...ds.targets);
    // Both signs are well represented.
    expect(max).toBeGreaterThan(0.6);
    expect(min).toBeLessThan(-0.6);
  });

  it('is deterministic by seed', () => {
    const a = make({ points: 100, noise: 0.2, seed: 9 });
    const b = make({ points: 100, noise: 0.2, seed: 9 });
    const c = make({ points: 100, noise: 0.2, seed: 10 });
    expect(b.inputs).toEqual(a.inputs);
    expect(b.targets).toEqual(a.targets);
    expect(c.inputs).not.toEqual(a.inputs);
  });

  it('noise moves targets off the surface but leaves the points where they were', () => {
    const clean = make({ points: 400, noise: 0, seed: 5 });
    const noisy = make({ points: 400, noise: 0.3, seed: 5 });
    expect(noisy.inputs).toEqual(clean.inputs);
    let squares = 0;
    for (let i = 0; i < clean.size; i++) {
      squares += ((noisy.targets[i] as number) - (clean.targets[i] as number)) ** 2;
    }
    const rms = Math.sqrt(squares / clean.size);
    expect(rms).toBeGreaterThan(0.05);
    const noisier = make({ points: 400, noise: 1, seed: 5 });
    let more = 0;
    for (let i = 0; i < clean.size; i++) {
      more += ((noisier.targets[i] as number) - (clean.targets[i] as number)) ** 2;
    }
    expect(Math.sqrt(more / clean.size)).toBeGreaterThan(rms);
  });

  it("is in the registry with the generated sets' options", () => {
    const info = datasetInfo(name);
    expect(info).toMatchObject({
      task: 'regression',
      inputSize: 2,
      outputSize: 1,
      standardize: false,
    });
    expect(info.options.map((o) => o.name)).toEqual(['points', 'noise', 'seed']);
    expect(dataset(name, { points: 60, seed: 2 }).targets).toEqual(
      make({ points: 60, noise: 0, seed: 2 }).targets,
    );
  });

  it('refuses out-of-range options', () => {
    let error: unknown;
    try {
      make({ points: 2, noise: 0, seed: 1 });
    } catch (e) {
      error = e;
    }
    expect(isTrainError(error, 'INVALID_DATASET')).toBe(true);
  });
});
