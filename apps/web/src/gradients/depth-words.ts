/**
 * The instrument's figures in plain words: the weight variance an initialization gives, the fixed
 * point and its gradient factor chi, the phase (ordered, chaotic, edge of chaos) and what it does
 * to gradients, and the measured first-to-last gradient ratio. Pure text from the engine's numbers.
 */
import type { DepthResult } from '@actlab/train';
import { formatNumber } from '@actlab/format';
import { READOUT_STYLE } from '../lib/number-style.js';

/** A number for a sentence: `digits` significant digits, plain style. */
function num(x: number, digits = 3): string {
  return formatNumber(x, digits, READOUT_STYLE);
}

/** The phase and what it means for gradients, e.g. "chaotic (χ = 1.27 > 1): gradients grow…". */
export function phaseWords(result: DepthResult): string {
  const fixed = result.fixedPoint;
  if (!fixed) {
    return 'no fixed point: the forward variance grows without bound (the weights are too large for this activation).';
  }
  const chi = num(fixed.chi);
  if (fixed.phase === 'ordered') {
    return `ordered (χ = ${chi} < 1): gradients shrink by about χ per layer on the way back to the input, so they vanish.`;
  }
  if (fixed.phase === 'chaotic') {
    return `chaotic (χ = ${chi} > 1): gradients grow by about χ per layer toward the input, so they explode.`;
  }
  return `edge of chaos (χ = ${chi} ≈ 1): gradients keep their size through depth.`;
}

/** The fixed point in words: "q* = 1" or that there is none. */
export function fixedPointWords(result: DepthResult): string {
  return result.fixedPoint ? `q* = ${num(result.fixedPoint.q)}` : 'no finite q*';
}

/** The weight scale: sigma_w^2 and the gain g = sigma_w it amounts to. */
export function weightWords(result: DepthResult): string {
  return `σ_w² = ${num(result.weightVariance)} (gain ${num(Math.sqrt(result.weightVariance))})`;
}

/** Where the edge of chaos lies, or that the range searched has none. */
export function edgeWords(edge: number | undefined, biasVariance: number): string {
  const bias = `σ_b² = ${num(biasVariance)}`;
  return edge === undefined
    ? `no edge of chaos found at ${bias}`
    : `edge of chaos at σ_w² = ${num(edge)} (gain ${num(Math.sqrt(edge))}) for ${bias}`;
}

/**
 * Measured gradient variance at the first layer relative to the last (the last is 1 by
 * definition), or NaN when there are no layers.
 */
export function firstLayerGradient(result: DepthResult): number {
  return result.measured.gradient[0] ?? NaN;
}

/** The measured gradient ratio in words: "Measured: layer 1 gets 1.2e-11 × the last layer's…". */
export function gradientRatioWords(result: DepthResult): string {
  const ratio = firstLayerGradient(result);
  return `Measured: layer 1 gets ${num(ratio)} × the last layer's gradient variance`;
}
