import type { DepthResult } from '@actlab/train';
import { describe, expect, it } from 'vitest';
import { edgeWords, firstLayerGradient, phaseWords, weightWords } from './depth-words.js';

function result(fixedPoint: DepthResult['fixedPoint'], gradient = [1e-11, 1]): DepthResult {
  return {
    measured: { forward: [1, 1], gradient },
    predicted: { forward: [1, 1], gradient },
    weightVariance: 2.25,
    biasVariance: 0,
    ...(fixedPoint ? { fixedPoint } : {}),
    gain: 1.59,
  };
}

describe('the phase in words', () => {
  it('says what each phase does to gradients, with chi', () => {
    expect(phaseWords(result({ q: 0.1, chi: 0.62, phase: 'ordered' }))).toMatch(
      /^ordered \(χ = 0\.62 < 1\): gradients shrink .* vanish/,
    );
    expect(phaseWords(result({ q: 1, chi: 1.27, phase: 'chaotic' }))).toMatch(
      /^chaotic \(χ = 1\.27 > 1\): gradients grow .* toward the input/,
    );
    expect(phaseWords(result({ q: 0, chi: 1, phase: 'edge' }))).toMatch(/^edge of chaos/);
    expect(phaseWords(result(undefined))).toMatch(/no fixed point/);
  });

  it('gives the weight variance as a gain and the edge of chaos', () => {
    expect(weightWords(result(undefined))).toBe('σ_w² = 2.25 (gain 1.5)');
    expect(edgeWords(1, 0)).toBe('edge of chaos at σ_w² = 1 (gain 1) for σ_b² = 0');
    expect(edgeWords(undefined, 0.05)).toBe('no edge of chaos found at σ_b² = 0.05');
  });

  it('reads the measured first-layer gradient relative to the last', () => {
    expect(firstLayerGradient(result(undefined, [1e-11, 0.1, 1]))).toBe(1e-11);
    expect(firstLayerGradient(result(undefined, []))).toBeNaN();
  });
});
