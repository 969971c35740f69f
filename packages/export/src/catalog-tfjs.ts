/**
 * The catalog in TensorFlow.js: tfjs-core's own op wherever it computes the same function
 * (tf.relu, tf.leakyRelu, tf.selu, tf.logSigmoid, ...), tf.* arithmetic where tfjs-core has none
 * (GELU, SiLU with beta, the shrinks) or defines it differently (tf.step at 0, tf.elu without
 * alpha). Parameters are camelCase (`minVal`). Vector activations work over the last axis.
 */
import type { JsTemplate, TemplateTable } from './catalog-template.js';

/** Every catalog activation as a TF.js function body (x is a tensor; parameters are numbers). */
export const TFJS_TEMPLATES: TemplateTable<JsTemplate> = {
  binary_step: {
    body: 'tf.where(tf.greaterEqual(x, threshold), 1, 0)',
    note: 'tf.step returns 0 at exactly 0 and has no threshold, so the step is written out.',
  },
  linear: { body: 'tf.add(tf.mul(slope, x), intercept)' },
  relu: { body: 'tf.relu(x)' },
  threshold: { body: 'tf.where(tf.greater(x, threshold), x, value)' },
  relu6: { body: 'tf.relu6(x)' },
  leaky_relu: {
    body: 'tf.leakyRelu(x, alpha)',
    note: 'alpha is passed explicitly: tf.leakyRelu defaults to 0.2.',
  },
  prelu: {
    body: 'tf.leakyRelu(x, alpha)',
    note: 'tf.prelu takes alpha as a (learned) tensor; with alpha fixed, PReLU is a leaky ReLU.',
  },
  rrelu: {
    body: 'tf.leakyRelu(x, (lower + upper) / 2)',
    note: 'Evaluation mode: the random negative slope is replaced by its mean.',
  },
  elu: {
    body: 'tf.where(tf.greater(x, 0), x, tf.mul(alpha, tf.expm1(tf.minimum(x, 0))))',
    note: 'tf.elu fixes alpha at 1, so the formula is written out.',
  },
  selu: { body: 'tf.selu(x)' },
  celu: {
    body: 'tf.where(tf.greater(x, 0), x, tf.mul(alpha, tf.expm1(tf.div(tf.minimum(x, 0), alpha))))',
  },
  gelu: {
    body: 'tf.mul(tf.mul(0.5, x), tf.add(1, tf.erf(tf.mul(x, Math.SQRT1_2))))',
    note: 'tfjs-core has no gelu op: x * Phi(x) with Phi(x) = (1 + erf(x / sqrt(2))) / 2.',
  },
  gelu_tanh: {
    body: 'tf.mul(x, tf.sigmoid(tf.mul(1.5957691216057308, tf.add(x, tf.mul(0.044715, tf.pow(x, 3))))))',
    note: 'x / 2 * (1 + tanh(u)) written as x * sigmoid(2u), which does not cancel for negative x.',
  },
  sigmoid: { body: 'tf.sigmoid(x)' },
  hard_sigmoid: {
    body: 'tf.clipByValue(tf.div(tf.add(x, 3), 6), 0, 1)',
    note: "The layers' hardSigmoid is 0.2x + 0.5; this is relu6(x + 3) / 6.",
  },
  log_sigmoid: { body: 'tf.logSigmoid(x)' },
  sparse_sigmoid: { body: 'tf.clipByValue(tf.mul(0.5, tf.add(x, 1)), 0, 1)' },
  tanh: { body: 'tf.tanh(x)' },
  hard_tanh: { body: 'tf.clipByValue(x, minVal, maxVal)' },
  tanh_shrink: { body: 'tf.sub(x, tf.tanh(x))' },
  softsign: { body: 'tf.div(x, tf.add(1, tf.abs(x)))' },
  softplus: {
    body: 'tf.div(tf.softplus(tf.mul(beta, x)), beta)',
    note: 'tf.softplus has no beta: softplus(beta * x) / beta.',
  },
  sparse_plus: {
    body: 'tf.where(tf.lessEqual(x, -1), 0, tf.where(tf.greaterEqual(x, 1), x, tf.mul(0.25, tf.square(tf.add(x, 1)))))',
  },
  squareplus: {
    body: [
      '// Below zero (x + sqrt(x^2 + b)) / 2 cancels; it equals b / (2 (sqrt(x^2 + b) - x)) there.',
      'const t = tf.add(tf.sqrt(tf.add(tf.square(x), b)), tf.abs(x));',
      'return tf.mul(0.5, tf.where(tf.greaterEqual(x, 0), t, tf.div(b, t)));',
    ],
  },
  silu: { body: 'tf.mul(x, tf.sigmoid(tf.mul(beta, x)))' },
  hard_silu: { body: 'tf.mul(x, tf.clipByValue(tf.div(tf.add(x, 3), 6), 0, 1))' },
  mish: { body: 'tf.mul(x, tf.tanh(tf.softplus(x)))' },
  soft_shrink: {
    body: 'tf.where(tf.greater(x, lambda), tf.sub(x, lambda), tf.where(tf.less(x, -lambda), tf.add(x, lambda), 0))',
  },
  hard_shrink: { body: 'tf.where(tf.greater(tf.abs(x), lambda), x, 0)' },
  exponential: { body: 'tf.exp(x)' },
  arctan: { body: 'tf.atan(x)' },
  sin: { body: 'tf.sin(x)' },
  gaussian: { body: 'tf.exp(tf.neg(tf.square(x)))' },
  softmax: { body: 'tf.softmax(tf.div(x, temperature))' },
  log_softmax: { body: 'tf.logSoftmax(tf.div(x, temperature))' },
  softmin: { body: 'tf.softmax(tf.div(tf.neg(x), temperature))' },
  sparsemax: {
    body: [
      '// Project onto the simplex: y = max(x - tau, 0) with the sum of y equal to 1.',
      'const n = x.shape[x.rank - 1];',
      'const z = tf.topk(x, n).values;',
      'const k = tf.range(1, n + 1);',
      '// tf.cumsum needs a non-negative axis.',
      'const support = tf.cast(tf.greater(tf.add(1, tf.mul(k, z)), tf.cumsum(z, x.rank - 1)), x.dtype);',
      'const size = tf.sum(support, -1, true);',
      'const tau = tf.div(tf.sub(tf.sum(tf.mul(z, support), -1, true), 1), size);',
      'return tf.relu(tf.sub(x, tau));',
    ],
  },
  glu: {
    body: [
      '// The first half of the last axis, gated by the sigmoid of the second half.',
      'const [a, b] = tf.split(x, 2, -1);',
      'return tf.mul(a, tf.sigmoid(b));',
    ],
  },
};
