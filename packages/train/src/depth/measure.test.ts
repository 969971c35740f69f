/**
 * The measured pass against what is known in closed form: a linear network with weights of
 * variance 1/fan_in keeps the variance of its signal and of its gradients (1 per layer, exactly in
 * expectation), and a ReLU network with He weights keeps its forward variance at sigma_w^2 = 2 (each
 * layer halves E[z^2] through the ReLU and doubles it through the weights). Measured values carry
 * sampling error of a few percent at width 512; their tolerances say how much.
 */
import type { ScalarActivation } from '@actlab/core';
import { activation } from '@actlab/core';
import { describe, expect, it } from 'vitest';
import type { MeasureSettings } from './measure.js';
import { measureDepth } from './measure.js';
import { fastRng, fillNormal } from './normal.js';

const scalar = (id: string) => activation(id) as ScalarActivation;

function settings(id: string, variance: number, extra: Partial<MeasureSettings> = {}) {
  const width = extra.width ?? 512;
  return {
    act: scalar(id),
    width,
    depth: 10,
    batch: 8,
    seed: 1,
    law: { weights: 'normal', scale: Math.sqrt(variance / width), bias: 0, biasStd: 0 },
    ...extra,
  } as const;
}

describe('measured signal propagation', () => {
  it('a linear network with gain 1 keeps the variance of its signal and gradients near 1', () => {
    const { forward, gradient } = measureDepth(settings('linear', 1));
    expect(forward).toHaveLength(10);
    expect(gradient).toHaveLength(10);
    expect(gradient[9]).toBe(1);
    for (const q of [...forward, ...gradient]) {
      expect(q).toBeGreaterThan(0.85);
      expect(q).toBeLessThan(1.15);
    }
  });

  it('a ReLU network with He weights keeps its forward variance at 2 (the edge: chi = 1)', () => {
    // At the edge nothing pulls a layer's variance back: its finite-width error, sqrt(2/512) = 6%
    // per layer whatever the batch (the inputs share the weights), adds up as a random walk, so
    // the first two layers are within 10% and the tenth can be 50% off (its expected error).
    for (const seed of [1, 2, 3]) {
      const { forward, gradient } = measureDepth(settings('relu', 2, { seed }));
      for (const q of forward.slice(0, 2)) expect(Math.abs(q / 2 - 1)).toBeLessThan(0.1);
      for (const q of forward) expect(Math.abs(q / 2 - 1)).toBeLessThan(0.6);
      for (const g of gradient) expect(Math.abs(g - 1)).toBeLessThan(0.3);
    }
  });

  it('a linear network with gain 2 multiplies the variance by 4 per layer forwards and backwards', () => {
    const { forward, gradient } = measureDepth(settings('linear', 4, { depth: 6 }));
    forward.forEach((q, l) => expect(Math.abs(q / 4 ** (l + 1) - 1)).toBeLessThan(0.15));
    gradient.forEach((g, l) => expect(Math.abs(g / 4 ** (5 - l) - 1)).toBeLessThan(0.15));
  });

  it('constant biases shift the mean of z and leave its variance alone', () => {
    const base = settings('linear', 1, { depth: 3, width: 64, batch: 5 });
    const shifted = measureDepth({ ...base, law: { ...base.law, bias: 7 } });
    const plain = measureDepth(base);
    // Layer 1's z differs by exactly the constant, so its variance agrees to rounding.
    expect(shifted.forward[0]).toBeCloseTo(plain.forward[0] as number, 10);
    // Bias noise adds its variance: sigma_b^2 = 0.25 on top of about 1.
    const noisy = measureDepth({ ...base, batch: 64, law: { ...base.law, biasStd: 0.5 } });
    expect(noisy.forward[0]).toBeGreaterThan(1.05);
  });

  it('is reproducible from its seed, and batches that are not a multiple of four agree', () => {
    const a = measureDepth(settings('tanh', 1, { width: 32, batch: 7, seed: 5 }));
    const b = measureDepth(settings('tanh', 1, { width: 32, batch: 7, seed: 5 }));
    expect(a).toEqual(b);
    const c = measureDepth(settings('tanh', 1, { width: 32, batch: 7, seed: 6 }));
    expect(c.forward).not.toEqual(a.forward);
  });

  it('equals a naive forward and backward pass of the same weights (odd width, batch 4 + 2)', () => {
    const n = 5;
    const batch = 6;
    const depth = 3;
    const std = 0.7;
    // The same streams the pass draws from: 0 the inputs, 1 the output gradient, 2 + l layer l.
    const draw = (stream: number, count: number, scale: number) => {
      const out = new Float64Array(count);
      fillNormal(fastRng(9, stream), out, scale);
      return [...out];
    };
    const weights = Array.from({ length: depth }, (_, l) => draw(2 + l, n * n, std));
    const variance = (xs: number[]) => {
      const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
      return xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length;
    };
    const f = Math.tanh;
    const df = (z: number) => 1 - Math.tanh(z) ** 2;
    let a = draw(0, n * batch, 1);
    const zs: number[][] = [];
    for (const w of weights) {
      const z = a.map((_, k) => {
        const [e, i] = [Math.floor(k / n), k % n];
        let s = 0;
        for (let j = 0; j < n; j++) s += (w[i * n + j] as number) * (a[e * n + j] as number);
        return s;
      });
      zs.push(z);
      a = z.map(f);
    }
    let delta = draw(1, n * batch, 1);
    const raw = [variance(delta)];
    for (let l = depth - 1; l > 0; l--) {
      const w = weights[l] as number[];
      const z = zs[l - 1] as number[];
      delta = delta.map((_, k) => {
        const [e, j] = [Math.floor(k / n), k % n];
        let s = 0;
        for (let i = 0; i < n; i++) s += (w[i * n + j] as number) * (delta[e * n + i] as number);
        return s * df(z[k] as number);
      });
      raw.unshift(variance(delta));
    }
    const measured = measureDepth({
      act: scalar('tanh'),
      width: n,
      depth,
      batch,
      seed: 9,
      law: { weights: 'normal', scale: std, bias: 0, biasStd: 0 },
    });
    measured.forward.forEach((q, l) => expect(q).toBeCloseTo(variance(zs[l] as number[]), 12));
    measured.gradient.forEach((g, l) =>
      expect(g).toBeCloseTo((raw[l] as number) / (raw[depth - 1] as number), 12),
    );
  });
});
