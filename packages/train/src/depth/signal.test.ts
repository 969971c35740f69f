/**
 * `signalPropagation` end to end: the prediction against a reference computed here by plain
 * trapezoid integration (not core's Gauss-Hermite), the measurement against the prediction where
 * theory says they agree, the variances each initialization implies, and the refusals.
 */
import { describe, expect, it } from 'vitest';
import { TrainError } from '../errors.js';
import type { DepthRequest } from './signal.js';
import { DEPTH_LIMITS, defaultDepthBatch, signalPropagation } from './signal.js';

/** E[g(z)], z ~ N(0, 1), by the trapezoid rule on [-12, 12] in steps of 1e-3. */
function gaussian(g: (z: number) => number): number {
  const h = 1e-3;
  let sum = 0;
  for (let k = -12_000; k <= 12_000; k++) {
    const z = k * h;
    const w = k === -12_000 || k === 12_000 ? 0.5 : 1;
    sum += w * g(z) * Math.exp(-0.5 * z * z);
  }
  return (sum * h) / Math.sqrt(2 * Math.PI);
}

/** The mean-field recursion for tanh, written out: q and the gradient ratio per layer. */
function tanhReference(sw2: number, sb2: number, depth: number) {
  const forward = [sw2 + sb2];
  for (let l = 1; l < depth; l++) {
    const q = forward[l - 1] as number;
    forward.push(sw2 * gaussian((z) => Math.tanh(Math.sqrt(q) * z) ** 2) + sb2);
  }
  const gradient = new Array<number>(depth).fill(1);
  for (let l = depth - 2; l >= 0; l--) {
    const q = forward[l] as number;
    const slope2 = gaussian((z) => (1 - Math.tanh(Math.sqrt(q) * z) ** 2) ** 2);
    gradient[l] = (gradient[l + 1] as number) * sw2 * slope2;
  }
  return { forward, gradient };
}

const rel = (a: number, b: number) => Math.abs(a / b - 1);

describe('signalPropagation', () => {
  it('linear with gain 1: predicted variance is exactly q0 = 1, measured within sampling error', () => {
    const r = signalPropagation({
      activation: 'linear',
      init: { gain: 1 },
      width: 512,
      depth: 10,
      batch: 16,
    });
    expect(r.weightVariance).toBe(1);
    expect(r.biasVariance).toBe(0);
    for (const q of r.predicted.forward) expect(q).toBeCloseTo(1, 12);
    for (const g of r.predicted.gradient) expect(g).toBeCloseTo(1, 12);
    for (const q of [...r.measured.forward, ...r.measured.gradient])
      expect(rel(q, 1)).toBeLessThan(0.15);
    expect(r.gain).toBeCloseTo(1, 10);
  });

  it('relu with he: the predicted forward variance stays at 2 (the edge), the measured starts there', () => {
    const r = signalPropagation({
      activation: 'relu',
      init: 'he',
      width: 512,
      depth: 10,
      batch: 8,
    });
    expect(r.weightVariance).toBe(2);
    for (const q of r.predicted.forward) expect(q).toBeCloseTo(2, 10);
    for (const g of r.predicted.gradient) expect(g).toBeCloseTo(1, 10);
    // At the edge a layer's finite-width error accumulates (see measure.test.ts): two layers in.
    for (const q of r.measured.forward.slice(0, 2)) expect(rel(q, 2)).toBeLessThan(0.1);
    expect(r.gain).toBeCloseTo(Math.SQRT2, 6);
  });

  it('tanh, lecun, bias variance 0.05 (ordered): prediction as integrated here, measurement settles at q*', () => {
    const depth = 20;
    const r = signalPropagation({
      activation: 'tanh',
      init: 'lecun',
      biasVariance: 0.05,
      width: 512,
      depth,
      batch: 16,
    });
    const ref = tanhReference(1, 0.05, depth);
    r.predicted.forward.forEach((q, l) =>
      expect(rel(q, ref.forward[l] as number)).toBeLessThan(1e-8),
    );
    r.predicted.gradient.forEach((g, l) =>
      expect(rel(g, ref.gradient[l] as number)).toBeLessThan(1e-8),
    );
    // Each layer's variance is off by its finite-width error (sqrt(2/512) = 6%, more where the
    // inputs share the weights and biases), but the fixed point pulls it back, so errors do not
    // pile up: every layer is within 20% and the mean of the last 15 layers within 5% of q*.
    r.measured.forward.forEach((q, l) =>
      expect(rel(q, ref.forward[l] as number)).toBeLessThan(0.2),
    );
    const tail = r.measured.forward.slice(5);
    const q = ref.forward[depth - 1] as number;
    expect(rel(tail.reduce((s, x) => s + x, 0) / tail.length, q)).toBeLessThan(0.05);
    expect(rel(r.measured.gradient[0] as number, ref.gradient[0] as number)).toBeLessThan(0.35);
    expect(r.fixedPoint?.phase).toBe('ordered');
    expect(r.fixedPoint!.chi).toBeLessThan(1);
    expect(rel(r.fixedPoint!.q, ref.forward[depth - 1] as number)).toBeLessThan(0.01);
    expect(rel(r.gain, 1 / Math.sqrt(gaussian((z) => Math.tanh(z) ** 2)))).toBeLessThan(1e-8);
  });

  it('reports the variances each initialization implies', () => {
    const base = { activation: 'tanh', width: 48, depth: 2 } as const;
    const sw2 = (init: DepthRequest['init']) => signalPropagation({ ...base, init }).weightVariance;
    expect(sw2('uniform')).toBe(4); // 48 x 1/12
    expect(sw2('xavier')).toBe(1);
    expect(sw2('he')).toBe(2);
    expect(sw2('lecun')).toBe(1);
    expect(sw2({ gain: 1.5 })).toBeCloseTo(2.25, 14);
    // The Playground's constant biases 0.1 have no variance.
    expect(signalPropagation({ ...base, init: 'uniform' }).biasVariance).toBe(0);
    expect(signalPropagation({ ...base, init: 'uniform', biasVariance: 0.3 }).biasVariance).toBe(
      0.3,
    );
  });

  it('defaults the batch to about 1,024 values per layer, at least 4', () => {
    expect(defaultDepthBatch(256)).toBe(4);
    expect(defaultDepthBatch(512)).toBe(4);
    expect(defaultDepthBatch(8)).toBe(128);
    expect(defaultDepthBatch(2)).toBe(DEPTH_LIMITS.batch);
    const a = signalPropagation({ activation: 'selu', init: 'lecun', width: 8, depth: 3 });
    expect(a).toEqual(
      signalPropagation({
        activation: 'selu',
        init: 'lecun',
        width: 8,
        depth: 3,
        batch: 128,
        seed: 1,
      }),
    );
  });

  it.each([
    [{ width: 0 }, 'width'],
    [{ width: 513 }, 'width'],
    [{ width: 2.5 }, 'width'],
    [{ depth: 101 }, 'depth'],
    [{ depth: 0 }, 'depth'],
    [{ batch: 257 }, 'batch'],
    [{ seed: -1 }, 'seed'],
    [{ activation: 'softmax' }, 'activation'],
    [{ activation: 'relux' }, 'activation'],
    [{ activation: 'leaky_relu', params: { alpha: Number.NaN } }, 'params'],
    [{ init: 'glorot' }, 'init'],
    [{ init: { gain: 0 } }, 'init.gain'],
    [{ init: { gain: Infinity } }, 'init.gain'],
    [{ biasVariance: -0.1 }, 'biasVariance'],
    [{ biasVariance: Number.NaN }, 'biasVariance'],
  ])('refuses %o (INVALID_CONFIG at %s)', (change, path) => {
    const request = {
      activation: 'tanh',
      init: 'he',
      width: 16,
      depth: 4,
      ...change,
    } as DepthRequest;
    let error: unknown;
    try {
      signalPropagation(request);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TrainError);
    expect(error).toMatchObject({ code: 'INVALID_CONFIG', path });
  });
});
