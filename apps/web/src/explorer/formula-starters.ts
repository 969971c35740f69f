/**
 * Formulas to start from: well-known activations written in the formula language, the course's
 * thresholded ReLU with a declared parameter, and a naive softplus that shows why libraries
 * rearrange formulas before computing them.
 */

/** One suggested formula. */
export interface FormulaStarter {
  /** Button text. */
  readonly label: string;
  /** The formula it puts in the box. */
  readonly text: string;
  /** What to notice about it, shown while it is the formula drawn. */
  readonly note?: string;
}

/** The suggested starting points, in the order shown. */
export const FORMULA_STARTERS: readonly FormulaStarter[] = [
  { label: 'Swish', text: 'x * sigmoid(x)' },
  { label: 'Mish', text: 'x * tanh(softplus(x))' },
  { label: 'GELU, sigmoid approximation', text: 'x * sigmoid(1.702 * x)' },
  {
    label: 'Thresholded ReLU',
    text: 'where(x > T, x, 0); T = 1 in [-5, 5]',
    note: 'T is a declared parameter: move its slider to shift the threshold.',
  },
  {
    label: 'Softplus, written naively',
    text: 'log(1 + exp(x))',
    note:
      'This is softplus on paper, but not in float64: exp(x) overflows to ∞ beyond x ≈ 709.78, so ' +
      'log(1 + exp(x)) is ∞ there and its derivative ∞/∞ is not a number; and below x ≈ −37, ' +
      '1 + exp(x) rounds to exactly 1, so the result is 0 instead of a tiny positive value. The ' +
      'catalog softplus computes max(x, 0) + log1p(exp(−|x|)), which never overflows and keeps ' +
      'the tiny values: compare softplus(x) and this at x = 710 and x = −40 in Values at x.',
  },
];

/** The starter whose text is `text` (ignoring spaces), if any: its note is shown with it. */
export function starterOf(text: string | null): FormulaStarter | undefined {
  if (text === null) return undefined;
  const squash = (s: string) => s.replace(/\s+/g, '');
  return FORMULA_STARTERS.find((s) => squash(s.text) === squash(text));
}
