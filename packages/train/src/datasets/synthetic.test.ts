import { describe, expect, it } from 'vitest';
import { isTrainError } from '../errors.js';
import type { Dataset } from './dataset.js';
import type { GeneratorOptions } from './options.js';
import { circle, gauss, moons, spiral, spiral3, xor } from './synthetic.js';

const GENERATORS = { circle, xor, gauss, spiral, moons, spiral3 } as const;

/** Count of each label value. */
function labelCounts(ds: Dataset): Map<number, number> {
  const counts = new Map<number, number>();
  for (const t of ds.targets) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

/** The rows as [x1, x2, label] triples. */
function rows(ds: Dataset): [number, number, number][] {
  return Array.from({ length: ds.size }, (_, i) => [
    ds.inputs[2 * i] as number,
    ds.inputs[2 * i + 1] as number,
    ds.targets[i] as number,
  ]);
}

/** The error `run` throws (fails the test when it does not throw). */
function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe.each(Object.entries(GENERATORS))('%s', (name, make) => {
  const classes = name === 'spiral3' ? 3 : 2;

  it('has the requested number of rows, two inputs and the right task', () => {
    for (const points of [4, 501, 1000]) {
      const ds = make({ points, noise: 0.1, seed: 3 });
      expect(ds.name).toBe(name);
      expect(ds.size).toBe(points);
      expect(ds.inputSize).toBe(2);
      expect(ds.inputs).toHaveLength(points * 2);
      expect(ds.targets).toHaveLength(points);
      expect(ds.featureNames).toEqual(['x1', 'x2']);
      expect(ds.classNames).toHaveLength(classes);
      expect(ds.task).toBe(classes === 2 ? 'binary' : 'multiclass');
      expect(ds.outputSize).toBe(classes === 2 ? 1 : 3);
    }
  });

  it('gives the same bytes for the same seed and other data for another', () => {
    const options = { points: 300, noise: 0.2, seed: 42 };
    const a = make(options);
    const b = make(options);
    expect(Buffer.from(a.inputs.buffer)).toEqual(Buffer.from(b.inputs.buffer));
    expect(Buffer.from(a.targets.buffer)).toEqual(Buffer.from(b.targets.buffer));
    const c = make({ ...options, seed: 43 });
    expect(Buffer.from(c.inputs.buffer)).not.toEqual(Buffer.from(a.inputs.buffer));
  });

  it('labels every row with a class index and keeps the classes roughly even', () => {
    const ds = make({ points: 2000, noise: 0.1, seed: 5 });
    const counts = labelCounts(ds);
    expect([...counts.keys()].sort()).toEqual(Array.from({ length: classes }, (_, k) => k));
    for (const count of counts.values()) {
      expect(count / ds.size).toBeGreaterThan(0.8 / classes);
      expect(count / ds.size).toBeLessThan(1.2 / classes);
    }
  });

  it("stays within Playground's [-6, 6] square without noise", () => {
    const ds = make({ points: 2000, noise: 0, seed: 9 });
    for (const v of ds.inputs) expect(Math.abs(v)).toBeLessThanOrEqual(6);
  });

  it('shuffles the rows so that classes do not come in blocks', () => {
    const labels = [...make({ points: 400, noise: 0, seed: 1 }).targets];
    const firstHalf = labels.slice(0, 200);
    expect(new Set(firstHalf).size).toBe(classes);
  });

  it('rejects options out of range with INVALID_DATASET naming the option', () => {
    const bad: [Partial<GeneratorOptions>, string][] = [
      [{ points: 3 }, 'points'],
      [{ points: 100_001 }, 'points'],
      [{ points: 10.5 }, 'points'],
      [{ points: Number.NaN }, 'points'],
      [{ noise: -0.1 }, 'noise'],
      [{ noise: 1.5 }, 'noise'],
      [{ seed: -1 }, 'seed'],
      [{ seed: 2 ** 32 }, 'seed'],
      [{ seed: 0.5 }, 'seed'],
    ];
    for (const [override, option] of bad) {
      const error = thrown(() => make({ points: 100, noise: 0, seed: 1, ...override }));
      expect(isTrainError(error, 'INVALID_DATASET')).toBe(true);
      expect((error as { path: string }).path).toBe(option);
      expect((error as Error).message).toContain(option);
    }
    expect((thrown(() => make({ points: 3, noise: 0, seed: 1 })) as Error).message).toContain(
      '[4, 100000]',
    );
  });
});

describe('circle', () => {
  it('labels by the radius rule exactly at noise 0: inside 2.5 is 1, the ring [3.5, 5) is 0', () => {
    for (const [x1, x2, label] of rows(circle({ points: 2000, noise: 0, seed: 2 }))) {
      const r = Math.sqrt(x1 * x1 + x2 * x2);
      expect(label).toBe(r < 2.5 ? 1 : 0);
      expect(r < 2.5 || (r >= 3.5 - 1e-12 && r < 5 + 1e-12)).toBe(true);
    }
  });

  it('flips some labels against the rule when noisy', () => {
    const disagree = rows(circle({ points: 2000, noise: 0.5, seed: 2 })).filter(
      ([x1, x2, label]) => label !== (Math.sqrt(x1 * x1 + x2 * x2) < 2.5 ? 1 : 0),
    );
    expect(disagree.length).toBeGreaterThan(50);
  });
});

describe('xor', () => {
  it('labels by the quadrant rule exactly at noise 0, 0.3 away from the axes', () => {
    for (const [x1, x2, label] of rows(xor({ points: 2000, noise: 0, seed: 4 }))) {
      expect(label).toBe(Math.sign(x1) === Math.sign(x2) ? 1 : 0);
      expect(Math.min(Math.abs(x1), Math.abs(x2))).toBeGreaterThanOrEqual(0.3);
      expect(Math.max(Math.abs(x1), Math.abs(x2))).toBeLessThanOrEqual(5.3);
    }
  });
});

describe('gauss', () => {
  it('centres label 1 at (2, 2) and label 0 at (-2, -2), with variance 0.5 + 7 noise', () => {
    const noise = 0.2;
    const all = rows(gauss({ points: 4000, noise, seed: 6 }));
    for (const [label, centre] of [
      [1, 2],
      [0, -2],
    ] as const) {
      const xs = all.filter((r) => r[2] === label).map((r) => r[0]);
      const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
      const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length;
      // The standard error of the mean is about 0.03; allow five of them.
      expect(Math.abs(mean - centre)).toBeLessThan(0.15);
      expect(variance / (0.5 + 7 * noise)).toBeGreaterThan(0.9);
      expect(variance / (0.5 + 7 * noise)).toBeLessThan(1.1);
    }
  });
});

describe('spiral and spiral3', () => {
  it('splits the points evenly over the arms, out to radius 5', () => {
    const ds = spiral3({ points: 500, noise: 0, seed: 1 });
    expect([...labelCounts(ds).entries()].sort()).toEqual([
      [0, 167],
      [1, 167],
      [2, 166],
    ]);
    for (const [x1, x2] of rows(ds)) expect(Math.hypot(x1, x2)).toBeLessThan(5);
  });

  it('moves points by at most the noise on each axis', () => {
    const clean = spiral({ points: 300, noise: 0, seed: 8 });
    const noisy = spiral({ points: 300, noise: 0.3, seed: 8 });
    // Same seed, same shuffle: row i is the same arm point with and without noise.
    for (let i = 0; i < clean.inputs.length; i++) {
      expect(Math.abs((noisy.inputs[i] as number) - (clean.inputs[i] as number))).toBeLessThan(0.3);
    }
  });
});

describe('moons', () => {
  it("puts clean points on make_moons' two unit half-circles, scaled by 3", () => {
    for (const [x1, x2, label] of rows(moons({ points: 1000, noise: 0, seed: 7 }))) {
      // Undo the centring and scaling, then measure the distance to each moon's centre.
      const x = x1 / 3 + 0.5;
      const y = x2 / 3 + 0.25;
      const [cx, cy] = label === 0 ? [0, 0] : [1, 0.5];
      expect(Math.hypot(x - cx, y - cy)).toBeCloseTo(1, 12);
      expect(label === 0 ? y >= -1e-12 : y <= 0.5 + 1e-12).toBe(true);
    }
  });
});
