/**
 * Everything the softmax page computes, asked of @actlab/core: softmax and sparsemax of the logits
 * at a temperature, and cross-entropy with its gradient. Nothing here re-implements softmax.
 */
import { activation } from '@actlab/core';

/** softmax(z / T) from core (log-sum-exp stable, so logits of 1000 are fine). */
export function softmaxOf(logits: readonly number[], temperature: number): Float64Array {
  return activation('softmax', { temperature }).f(logits);
}

/** The logits divided by the temperature, the scores sparsemax is given. */
function scaled(logits: readonly number[], temperature: number): number[] {
  return logits.map((z) => z / temperature);
}

/** Sparsemax of z / T (core's sparsemax has no temperature, so the scores are divided first). */
export interface SparsemaxResult {
  /** The probabilities, with exact zeros below the threshold. */
  readonly p: Float64Array;
  /**
   * The threshold τ: every score z_i / T above it keeps z_i / T − τ, every score below gets exactly
   * 0. Read back from core's output (τ = score − p for any class with p > 0).
   */
  readonly tau: number;
}

/** sparsemax(z / T) from core and its threshold τ. */
export function sparsemaxOf(logits: readonly number[], temperature: number): SparsemaxResult {
  const s = scaled(logits, temperature);
  const p = activation('sparsemax').f(s);
  let i = 0;
  while (i < p.length && !((p[i] as number) > 0)) i++;
  return { p, tau: i < p.length ? (s[i] as number) - (p[i] as number) : NaN };
}

/** Cross-entropy of the predicted distribution against a one-hot true class. */
export interface CrossEntropyResult {
  /** The softmax probabilities p. */
  readonly p: Float64Array;
  /** The one-hot target y (1 at the true class). */
  readonly y: Float64Array;
  /** The loss −log p_k, from core's log_softmax so it stays exact where p_k rounds to 0. */
  readonly loss: number;
  /**
   * dLoss/dz_i = (p_i − y_i) / T, i.e. p − y at T = 1: core's vector-Jacobian product of
   * log_softmax with −y.
   */
  readonly gradient: Float64Array;
}

/** Cross-entropy for true class `k` and its gradient with respect to the logits. */
export function crossEntropy(
  logits: readonly number[],
  temperature: number,
  k: number,
): CrossEntropyResult {
  const logSoftmax = activation('log_softmax', { temperature });
  const y = new Float64Array(logits.length);
  y[k] = 1;
  const logP = logSoftmax.f(logits);
  return {
    p: softmaxOf(logits, temperature),
    y,
    loss: -(logP[k] as number),
    gradient: logSoftmax.vjp(
      logits,
      y.map((v) => -v),
    ),
  };
}
