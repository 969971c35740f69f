import { activation } from '@actlab/core';
import { DEPTH_LIMITS, createDepthDraws } from '@actlab/train';
import { describe, expect, it } from 'vitest';
import { computeDepth, depthBatch, depthRequest } from './depth-compute.js';
import type { DepthParams } from './depth-params.js';

const params: DepthParams = {
  activations: ['tanh'],
  depth: 20,
  width: 256,
  init: 'preserving',
  gain: 1,
  biasVariance: 0,
};

/** 1 / sqrt(E[tanh(z)^2]) by a dense trapezoid rule: the variance-preserving gain of tanh. */
function tanhGain(): number {
  const h = 1e-3;
  let sum = 0;
  for (let z = -12; z <= 12; z += h) sum += Math.tanh(z) ** 2 * Math.exp((-z * z) / 2);
  return 1 / Math.sqrt((sum * h) / Math.sqrt(2 * Math.PI));
}

describe('depthBatch', () => {
  it('pools about 1024 values a layer, as the API and the CLI do: fewer examples for wider layers', () => {
    expect(depthBatch(512)).toBe(4);
    expect(depthBatch(256)).toBe(4);
    expect(depthBatch(128)).toBe(8);
    expect(depthBatch(100) * 100).toBeGreaterThanOrEqual(1024);
    expect(depthBatch(2)).toBe(DEPTH_LIMITS.batch);
  });

  it('gives the same curves with a kept store of draws as without, for every activation', () => {
    const draws = createDepthDraws();
    const request = { ...params, activations: ['tanh', 'relu'], depth: 6, width: 24 };
    const kept = computeDepth(request, new Map(), draws);
    const alone = computeDepth(request);
    expect(kept.curves.map((c) => c.result?.measured)).toEqual(
      alone.curves.map((c) => c.result?.measured),
    );
    expect(draws.bytes).toBeGreaterThan(0);
  });
});

describe('depthRequest', () => {
  it('turns each init choice into the engine’s', () => {
    const tanh = activation('tanh');
    expect(depthRequest(tanh, { ...params, init: 'he' }, 16).init).toBe('he');
    expect(depthRequest(tanh, { ...params, init: 'custom', gain: 1.5 }, 16).init).toEqual({
      gain: 1.5,
    });
    const preserving = depthRequest(tanh, params, 16).init as { gain: number };
    expect(preserving.gain).toBeCloseTo(tanhGain(), 8);
    expect(depthRequest(tanh, params, 16)).toMatchObject({ width: 256, depth: 20, batch: 16 });
  });
});

describe('computeDepth', () => {
  it('keeps tanh’s forward variance at 1 with its own gain, and calls the phase chaotic', () => {
    const [curve] = computeDepth(params).curves;
    const result = curve?.result;
    expect(result).toBeDefined();
    if (!result) return;
    expect(result.measured.forward).toHaveLength(20);
    expect(result.predicted.forward[19]).toBeCloseTo(1, 6);
    expect(result.measured.forward[19]).toBeGreaterThan(0.85);
    expect(result.measured.forward[19]).toBeLessThan(1.15);
    expect(result.fixedPoint?.phase).toBe('chaotic');
    // Gradients grow toward the input in the chaotic phase.
    expect(result.measured.gradient[0]).toBeGreaterThan(2);
    expect(result.predicted.gradient[0]).toBeGreaterThan(2);
    expect(curve?.edge).toBeCloseTo(1, 2);
  });

  it('reports an activation it cannot measure and still measures the others', () => {
    const view = computeDepth({ ...params, activations: ['formula:x +', 'relu'], depth: 5 });
    expect(view.curves[0]?.error).toBeTruthy();
    expect(view.curves[0]?.result).toBeUndefined();
    expect(view.curves[1]?.result?.measured.forward).toHaveLength(5);
  });
});
