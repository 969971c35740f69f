/**
 * Hand-written loops of the benchmark's formulas: what a person writes without actlab, the baseline
 * a compiled formula's bulk map and grad are measured against (the target is within 3x of these).
 */

/** One formula and its hand-written f and f' loops. */
export interface FormulaBaseline {
  /** The formula as typed. */
  readonly formula: string;
  /** out[i] = f(xs[i]). */
  readonly map: (xs: Float64Array, out: Float64Array) => void;
  /** out[i] = f'(xs[i]). */
  readonly grad: (xs: Float64Array, out: Float64Array) => void;
}

/** x σ(x), swish: f' = σ + x σ (1 - σ). */
const swish: FormulaBaseline = {
  formula: 'x * sigmoid(x)',
  map(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      out[i] = x / (1 + Math.exp(-x));
    }
  },
  grad(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      const s = 1 / (1 + Math.exp(-x));
      out[i] = s + x * s * (1 - s);
    }
  },
};

/** x tanh(softplus(x)), mish: f' = t + x (1 - t²) σ(x) with t = tanh(softplus(x)). */
const mish: FormulaBaseline = {
  formula: 'x * tanh(softplus(x))',
  map(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      out[i] = x * Math.tanh(Math.log1p(Math.exp(x)));
    }
  },
  grad(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      const t = Math.tanh(Math.log1p(Math.exp(x)));
      out[i] = t + (x * (1 - t * t)) / (1 + Math.exp(-x));
    }
  },
};

/** The formulas whose bulk kernels are timed. */
export const FORMULA_BASELINES: readonly FormulaBaseline[] = [swish, mish];
