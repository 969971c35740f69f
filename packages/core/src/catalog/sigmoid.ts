/** Catalog entries of the sigmoid family: the logistic sigmoid, its log and two piecewise-linear stand-ins. */
import type { ActivationInfo } from '../activation.js';

/** Logistic sigmoid, 1 / (1 + e^−x). */
export const sigmoidInfo: ActivationInfo = {
  id: 'sigmoid',
  name: 'Sigmoid',
  aliases: ['logistic', 'expit'],
  kind: 'scalar',
  params: [],
  formula: String.raw`f(x) = \sigma(x) = \frac{1}{1 + e^{-x}}`,
  derivative: String.raw`f'(x) = \sigma(x)\left(1 - \sigma(x)\right) = \frac{e^{-x}}{\left(1 + e^{-x}\right)^2}`,
  range: { min: 0, max: 1, minInclusive: false, maxInclusive: false },
  properties: {
    monotonic: true,
    bounded: true,
    zeroCentred: false,
    smooth: true,
    saturating: true,
    sparse: false,
  },
  kinks: [],
  usefulGradient: true,
  gain: {
    variancePreserving: 1.8462285453386054,
    pytorch: 1,
    note: "PyTorch's gain 1 ignores that sigmoid's outputs average 1/2 rather than 0; keeping E[f(z)^2] at 1 takes about 1.85.",
  },
  frameworks: {
    pytorch: { name: 'torch.sigmoid' },
    keras: { name: 'keras.activations.sigmoid' },
    tfjs: { name: 'tf.sigmoid' },
  },
  note: 'Squashes any input into (0, 1), so it is the natural output for binary classification (e.g. fraud or not); softmax generalises it to many classes. In hidden layers it trains poorly: its derivative is at most 1/4 and below 0.05 outside about [−3, 3], so gradients vanish through deep stacks, and its outputs are not zero-centred.',
};

/** Hard sigmoid, ReLU6(x + 3) / 6: a piecewise-linear sigmoid. */
export const hardSigmoidInfo: ActivationInfo = {
  id: 'hard_sigmoid',
  name: 'Hard sigmoid',
  aliases: ['hardsigmoid'],
  kind: 'scalar',
  params: [],
  formula: String.raw`f(x) = \frac{\operatorname{ReLU6}(x + 3)}{6} = \begin{cases} 0 & x \le -3 \\ \frac{x}{6} + \frac{1}{2} & -3 < x < 3 \\ 1 & x \ge 3 \end{cases}`,
  derivative: String.raw`f'(x) = \begin{cases} \frac{1}{6} & -3 < x < 3 \\ 0 & \text{otherwise} \end{cases}`,
  range: { min: 0, max: 1, minInclusive: true, maxInclusive: true },
  properties: {
    monotonic: true,
    bounded: true,
    zeroCentred: false,
    smooth: false,
    saturating: true,
    sparse: true,
  },
  kinks: [
    { x: -3, derivative: 0 },
    { x: 3, derivative: 0 },
  ],
  kinkConvention: 'At both corners, −3 and 3, the derivative used is 0.',
  usefulGradient: true,
  gain: {
    variancePreserving: 1.897840424729559,
  },
  frameworks: {
    pytorch: { name: 'torch.nn.functional.hardsigmoid' },
    keras: {
      name: 'keras.activations.hard_sigmoid',
      note: 'Keras 3 uses this definition; Keras 2 (tf.keras) used 0.2x + 0.5 clipped to [0, 1].',
    },
    tfjs: {
      name: "tf.layers.activation({ activation: 'hardSigmoid' })",
      note: 'Uses the older 0.2x + 0.5 clipped to [0, 1], with corners at ±2.5.',
    },
  },
  note: 'A cheap piecewise-linear stand-in for the sigmoid, used for gates in mobile networks. Beware that libraries disagree on its slope (1/6 here, 0.2 in Keras 2 and TensorFlow.js), and its gradient is exactly 0 outside [−3, 3].',
};

/** Log-sigmoid, log σ(x) = −softplus(−x). */
export const logSigmoidInfo: ActivationInfo = {
  id: 'log_sigmoid',
  name: 'Log-sigmoid',
  aliases: ['logsigmoid'],
  kind: 'scalar',
  params: [],
  formula: String.raw`f(x) = \log \sigma(x) = -\log\left(1 + e^{-x}\right)`,
  derivative: String.raw`f'(x) = 1 - \sigma(x) = \sigma(-x)`,
  range: { min: -Infinity, max: 0, minInclusive: false, maxInclusive: false },
  properties: {
    monotonic: true,
    bounded: false,
    zeroCentred: false,
    smooth: true,
    saturating: true,
    sparse: false,
  },
  kinks: [],
  usefulGradient: true,
  gain: {
    variancePreserving: 1.0418668355353018,
  },
  frameworks: {
    pytorch: { name: 'torch.nn.functional.logsigmoid' },
    keras: { name: 'keras.activations.log_sigmoid' },
    tfjs: { name: 'tf.logSigmoid' },
  },
  note: 'The logarithm of the sigmoid, computed directly so it stays accurate where log(sigmoid(x)) would round to log 0; it appears inside binary cross-entropy losses. It behaves like x for very negative inputs and approaches 0 from below for positive ones.',
};

/** Sparse sigmoid: 0 below −1, (x + 1) / 2 between, 1 above 1. */
export const sparseSigmoidInfo: ActivationInfo = {
  id: 'sparse_sigmoid',
  name: 'Sparse sigmoid',
  aliases: ['sparsesigmoid'],
  kind: 'scalar',
  params: [],
  formula: String.raw`f(x) = \begin{cases} 0 & x \le -1 \\ \frac{x + 1}{2} & -1 < x < 1 \\ 1 & x \ge 1 \end{cases}`,
  derivative: String.raw`f'(x) = \begin{cases} \frac{1}{2} & -1 < x < 1 \\ 0 & \text{otherwise} \end{cases}`,
  range: { min: 0, max: 1, minInclusive: true, maxInclusive: true },
  properties: {
    monotonic: true,
    bounded: true,
    zeroCentred: false,
    smooth: false,
    saturating: true,
    sparse: true,
  },
  kinks: [
    { x: -1, derivative: 0 },
    { x: 1, derivative: 0 },
  ],
  kinkConvention: 'At both corners, −1 and 1, the derivative used is 0.',
  usefulGradient: true,
  gain: {
    variancePreserving: 1.6243215587888256,
  },
  frameworks: {
    keras: { name: 'keras.activations.sparse_sigmoid' },
  },
  note: 'A sigmoid-shaped ramp that reaches exactly 0 and 1, so outputs are often exact zeros or ones (the two-class case of sparsemax). Its gradient is 0 outside [−1, 1].',
};
