/**
 * An activation's output range and shape properties at the parameters in use, not only at the
 * defaults the catalog's entries describe: linear with slope 2 and intercept 3 is not zero-centred,
 * a leaky ReLU with alpha 0 is a ReLU (sparse, not zero-centred), and the thresholded ReLU's
 * outputs are {value} and (threshold, infinity), with a gap between. Parameterized catalog entries
 * are worked out by hand below (each is a piecewise function of simple pieces); entries without
 * parameters keep their catalog metadata, and typed formulas their sampled estimate.
 */
import type { ActivationProperties, Interval } from './activation.js';
import { activationInfo, activation as catalogActivation } from './registry.js';
import { isFormulaId } from './formula/custom.js';
import { estimateProperties } from './formula/properties.js';

/** An activation's range and properties at given parameters. */
export interface ShapeAt {
  /**
   * Every output value, as disjoint intervals lowest first (a single value is an interval whose
   * ends are equal and attained): the thresholded ReLU at threshold 1 gives {0} and (1, infinity).
   */
  readonly range: readonly Interval[];
  /** The shape properties at these parameters. */
  readonly properties: ActivationProperties;
  /** True when read off samples (typed formulas), false when exact. */
  readonly estimated: boolean;
}

type Params = Readonly<Record<string, number>>;
type Shape = Omit<ShapeAt, 'estimated'>;

const span = (min: number, max: number, minInclusive: boolean, maxInclusive: boolean) => ({
  min,
  max,
  minInclusive,
  maxInclusive,
});
const point = (v: number): Interval => span(v, v, true, true);
const REALS = span(-Infinity, Infinity, false, false);
const num = (p: Params, name: string) => p[name] as number;

/** x for x >= 0 and slope * x below: ReLU at slope 0, the identity at 1, not monotonic below 0. */
function leaky(slope: number): Shape {
  if (slope === 0) return rectifier(false);
  return {
    range: [slope > 0 ? REALS : span(0, Infinity, true, false)],
    properties: {
      monotonic: slope > 0,
      bounded: false,
      zeroCentred: slope > 0,
      smooth: slope === 1,
      saturating: false,
      sparse: false,
    },
  };
}

/** ReLU's shape; `smooth` for its smooth limits (none yet). */
function rectifier(smooth: boolean): Shape {
  return {
    range: [span(0, Infinity, true, false)],
    properties: {
      monotonic: true,
      bounded: false,
      zeroCentred: false,
      smooth,
      saturating: true,
      sparse: true,
    },
  };
}

/** x above 0 and alpha * (e^(x / scale) - 1) below: ELU (scale 1) and CELU (scale alpha). */
function exponentialLinear(alpha: number, smooth: boolean): Shape {
  if (alpha === 0) return rectifier(false);
  return {
    range: [span(-alpha, Infinity, false, false)],
    properties: {
      monotonic: true,
      bounded: false,
      zeroCentred: true,
      smooth,
      saturating: true,
      sparse: false,
    },
  };
}

/** The thresholded ReLU: x above the threshold t, the constant v at or below it. */
function thresholded(t: number, v: number): Shape {
  // Just above t, f is near t; v below t leaves a gap (v, t], v above t lies inside (t, inf).
  const range =
    v < t ? [point(v), span(t, Infinity, false, false)] : [span(t, Infinity, v === t, false)];
  const f0 = 0 > t ? 0 : v;
  return {
    range,
    properties: {
      monotonic: v <= t,
      bounded: false,
      zeroCentred: f0 === 0 && (v < 0 || t < 0),
      smooth: false,
      saturating: true,
      sparse: v === 0,
    },
  };
}

/** slope * x + intercept: a constant when the slope is 0. */
function linear(slope: number, intercept: number): Shape {
  if (slope === 0) {
    return {
      range: [point(intercept)],
      properties: {
        monotonic: true,
        bounded: true,
        zeroCentred: false,
        smooth: true,
        saturating: true,
        sparse: intercept === 0,
      },
    };
  }
  return {
    range: [REALS],
    properties: {
      monotonic: slope > 0,
      bounded: false,
      zeroCentred: intercept === 0,
      smooth: true,
      saturating: false,
      sparse: false,
    },
  };
}

/** min(max(x, a), b) with a < b. */
function clamp(a: number, b: number): Shape {
  return {
    range: [span(a, b, true, true)],
    properties: {
      monotonic: true,
      bounded: true,
      zeroCentred: a < 0 && b > 0,
      smooth: false,
      saturating: true,
      sparse: a === 0 || b === 0,
    },
  };
}

/** Shrinkage by lambda: soft moves x towards 0 by lambda, hard zeroes |x| <= lambda. */
function shrink(lambda: number, hard: boolean): Shape {
  if (lambda === 0) return linear(1, 0);
  const range = hard
    ? [span(-Infinity, -lambda, false, false), point(0), span(lambda, Infinity, false, false)]
    : [REALS];
  return {
    range,
    properties: {
      monotonic: true,
      bounded: false,
      zeroCentred: true,
      smooth: false,
      saturating: false,
      sparse: true,
    },
  };
}

/** Smooth, positive, increasing and unbounded above, saturating to 0 on the left (softplus). */
const POSITIVE_SMOOTH: Shape = {
  range: [span(0, Infinity, false, false)],
  properties: {
    monotonic: true,
    bounded: false,
    zeroCentred: false,
    smooth: true,
    saturating: true,
    sparse: false,
  },
};

/** SiLU's minimum at beta = 1: u * sigmoid(u) at its stationary point u = -1.2784645427610738. */
const SILU_MIN = -0.2784645427610738;

/** The shape of each parameterized catalog entry at its (validated, complete) parameters. */
const SHAPES: Readonly<Record<string, (p: Params) => Shape>> = {
  binary_step: () => ({
    range: [point(0), point(1)],
    properties: {
      monotonic: true,
      bounded: true,
      zeroCentred: false,
      smooth: false,
      saturating: true,
      sparse: true,
    },
  }),
  linear: (p) => linear(num(p, 'slope'), num(p, 'intercept')),
  threshold: (p) => thresholded(num(p, 'threshold'), num(p, 'value')),
  leaky_relu: (p) => leaky(num(p, 'alpha')),
  prelu: (p) => leaky(num(p, 'alpha')),
  // In evaluation (as PyTorch's eval mode and actlab's f), the slope is the mean of the bounds.
  rrelu: (p) => leaky((num(p, 'lower') + num(p, 'upper')) / 2),
  // ELU's slope below 0 at 0 is alpha: smooth only when it meets the identity's slope 1.
  elu: (p) => exponentialLinear(num(p, 'alpha'), num(p, 'alpha') === 1),
  celu: (p) => exponentialLinear(num(p, 'alpha'), true),
  hard_tanh: (p) => clamp(num(p, 'min_val'), num(p, 'max_val')),
  softplus: () => POSITIVE_SMOOTH,
  squareplus: () => POSITIVE_SMOOTH,
  silu: (p) => ({
    // x * sigmoid(beta x) = u * sigmoid(u) / beta with u = beta x: the minimum scales by 1 / beta.
    range: [span(SILU_MIN / num(p, 'beta'), Infinity, true, false)],
    properties: {
      monotonic: false,
      bounded: false,
      zeroCentred: true,
      smooth: true,
      saturating: true,
      sparse: false,
    },
  }),
  soft_shrink: (p) => shrink(num(p, 'lambda'), false),
  hard_shrink: (p) => shrink(num(p, 'lambda'), true),
};

/** Ids whose shape `shapeAt` works out at any parameters (the parameterized catalog entries). */
export const SHAPED_IDS: readonly string[] = Object.keys(SHAPES);

/**
 * The output range and shape properties of `id` (an id, alias or `formula:` id) at `params`
 * (defaults filled in). Throws as `activation` does for unknown ids and invalid parameters.
 */
export function shapeAt(id: string, params: Params = {}): ShapeAt {
  const act = catalogActivation(id, params);
  if (act.kind === 'scalar' && isFormulaId(act.id)) {
    const { monotonic, bounded, zeroCentred, smooth, saturating, sparse, range } =
      estimateProperties(act);
    const properties = { monotonic, bounded, zeroCentred, smooth, saturating, sparse };
    return { range: [range], properties, estimated: true };
  }
  const shape = SHAPES[act.id];
  if (shape) return { ...shape(act.params), estimated: false };
  const info = activationInfo(act.id);
  return { range: [info.range], properties: info.properties, estimated: false };
}
