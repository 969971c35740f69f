/**
 * What the numeric tests feed the exported code: points over the whole line (tails, zero, each
 * kink and its neighbours one ulp away), a non-default value for every parameter of the catalog,
 * and formulas that exercise every kind of node.
 */
import type { ActivationId } from '@actlab/core';
import { activation, activationInfo } from '@actlab/core';

/** Points shared by every scalar activation: the tails, zero and the usual corners. */
const BASE_POINTS = [
  -700, -100, -30, -20, -12.5, -10, -6, -5, -3.5, -3, -2.5, -2, -1.5, -1, -0.75, -0.5, -0.25, -0.1,
  -1e-3, -1e-8, -1e-300, 0, 1e-300, 1e-8, 1e-3, 0.1, 0.25, 0.5, 0.75, 1, 1.5, 2, 2.5, 3, 3.5, 5, 6,
  10, 12.5, 20, 30, 100, 700,
];

/** Every 0.37 from -8 to 8: points that are not round numbers. */
const GRID = Array.from({ length: 44 }, (_, i) => -8 + 0.37 * i);

/** The double next to `x` towards +Infinity (`up`) or -Infinity. */
export function nextDouble(x: number, up: boolean): number {
  if (x === 0) return up ? Number.MIN_VALUE : -Number.MIN_VALUE;
  const bits = new BigInt64Array(new Float64Array([x]).buffer);
  const step = x > 0 === up ? 1n : -1n;
  bits[0] = (bits[0] as bigint) + step;
  return new Float64Array(bits.buffer)[0] as number;
}

/** The test points of a scalar activation at `params`: shared points plus each kink +- 1 ulp. */
export function scalarPoints(id: string, params?: Readonly<Record<string, number>>): number[] {
  const ready = activation(id, params);
  const kinks = ready.kind === 'scalar' ? ready.kinks.map((k) => k.x) : [];
  const near = kinks.flatMap((k) => [k, nextDouble(k, false), nextDouble(k, true)]);
  return [...new Set([...BASE_POINTS, ...GRID, ...near])].sort((a, b) => a - b);
}

/**
 * A valid non-default value for every parameter in the catalog, by activation: each one moved
 * far enough from its default that a parameter ignored by the exported code shows.
 */
export const NON_DEFAULT_PARAMS: Readonly<Partial<Record<ActivationId, Record<string, number>>>> = {
  binary_step: { threshold: 0.5 },
  linear: { slope: -2, intercept: 0.5 },
  threshold: { threshold: -1, value: 2 },
  leaky_relu: { alpha: 0.3 },
  prelu: { alpha: -0.5 },
  rrelu: { lower: 0.1, upper: 0.5 },
  elu: { alpha: 2 },
  celu: { alpha: 0.5 },
  hard_tanh: { min_val: -2, max_val: 0.5 },
  softplus: { beta: 2.5 },
  squareplus: { b: 0.5 },
  silu: { beta: 1.702 },
  soft_shrink: { lambda: 1.5 },
  hard_shrink: { lambda: 1 },
  softmax: { temperature: 0.5 },
  log_softmax: { temperature: 0.5 },
  softmin: { temperature: 2 },
};

/** The ids whose catalog entry has parameters. */
export function idsWithParams(ids: readonly ActivationId[]): ActivationId[] {
  return ids.filter((id) => activationInfo(id).params.length > 0);
}

/** Input vectors for the vector activations (even lengths, for GLU). */
export const VECTORS: readonly (readonly number[])[] = [
  [0.5, -1, 2, 0.25, 0, 1],
  [3, 3, -2, 0, 2.9, -0.5],
  [-40, 0, 1e-3, 40, -700, 700],
  [1.5, 0.4, 0.3, -0.7, 2, -3],
];

/** A formula to export, with parameter values to export it at and the x range to compare over. */
export interface FormulaCase {
  /** The id, `formula:` included. */
  readonly id: string;
  /** Parameter values (declared ones), if not the defaults. */
  readonly params?: Readonly<Record<string, number>>;
  /** The interval of x compared: the formula is benign there (no cancellation to compare). */
  readonly range: readonly [number, number];
}

/**
 * Formulas covering every node kind: arithmetic and powers, unary minus, constants, every
 * elementary function, where with array and number conditions, catalog calls with and without
 * parameters (`lambda` included), parameter-only subexpressions and declared parameters.
 */
export const FORMULAS: readonly FormulaCase[] = [
  { id: 'formula: x * tanh(softplus(x))', range: [-30, 30] },
  {
    id: 'formula: x * sigmoid(beta * x); beta = 1.702 in (0, 10]',
    params: { beta: 2 },
    range: [-30, 30],
  },
  { id: 'formula: where(x >= 0, x, alpha * expm1(x)); alpha = 1.5', range: [-30, 30] },
  { id: 'formula: leaky_relu(x, alpha = 0.2) + 0.5 * gelu(x)', range: [-30, 30] },
  { id: 'formula: x / (1 + abs(x)) + sin(x) ^ 2 - cos(x) / 3', range: [-8, 8] },
  { id: 'formula: 0.5 * x * (1 + erf(x / sqrt(2)))', range: [-3, 8] },
  { id: 'formula: min(max(x, -2), 3) + 0.1 * x - -x', range: [-8, 8] },
  { id: 'formula: where(x > 1, log1p(x), x * exp(-x^2)) + log(2 + tan(x / 8))', range: [-8, 8] },
  {
    id: 'formula: hard_tanh(x, min_val = -a, max_val = a) * c; a = 2; c = 0.5 in [0, 1]',
    params: { a: 1.5 },
    range: [-8, 8],
  },
  {
    id: 'formula: soft_shrink(x, lambda = 0.25) - threshold(x, value = -1) * 2^-3',
    range: [-8, 8],
  },
  {
    id: 'formula: sign(x) * sqrt(abs(x)) + atan(x) / pi + e^(-x^2) * erfc(x)',
    range: [-8, 8],
  },
  {
    id: 'formula: x * exp(beta) / (1 + beta^2) + sigmoid(2) * where(k > 1, x, -x); beta = 0.5; k = 2',
    range: [-8, 8],
  },
  { id: 'formula: sign(a) * min(a, 2) * x + max(x, a) + erf(a) * x; a = -1.5', range: [-8, 8] },
  { id: 'formula: where(x < 0.5, 0, 1) + 2 * pi', range: [-8, 8] },
  { id: 'formula: 2 * pi - sigmoid(1)', range: [-8, 8] },
  {
    // Names that are keywords, modules or globals of the generated code must be renamed there.
    id: 'formula: x * lambda + np * F - self + tf * Math; lambda = 2; np = 1; F = 3; self = 0.5; tf = 0.25; Math = 4',
    params: { lambda: -1 },
    range: [-8, 8],
  },
];

/** `count` evenly spaced points over `range`, plus 0 and +-1 when inside it. */
export function formulaPoints(range: readonly [number, number], count = 81): number[] {
  const [from, to] = range;
  const even = Array.from({ length: count }, (_, i) => from + ((to - from) * i) / (count - 1));
  const inside = [0, -1, 1].filter((x) => x >= from && x <= to);
  return [...new Set([...even, ...inside])].sort((a, b) => a - b);
}
