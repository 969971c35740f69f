/**
 * Gaussian expectations E[g(sqrt(q) z)], z ~ N(0, 1), the integrals mean-field theory is built of.
 * Two rules: Gauss-Hermite for smooth g, and piecewise Gauss-Legendre split at the points where g
 * has a kink or a jump, where Gauss-Hermite converges only algebraically.
 */
import { ActlabError } from '../errors.js';

/** Nodes and weights of an n-point rule; sum_i weights[i] * g(nodes[i]) approximates an expectation. */
export interface QuadratureRule {
  /** Abscissas, ascending. */
  readonly nodes: Float64Array;
  /** Weights, summing to 1 (the rule integrates against a probability density). */
  readonly weights: Float64Array;
}

/**
 * Largest n `gaussHermite` accepts: up to here every rule integrates z^4 to 1e-13 with ascending
 * nodes; from n = 199 the asymptotic initial guesses let Newton land on repeated roots.
 */
export const MAX_HERMITE_POINTS = 192;

const hermiteCache = new Map<number, QuadratureRule>();

/**
 * The n-point Gauss-Hermite rule in the probabilists' form, normalized to the standard normal
 * density: sum_i weights[i] g(nodes[i]) = E[g(z)], z ~ N(0, 1), exactly for polynomials g of
 * degree < 2n. (The physicists' nodes x_i for weight e^{-x^2} are nodes[i] / sqrt(2), their weights
 * weights[i] * sqrt(pi).) Newton iteration on the orthonormal Hermite recurrence from asymptotic
 * initial guesses; n from 1 to `MAX_HERMITE_POINTS`. Results are cached; do not mutate them.
 */
export function gaussHermite(n: number): QuadratureRule {
  if (!Number.isInteger(n) || n < 1 || n > MAX_HERMITE_POINTS) {
    throw new ActlabError(
      'INVALID_ARGUMENT',
      `Gauss-Hermite needs a whole number of points from 1 to ${MAX_HERMITE_POINTS}; got ${n}.`,
    );
  }
  let rule = hermiteCache.get(n);
  if (rule === undefined) {
    rule = computeHermite(n);
    hermiteCache.set(n, rule);
  }
  return rule;
}

function computeHermite(n: number): QuadratureRule {
  // Physicists' roots of H_n, largest first, as in Numerical Recipes' gauher; the recurrence is
  // for orthonormal polynomials so nothing overflows at the outermost nodes.
  const x = new Float64Array(n);
  const w = new Float64Array(n);
  const piToMinusQuarter = 0.7511255444649425;
  const half = Math.floor((n + 1) / 2);
  let z = 0;
  for (let i = 0; i < half; i++) {
    if (i === 0) z = Math.sqrt(2 * n + 1) - 1.85575 * Math.pow(2 * n + 1, -0.16667);
    else if (i === 1) z -= (1.14 * Math.pow(n, 0.426)) / z;
    else if (i === 2) z = 1.86 * z - 0.86 * (x[0] ?? 0);
    else if (i === 3) z = 1.91 * z - 0.91 * (x[1] ?? 0);
    else z = 2 * z - (x[i - 2] ?? 0);
    let derivative = 1;
    for (let iteration = 0; iteration < 100; iteration++) {
      let p1 = piToMinusQuarter;
      let p2 = 0;
      for (let j = 0; j < n; j++) {
        const p3 = p2;
        p2 = p1;
        p1 = z * Math.sqrt(2 / (j + 1)) * p2 - Math.sqrt(j / (j + 1)) * p3;
      }
      derivative = Math.sqrt(2 * n) * p2;
      const step = p1 / derivative;
      z -= step;
      if (Math.abs(step) <= 1e-15 * Math.max(1, Math.abs(z))) break;
    }
    x[i] = z;
    x[n - 1 - i] = -z;
    w[i] = 2 / (derivative * derivative);
    w[n - 1 - i] = w[i] ?? 0;
  }
  if (n % 2 === 1) x[half - 1] = 0; // the middle root is exactly 0
  const nodes = new Float64Array(n);
  const weights = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    nodes[i] = -(x[i] ?? 0) * Math.SQRT2;
    weights[i] = (w[i] ?? 0) / Math.sqrt(Math.PI);
  }
  return { nodes, weights };
}

/** 16-point Gauss-Legendre rule on [-1, 1] (weights sum to 2), computed once by Newton iteration. */
const LEGENDRE = computeLegendre(16);

function computeLegendre(n: number): { nodes: Float64Array; weights: Float64Array } {
  const nodes = new Float64Array(n);
  const weights = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let x = Math.cos((Math.PI * (i + 0.75)) / (n + 0.5));
    let derivative = 1;
    for (let iteration = 0; iteration < 100; iteration++) {
      let p1 = 1;
      let p2 = 0;
      for (let j = 1; j <= n; j++) {
        const p3 = p2;
        p2 = p1;
        p1 = ((2 * j - 1) * x * p2 - (j - 1) * p3) / j;
      }
      derivative = (n * (x * p1 - p2)) / (x * x - 1);
      const step = p1 / derivative;
      x -= step;
      if (Math.abs(step) <= 1e-16) break;
    }
    nodes[i] = x;
    weights[i] = 2 / ((1 - x * x) * derivative * derivative);
  }
  return { nodes, weights };
}

/**
 * Half-width of the z interval the piecewise rule covers: the standard normal density beyond 14 is
 * below 1e-42 of its peak, negligible against any integrand that grows slower than e^{z^2/4}.
 */
const Z_MAX = 14;
/** Most panels the piecewise rule uses, which bounds its cost at large q (see `gaussianExpectation`). */
const MAX_PANELS = 8192;

/** Options of `gaussianExpectation`. */
export interface ExpectationOptions {
  /** Variance q of the argument: the result is E[g(sqrt(q) z)]. Default 1; must be finite and >= 0. */
  readonly q?: number;
  /** Gauss-Hermite points when `breakpoints` is absent (default 128, at most `MAX_HERMITE_POINTS`). */
  readonly points?: number;
  /**
   * Where g (as a function of its own argument x = sqrt(q) z) has kinks or jumps, e.g. an
   * activation's `kinks`. When given, even as an empty list, the integral is taken by 16-point
   * Gauss-Legendre on panels of width at most 0.5 in x (and in z) over |z| <= 14, split exactly at
   * these points: accurate to about 1e-14 relative (rounding in the sum of ~1000 terms) for piecewise-smooth g, at any q up to about
   * 3e3 (beyond that the panel count is capped at 8192 and panels widen).
   */
  readonly breakpoints?: readonly number[];
}

/**
 * E[g(sqrt(q) z)] for z ~ N(0, 1). With q = 0 this is g(0). Without `breakpoints` it uses the
 * Gauss-Hermite rule (exact for polynomials of degree < 2 * points, fast and accurate for smooth g
 * at moderate q; for kinked g its error decays only like a power of the point count: E[relu(z)] is off by 3e-3
 * relative at 128 points). With
 * `breakpoints` it integrates piecewise (see `ExpectationOptions.breakpoints`), which is the method
 * to use for activations with kinks, for jumps, and for large q.
 */
export function gaussianExpectation(
  g: (x: number) => number,
  options: ExpectationOptions = {},
): number {
  const q = options.q ?? 1;
  if (!Number.isFinite(q) || q < 0) {
    throw new ActlabError(
      'INVALID_ARGUMENT',
      `The variance q must be a finite number >= 0; got ${q}.`,
    );
  }
  if (q === 0) return g(0);
  const s = Math.sqrt(q);
  if (options.breakpoints === undefined) {
    const { nodes, weights } = gaussHermite(options.points ?? 128);
    let sum = 0;
    for (let i = 0; i < nodes.length; i++) sum += (weights[i] ?? 0) * g(s * (nodes[i] ?? 0));
    return sum;
  }
  return piecewise(g, s, options.breakpoints);
}

function piecewise(g: (x: number) => number, s: number, breakpoints: readonly number[]): number {
  // Panel edges in z: the breakpoints mapped to z, inside (-Z_MAX, Z_MAX), plus the ends.
  const cuts = [-Z_MAX, Z_MAX];
  for (const b of breakpoints) {
    const z = b / s;
    if (Number.isFinite(z) && Math.abs(z) < Z_MAX) cuts.push(z);
  }
  cuts.sort((a, b) => a - b);
  // Structure of an activation lives at scale 1 in x, i.e. 1/s in z; the density at scale 1 in z.
  const width = Math.max(0.5 / Math.max(1, s), (2 * Z_MAX) / MAX_PANELS);
  const normal = 1 / Math.sqrt(2 * Math.PI);
  let sum = 0;
  for (let k = 1; k < cuts.length; k++) {
    const a = cuts[k - 1] ?? 0;
    const b = cuts[k] ?? 0;
    if (b <= a) continue;
    const panels = Math.ceil((b - a) / width);
    const h = (b - a) / panels;
    for (let p = 0; p < panels; p++) {
      const mid = a + (p + 0.5) * h;
      for (let i = 0; i < LEGENDRE.nodes.length; i++) {
        const z = mid + 0.5 * h * (LEGENDRE.nodes[i] ?? 0);
        sum += 0.5 * h * (LEGENDRE.weights[i] ?? 0) * Math.exp(-0.5 * z * z) * g(s * z);
      }
    }
  }
  return sum * normal;
}
