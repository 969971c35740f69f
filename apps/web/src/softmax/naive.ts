/**
 * The two naive ways the page contrasts with softmax, computed naively on purpose. Neither is used
 * for an answer: they are what the course warns against, shown next to core's results.
 *
 * 1. Dividing each score by the sum (the course's 5, 3, 2, 5 over 15): fine for positive scores,
 *    meaningless once a score is negative or the scores cancel out.
 * 2. The textbook softmax formula e^z / Σ e^z taken literally: Math.exp(1000) overflows to
 *    Infinity, and Infinity / Infinity is NaN. Core subtracts the largest logit first, which is
 *    why it is stable.
 */

/** Each score over the plain sum of the scores. */
export interface NaiveShares {
  /** The sum of the scores. */
  readonly sum: number;
  /** score_i / sum (Infinity or NaN when the sum is 0). */
  readonly shares: readonly number[];
  /** True when the shares are not a probability distribution (a negative share or no finite one). */
  readonly broken: boolean;
}

/** score_i / Σ score_j, as the course's first analogy does. */
export function naiveShares(scores: readonly number[]): NaiveShares {
  const sum = scores.reduce((a, b) => a + b, 0);
  const shares = scores.map((s) => s / sum);
  return { sum, shares, broken: shares.some((p) => !(p >= 0 && p <= 1)) };
}

/** The literal formula, step by step. */
export interface NaiveExp {
  /** Math.exp(z_i / T) for each logit (Infinity once z / T passes about 709.78). */
  readonly exps: readonly number[];
  /** Their sum K. */
  readonly sum: number;
  /** exp_i / K (NaN once the sum is Infinity). */
  readonly ratios: readonly number[];
  /** True when some value overflowed or became NaN. */
  readonly overflowed: boolean;
}

/** e^(z_i/T) / Σ e^(z_j/T) computed the naive way, without subtracting the maximum. */
export function naiveExpSoftmax(logits: readonly number[], temperature: number): NaiveExp {
  const exps = logits.map((z) => Math.exp(z / temperature));
  const sum = exps.reduce((a, b) => a + b, 0);
  const ratios = exps.map((e) => e / sum);
  return {
    exps,
    sum,
    ratios,
    overflowed: !Number.isFinite(sum) || ratios.some((r) => Number.isNaN(r)),
  };
}

/** The two facts behind the overflow, evaluated by JavaScript itself rather than asserted. */
export const OVERFLOW_FACTS: readonly { readonly expression: string; readonly value: number }[] = [
  { expression: 'Math.exp(709)', value: Math.exp(709) },
  { expression: 'Math.exp(1000)', value: Math.exp(1000) },
  { expression: 'Math.exp(1000) / Math.exp(1000)', value: Math.exp(1000) / Math.exp(1000) },
];
