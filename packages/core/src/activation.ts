/**
 * The types every activation shares: ids, parameters, the serializable catalog entry and the
 * ready-to-call scalar and vector activations that `activation(id, params)` returns.
 */

/** Canonical ids of the 33 scalar (element-wise) activations, snake_case as in the catalog. */
export const SCALAR_IDS = [
  'binary_step',
  'linear',
  'relu',
  'threshold',
  'relu6',
  'leaky_relu',
  'prelu',
  'rrelu',
  'elu',
  'selu',
  'celu',
  'gelu',
  'gelu_tanh',
  'sigmoid',
  'hard_sigmoid',
  'log_sigmoid',
  'sparse_sigmoid',
  'tanh',
  'hard_tanh',
  'tanh_shrink',
  'softsign',
  'softplus',
  'sparse_plus',
  'squareplus',
  'silu',
  'hard_silu',
  'mish',
  'soft_shrink',
  'hard_shrink',
  'exponential',
  'arctan',
  'sin',
  'gaussian',
] as const;

/** Canonical ids of the 5 vector activations, which map a whole vector to a vector. */
export const VECTOR_IDS = ['softmax', 'log_softmax', 'softmin', 'sparsemax', 'glu'] as const;

/** Canonical id of a scalar activation. */
export type ScalarId = (typeof SCALAR_IDS)[number];
/** Canonical id of a vector activation. */
export type VectorId = (typeof VECTOR_IDS)[number];
/** Canonical id of any activation in the catalog. */
export type ActivationId = ScalarId | VectorId;

/**
 * How a custom activation is named wherever an activation id goes (layer specs, URLs, model files,
 * the API, the CLI): `formula:` followed by the formula text, e.g.
 * `formula: x * sigmoid(beta * x); beta = 1.702 in (0, 10]`.
 */
export type FormulaId = `formula:${string}`;

/** Parameter values by name, e.g. `{ alpha: 0.2 }`. */
export type Params = Readonly<Record<string, number>>;

/** One parameter of an activation: its meaning, default and valid range. */
export interface ParamSpec {
  /** Name as used in `params` objects, URLs and the CLI (e.g. `alpha`, `min_val`). */
  readonly name: string;
  /** The value used when the parameter is not given. */
  readonly default: number;
  /** Lower end of the valid range (may be `-Infinity`). */
  readonly min: number;
  /** Upper end of the valid range (may be `Infinity`). */
  readonly max: number;
  /** Whether `min` itself is allowed. */
  readonly minInclusive: boolean;
  /** Whether `max` itself is allowed. */
  readonly maxInclusive: boolean;
  /** One line saying what the parameter means. */
  readonly description: string;
}

/** An interval of real numbers, used for output ranges. */
export interface Interval {
  /** Lower end (may be `-Infinity`). */
  readonly min: number;
  /** Upper end (may be `Infinity`). */
  readonly max: number;
  /** Whether the lower end is attained. */
  readonly minInclusive: boolean;
  /** Whether the upper end is attained. */
  readonly maxInclusive: boolean;
}

/** Shape properties of a scalar activation at its default parameters. */
export interface ActivationProperties {
  /** Non-decreasing over the whole real line. */
  readonly monotonic: boolean;
  /** Output confined to a finite interval. */
  readonly bounded: boolean;
  /** f(0) = 0 and the output takes both signs, so layer outputs average near zero. */
  readonly zeroCentred: boolean;
  /** Differentiable everywhere (no kinks or jumps). */
  readonly smooth: boolean;
  /** The derivative tends to 0 for large |x| on at least one side, where gradients vanish. */
  readonly saturating: boolean;
  /** Outputs exact zeros over a whole half-line or interval (sparse activations). */
  readonly sparse: boolean;
}

/** A point where f is not differentiable, and the derivative actlab (like PyTorch's autograd) uses there. */
export interface Kink {
  /** Where the kink is, at default parameters. */
  readonly x: number;
  /** The derivative returned at exactly that point. */
  readonly derivative: number;
}

/** How one of the big libraries ships an activation. */
export interface FrameworkName {
  /** The name to call there, e.g. `torch.nn.functional.gelu` or `keras.activations.gelu`. */
  readonly name: string;
  /** How its defaults or definition differ from actlab's, if they do. */
  readonly note?: string;
}

/** Serializable metadata of one activation: everything about it except the functions. */
export interface ActivationInfo {
  /** Canonical snake_case id, or a custom formula's normalized `formula:` id. */
  readonly id: ActivationId | FormulaId;
  /** Display name, e.g. `Leaky ReLU`. */
  readonly name: string;
  /** Other names users type that resolve to this id. */
  readonly aliases: readonly string[];
  /** `scalar` (element-wise) or `vector` (the whole vector at once). */
  readonly kind: 'scalar' | 'vector';
  /** Parameters with defaults and valid ranges, in display order. */
  readonly params: readonly ParamSpec[];
  /** LaTeX of the formula. */
  readonly formula: string;
  /** LaTeX of the derivative (for vector activations, of the Jacobian entries). */
  readonly derivative: string;
  /** Range of the output at default parameters. */
  readonly range: Interval;
  /** Shape properties at default parameters (for vector activations, of each output in its own input). */
  readonly properties: ActivationProperties;
  /** Points of non-differentiability at default parameters and the derivative used there. */
  readonly kinks: readonly Kink[];
  /** In words: the derivative convention at the kinks, valid for any parameters. */
  readonly kinkConvention?: string;
  /** False when the derivative is zero almost everywhere, so gradient descent cannot train through it. */
  readonly usefulGradient: boolean;
  /** Where PyTorch, Keras and TensorFlow.js ship it; absent when a library does not. */
  readonly frameworks: {
    readonly pytorch?: FrameworkName;
    readonly keras?: FrameworkName;
    readonly tfjs?: FrameworkName;
  };
  /** Plain-language note: when to use it and its pitfalls. */
  readonly note: string;
  /** Initialization gains at default parameters; scalar activations only (see `ActivationGain`). */
  readonly gain?: ActivationGain;
}

/**
 * Initialization gains of a scalar activation at its default parameters: weights are drawn with
 * variance gain^2 / fan_in.
 */
export interface ActivationGain {
  /**
   * The gain that keeps the pre-activation variance at 1 through depth with no bias:
   * 1 / sqrt(E[f(z)^2]), z ~ N(0, 1) (computed with mpmath by reference/gains.py; `varianceGain`
   * computes the same number for any activation).
   */
  readonly variancePreserving: number;
  /** What `torch.nn.init.calculate_gain` returns, for the activations it knows. */
  readonly pytorch?: number;
  /** Where and why the two differ, in plain words. */
  readonly note?: string;
}

/** An element-wise activation with its parameters fixed and validated. */
export interface ScalarActivation {
  /** Always `scalar`. */
  readonly kind: 'scalar';
  /** Canonical id, or `formula:` and the normalized text for a custom formula. */
  readonly id: ScalarId | FormulaId;
  /** Every parameter, defaults filled in. */
  readonly params: Params;
  /** Kinks at these parameters, with the derivative used at each. */
  readonly kinks: readonly Kink[];
  /** The activation f(x). Allocates nothing. */
  f(x: number): number;
  /** Its derivative f'(x). Allocates nothing. */
  df(x: number): number;
  /** f applied to every element; writes into `out` when given and allocates nothing else. */
  map(xs: ArrayLike<number>, out?: Float64Array): Float64Array;
  /** f' applied to every element; writes into `out` when given and allocates nothing else. */
  grad(xs: ArrayLike<number>, out?: Float64Array): Float64Array;
}

/** A vector activation (softmax and kin) with its parameters fixed and validated. */
export interface VectorActivation {
  /** Always `vector`. */
  readonly kind: 'vector';
  /** Canonical id. */
  readonly id: VectorId;
  /** Every parameter, defaults filled in. */
  readonly params: Params;
  /** The activation y = f(xs). */
  f(xs: ArrayLike<number>): Float64Array;
  /** The Jacobian: row i holds dy_i/dx_j. */
  jacobian(xs: ArrayLike<number>): Float64Array[];
  /** Vector-Jacobian product v^T J, i.e. the gradient with respect to xs of sum_i v_i y_i. */
  vjp(xs: ArrayLike<number>, v: ArrayLike<number>): Float64Array;
}

/** Either kind of ready activation. */
export type Activation = ScalarActivation | VectorActivation;
