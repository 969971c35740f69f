/**
 * `actlab depth` and `actlab init-gain`: the numbers equal @actlab/train's `signalPropagation` and
 * @actlab/core's `varianceGain` called directly, and independent hand results: for relu,
 * E[relu(sqrt(q) z)^2] = q / 2, so He's sigma_w^2 = 2 keeps q = 2 at every layer (chi = 1) and the
 * variance-preserving gain is sqrt(2); for a linear unit it is 1; for sigmoid it is checked
 * against E[sigmoid(z)^2] integrated by Simpson's rule here.
 */
import { activation, varianceGain } from '@actlab/core';
import { signalPropagation } from '@actlab/train';
import { describe, expect, it } from 'vitest';
import { main } from './main.js';

const run = (...argv: string[]) => main(argv, 'test');

async function answer<T>(...argv: string[]): Promise<T> {
  const r = await run(...argv, '--json');
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as T;
}

/** E[g(z)], z ~ N(0, 1), by Simpson's rule on [-12, 12] (the tails beyond weigh under 1e-30). */
function gaussianMean(g: (z: number) => number): number {
  const n = 4000;
  const h = 24 / n;
  let sum = 0;
  for (let i = 0; i <= n; i++) {
    const z = -12 + i * h;
    const w = i === 0 || i === n ? 1 : i % 2 === 1 ? 4 : 2;
    sum += w * g(z) * Math.exp((-z * z) / 2);
  }
  return (sum * h) / 3 / Math.sqrt(2 * Math.PI);
}

interface DepthAnswer {
  measured: { forward: number[]; gradient: number[] };
  predicted: { forward: number[]; gradient: number[] };
  weightVariance: number;
  biasVariance: number;
  fixedPoint?: { q: number; chi: number; phase: string };
  gain: number;
}

describe('actlab depth', () => {
  it('equals signalPropagation called directly, and for relu with He init keeps q = 2', async () => {
    const got = await answer<DepthAnswer & { request: unknown }>(
      ...['depth', 'relu', '--depth', '12', '--width', '64', '--init', 'he', '--seed', '3'],
    );
    const direct = signalPropagation({
      activation: 'relu',
      init: 'he',
      depth: 12,
      width: 64,
      seed: 3,
    });
    const { request, ...result } = got;
    expect(request).toEqual({ activation: 'relu', init: 'he', depth: 12, width: 64, seed: 3 });
    expect(result).toEqual(JSON.parse(JSON.stringify(direct)));
    expect(got.weightVariance).toBeCloseTo(2, 12);
    expect(got.predicted.forward).toHaveLength(12);
    for (const q of got.predicted.forward) expect(q).toBeCloseTo(2, 6);
    expect(got.fixedPoint?.chi).toBeCloseTo(1, 6);
    expect(got.gain).toBeCloseTo(Math.SQRT2, 10);
    // 64 units x the default batch: measured within a loose band of the prediction.
    expect(got.measured.forward[0]).toBeGreaterThan(1);
    expect(got.measured.forward[0]).toBeLessThan(3);
    expect(got.measured.gradient.at(-1)).toBe(1);
  });

  it('takes a custom gain and a bias variance, and says what the phase means', async () => {
    const got = await answer<DepthAnswer>(
      ...[
        'depth',
        'tanh',
        '--depth',
        '5',
        '--width',
        '32',
        '--init',
        'gain=3',
        '--bias-variance',
        '0.05',
      ],
    );
    expect(got.weightVariance).toBeCloseTo(9, 10);
    expect(got.biasVariance).toBe(0.05);
    // q at the first layer: inputs N(0, 1), so sigma_w^2 + sigma_b^2.
    expect(got.predicted.forward[0]).toBeCloseTo(9.05, 10);
    expect(got.fixedPoint?.phase).toBe('chaotic');
    const text = await run('depth', 'tanh', '--depth', '5', '--width', '32', '--init', 'gain=3');
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/chaotic: chi > 1, gradients grow/);
    expect(text.stdout).toMatch(
      /^layer\s+Var\(z\) measured\s+predicted\s+Var\(dL\/dz\) measured\s+predicted$/m,
    );
    expect(text.stdout.match(/^\d+ /gm)).toHaveLength(5);
    const ordered = await run(
      'depth',
      'tanh',
      '--depth',
      '3',
      '--width',
      '16',
      '--init',
      'gain=0.5',
    );
    expect(ordered.stdout).toMatch(/ordered: chi < 1, gradients shrink/);
  });

  it.each([
    [['depth'], /one activation id/],
    [['depth', 'relu', '--depth', '0'], /--depth must be from 1 to 100/],
    [['depth', 'relu', '--depth', '101'], /--depth must be from 1 to 100/],
    [['depth', 'relu', '--width', '513'], /--width must be from 1 to 512/],
    [['depth', 'relu', '--init', 'glorot2'], /--init takes uniform, xavier, he, lecun or gain=/],
    [['depth', 'relu', '--init', 'gain=x'], /--init gain must be a number/],
    [['depth', 'relu', '--init', 'gain=0'], /gain/],
    [['depth', 'relu', '--bias-variance', '-1'], /biasVariance|bias/],
    [['depth', 'softmax'], /scalar|softmax/],
    [['depth', 'rleu'], /relu/],
  ])('%j exits 2 with a message', async (argv, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });
});

describe('actlab init-gain', () => {
  it('gives sqrt(2) for relu, beside PyTorch’s, and equals varianceGain', async () => {
    const relu = await answer<{ variancePreserving: number; pytorch?: number }>(
      'init-gain',
      'relu',
    );
    expect(relu.variancePreserving).toBeCloseTo(Math.SQRT2, 12);
    expect(relu.pytorch).toBeCloseTo(Math.SQRT2, 12);
    expect(relu.variancePreserving).toBe(varianceGain(activation('relu')));
    const tanh = await answer<{ pytorch?: number }>('init-gain', 'tanh');
    expect(tanh.pytorch).toBeCloseTo(5 / 3, 12);
    const text = await run('init-gain', 'relu');
    expect(text.stdout).toMatch(/^relu: variance-preserving gain g = 1\.414213562/);
    expect(text.stdout).toMatch(/PyTorch's calculate_gain: 1\.414213562/);
  });

  it('computes it for sigmoid and for a formula, as 1 / sqrt(E[f(z)^2])', async () => {
    const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
    const expected = 1 / Math.sqrt(gaussianMean((z) => sigmoid(z) ** 2));
    const got = await answer<{ variancePreserving: number; pytorch?: number }>(
      'init-gain',
      'sigmoid',
    );
    expect(got.variancePreserving).toBeCloseTo(expected, 8);
    expect(got.pytorch).toBe(1);
    const linear = await answer<{ variancePreserving: number }>('init-gain', '--formula', 'x');
    expect(linear.variancePreserving).toBeCloseTo(1, 10);
    const silu = await answer<{ variancePreserving: number; pytorch?: number }>(
      'init-gain',
      'formula:x * sigmoid(x)',
    );
    expect(silu.variancePreserving).toBeCloseTo(
      1 / Math.sqrt(gaussianMean((z) => (z * sigmoid(z)) ** 2)),
      8,
    );
    expect(silu.pytorch).toBeUndefined();
  });

  it.each([
    [['init-gain'], /one activation id/],
    [['init-gain', 'softmax'], /scalar activations/],
    [['init-gain', 'sigmod'], /sigmoid/],
    [['init-gain', '--formula', 'x * sigmod(x)'], /\^+ unknown function "sigmod"/],
    [['init-gain', 'elu', '--param', 'alpha=-1'], /alpha/],
  ])('%j exits 2 with a message', async (argv, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });
});
