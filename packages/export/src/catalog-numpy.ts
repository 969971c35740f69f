/**
 * The catalog in NumPy: the same functions as @actlab/core in float64, written so that no branch
 * loses its digits (sigmoids through e^-|x|, softplus through logaddexp, expm1 for the ELUs, a
 * series where x - tanh(x) cancels). Vector activations work over the last axis.
 */
import type { PythonTemplate, TemplateTable } from './catalog-template.js';

/** Module-level helpers by name: NumPy has no erf, so the math module's is vectorized. */
export const NUMPY_HELPERS: Readonly<Record<string, readonly string[]>> = {
  _erf: [
    '# NumPy has no erf; math.erf is accurate to about one ulp.',
    '_erf = np.vectorize(math.erf, otypes=[np.float64])',
  ],
  _erfc: [
    '# NumPy has no erfc; math.erfc keeps its digits far into the tail.',
    '_erfc = np.vectorize(math.erfc, otypes=[np.float64])',
  ],
};

/** sigmoid(z) as e^-|z| based quotients, exact in both tails; `s` holds it after these lines. */
function stableSigmoid(z: string): string[] {
  return [`e = np.exp(-np.abs(${z}))`, `s = np.where(${z} >= 0, 1 / (1 + e), e / (1 + e))`];
}

/** The softmax family over the last axis: `sign` 1 for softmax/log_softmax, -1 for softmin. */
function shiftedLogits(sign: '' | '-'): string[] {
  return [
    `z = ${sign}x`,
    '# Shift by the maximum so no exponential overflows; the largest term becomes exactly 1.',
    'z = (z - np.max(z, axis=-1, keepdims=True)) / temperature',
    'e = np.exp(z)',
  ];
}

/** Every catalog activation as a NumPy function body (x is already a float64 array). */
export const NUMPY_TEMPLATES: TemplateTable<PythonTemplate> = {
  binary_step: { body: ['return np.where(x >= threshold, 1.0, 0.0)'] },
  linear: { body: ['return slope * x + intercept'] },
  relu: { body: ['return np.maximum(x, 0.0)'] },
  threshold: { body: ['return np.where(x > threshold, x, value)'] },
  relu6: { body: ['return np.minimum(np.maximum(x, 0.0), 6.0)'] },
  leaky_relu: { body: ['return np.where(x > 0, x, alpha * x)'] },
  prelu: { body: ['return np.where(x > 0, x, alpha * x)'] },
  rrelu: {
    body: [
      '# Evaluation mode: the random slope is replaced by its mean.',
      'slope = (lower + upper) / 2',
      'return np.where(x > 0, x, slope * x)',
    ],
  },
  elu: { body: ['return np.where(x > 0, x, alpha * np.expm1(np.minimum(x, 0.0)))'] },
  selu: {
    body: [
      '# lambda = 1.0507009873554805 and lambda * alpha = 1.7580993408473768 (Klambauer et al. 2017).',
      'return np.where(x > 0, 1.0507009873554805 * x, 1.7580993408473768 * np.expm1(np.minimum(x, 0.0)))',
    ],
  },
  celu: { body: ['return np.where(x > 0, x, alpha * np.expm1(np.minimum(x, 0.0) / alpha))'] },
  gelu: {
    body: [
      '# x * Phi(x) with Phi(x) = erfc(-x / sqrt(2)) / 2, which keeps its digits in the lower tail.',
      'return 0.5 * x * _erfc(-x * 0.7071067811865476)',
    ],
    helpers: ['_erfc'],
  },
  gelu_tanh: {
    body: [
      '# x / 2 * (1 + tanh(u)) = x * sigmoid(2u), u = sqrt(2 / pi) * (x + 0.044715 x^3): no cancellation.',
      'a = 1.5957691216057308 * (x + 0.044715 * x**3)',
      ...stableSigmoid('a'),
      'return x * s',
    ],
  },
  sigmoid: { body: [...stableSigmoid('x'), 'return s'] },
  hard_sigmoid: { body: ['return np.clip((x + 3) / 6, 0.0, 1.0)'] },
  log_sigmoid: { body: ['return -np.logaddexp(0.0, -x)'] },
  sparse_sigmoid: { body: ['return np.clip(0.5 * (x + 1), 0.0, 1.0)'] },
  tanh: { body: ['return np.tanh(x)'] },
  hard_tanh: { body: ['return np.clip(x, min_val, max_val)'] },
  tanh_shrink: {
    body: [
      '# x - tanh(x) cancels near 0; there its Taylor series is exact to rounding.',
      't = np.where(np.abs(x) < 0.1, x, 0.0)',
      't2 = t * t',
      'series = t * t2 * (1 / 3 + t2 * (-2 / 15 + t2 * (17 / 315 + t2 * (-62 / 2835 + t2 * (1382 / 155925 + t2 * (-21844 / 6081075 + t2 * 929569 / 638512875))))))',
      'return np.where(np.abs(x) < 0.1, series, x - np.tanh(x))',
    ],
  },
  softsign: { body: ['return x / (1 + np.abs(x))'] },
  softplus: { body: ['return np.logaddexp(0.0, beta * x) / beta'] },
  sparse_plus: {
    body: ['return np.where(x <= -1, 0.0, np.where(x >= 1, x, 0.25 * (x + 1) ** 2))'],
  },
  squareplus: {
    body: [
      '# Below zero (x + sqrt(x^2 + b)) / 2 cancels; it equals b / (2 (sqrt(x^2 + b) - x)) there.',
      't = np.hypot(x, np.sqrt(b)) + np.abs(x)',
      'return 0.5 * np.where(x >= 0, t, b / t)',
    ],
  },
  silu: { body: ['z = beta * x', ...stableSigmoid('z'), 'return x * s'] },
  hard_silu: { body: ['return np.where(x <= -3, 0.0, np.where(x >= 3, x, x * (x + 3) / 6))'] },
  mish: { body: ['return x * np.tanh(np.logaddexp(0.0, x))'] },
  soft_shrink: {
    body: ['return np.where(x > lambd, x - lambd, np.where(x < -lambd, x + lambd, 0.0))'],
  },
  hard_shrink: { body: ['return np.where((x > lambd) | (x < -lambd), x, 0.0)'] },
  exponential: { body: ['return np.exp(x)'] },
  arctan: { body: ['return np.arctan(x)'] },
  sin: { body: ['return np.sin(x)'] },
  gaussian: { body: ['return np.exp(-np.square(x))'] },
  softmax: {
    body: [...shiftedLogits(''), 'return e / np.sum(e, axis=-1, keepdims=True)'],
  },
  log_softmax: {
    body: [
      ...shiftedLogits(''),
      '# log(sum) = log1p(sum of the terms other than one maximal one), exact when they are tiny.',
      'top = np.arange(x.shape[-1]) == np.argmax(z, axis=-1)[..., np.newaxis]',
      'return z - np.log1p(np.sum(np.where(top, 0.0, e), axis=-1, keepdims=True))',
    ],
  },
  softmin: {
    body: [...shiftedLogits('-'), 'return e / np.sum(e, axis=-1, keepdims=True)'],
  },
  sparsemax: {
    body: [
      '# Project onto the simplex: y = max(x - tau, 0) with the sum of y equal to 1.',
      'z = -np.sort(-x, axis=-1)',
      'k = np.arange(1, x.shape[-1] + 1)',
      'support = 1 + k * z > np.cumsum(z, axis=-1)',
      'size = np.sum(support, axis=-1, keepdims=True)',
      'tau = (np.sum(np.where(support, z, 0.0), axis=-1, keepdims=True) - 1) / size',
      'return np.maximum(x - tau, 0.0)',
    ],
  },
  glu: {
    body: [
      '# The first half of the last axis, gated by the sigmoid of the second half.',
      'a, b = np.split(x, 2, axis=-1)',
      ...stableSigmoid('b'),
      'return a * s',
    ],
  },
};
