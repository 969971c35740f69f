import { describe, expect, it } from 'vitest';
import { isTrainError } from '../errors.js';
import type { Dataset } from './dataset.js';
import { DIGITS_INFO, loadDigits } from './digits.js';

/** True when two arrays hold the same bytes (far faster than a deep equality on 10^5 numbers). */
function sameBytes(a: Float64Array, b: Float64Array): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(
    Buffer.from(b.buffer, b.byteOffset, b.byteLength),
  );
}

/** Each image as a string key, to compare images across sets. */
function imageKeys(ds: Dataset): Set<string> {
  return new Set(
    Array.from({ length: ds.size }, (_, i) => ds.inputs.subarray(i * 784, (i + 1) * 784).join()),
  );
}

describe('loadDigits', () => {
  it('loads the default 6000 + 1000 images: 784 pixels in [0, 1], digits 0 to 9', async () => {
    const { train, test } = await loadDigits();
    for (const [ds, size] of [
      [train, 6000],
      [test, 1000],
    ] as const) {
      expect(ds).toMatchObject({ name: 'digits', task: 'multiclass', size, inputSize: 784 });
      expect(ds.outputSize).toBe(10);
      expect(ds.inputs).toHaveLength(size * 784);
      expect(ds.targets).toHaveLength(size);
      expect(ds.featureNames).toHaveLength(784);
      expect(ds.featureNames[29]).toBe('pixel (1, 1)');
      let min = Infinity;
      let max = -Infinity;
      for (const v of ds.inputs) {
        if (v < min) min = v;
        if (v > max) max = v;
      }
      expect(min).toBe(0);
      expect(max).toBeLessThanOrEqual(1);
      expect(max).toBeGreaterThan(0.99);
      const counts = new Array<number>(10).fill(0);
      for (const t of ds.targets) counts[t] = (counts[t] as number) + 1;
      // Any label other than 0..9 would make the counts longer than 10 or a NaN.
      expect(counts).toHaveLength(10);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(size);
      // MNIST has about a tenth of each digit; a random draw keeps roughly that.
      for (const c of counts) expect(c / size).toBeGreaterThan(0.06);
    }
    // An image is mostly background: on average well under a third of the pixels are lit.
    const lit = train.inputs.reduce((n, v) => n + (v > 0 ? 1 : 0), 0) / train.inputs.length;
    expect(lit).toBeGreaterThan(0.1);
    expect(lit).toBeLessThan(0.3);
  });

  it('draws disjoint sets, the same for a seed, with a test set independent of the train size', async () => {
    const a = await loadDigits({ train: 500, test: 200, seed: 4 });
    const b = await loadDigits({ train: 500, test: 200, seed: 4 });
    const c = await loadDigits({ train: 1500, test: 200, seed: 4 });
    const d = await loadDigits({ train: 500, test: 200, seed: 5 });
    expect(sameBytes(b.train.inputs, a.train.inputs)).toBe(true);
    expect(sameBytes(b.train.targets, a.train.targets)).toBe(true);
    expect(sameBytes(c.test.inputs, a.test.inputs)).toBe(true);
    expect(sameBytes(d.test.inputs, a.test.inputs)).toBe(false);
    const trainImages = imageKeys(c.train);
    const shared = [...imageKeys(c.test)].filter((k) => trainImages.has(k));
    expect(shared).toEqual([]);
  });

  it('rejects sizes out of range, naming the option', async () => {
    const cases = [
      [{ train: 0 }, 'train'],
      [{ test: 2.5 }, 'test'],
      [{ train: 9500, test: 1000 }, 'test'],
      [{ seed: -1 }, 'seed'],
    ] as const;
    for (const [options, path] of cases) {
      const error: unknown = await loadDigits(options).catch((e: unknown) => e);
      expect(isTrainError(error, 'INVALID_DATASET')).toBe(true);
      expect((error as { path: string }).path).toBe(path);
    }
  });

  it('describes itself like the synchronous datasets', () => {
    expect(DIGITS_INFO).toMatchObject({ name: 'digits', inputSize: 784, outputSize: 10 });
    expect(DIGITS_INFO.options.map((o) => o.name)).toEqual(['train', 'test', 'seed']);
  });
});
