/** Catalog entries of the rectifiers: ReLU and its thresholded, capped and leaky variants. */
import type { ActivationInfo } from '../activation.js';

/** Rectified linear unit, max(0, x). */
export const reluInfo: ActivationInfo = {
  id: 'relu',
  name: 'ReLU',
  aliases: ['rectifier', 'rectified_linear'],
  kind: 'scalar',
  params: [],
  formula: String.raw`f(x) = \max(0, x)`,
  derivative: String.raw`f'(x) = \begin{cases} 1 & x > 0 \\ 0 & x \le 0 \end{cases}`,
  range: { min: 0, max: Infinity, minInclusive: true, maxInclusive: false },
  properties: {
    monotonic: true,
    bounded: false,
    zeroCentred: false,
    smooth: false,
    saturating: true,
    sparse: true,
  },
  kinks: [{ x: 0, derivative: 0 }],
  kinkConvention: 'At 0 the slope jumps from 0 to 1; the derivative used there is 0.',
  usefulGradient: true,
  gain: {
    variancePreserving: 1.4142135623730951,
    pytorch: Math.SQRT2,
    note: 'The same as PyTorch (He initialization): ReLU zeroes half of its inputs, so E[f(z)^2] = 1/2.',
  },
  frameworks: {
    pytorch: { name: 'torch.nn.functional.relu' },
    keras: { name: 'keras.activations.relu' },
    tfjs: { name: 'tf.relu' },
  },
  note: 'The default choice for hidden layers: it passes positive inputs unchanged and outputs 0 otherwise, which is cheap to compute and makes activations sparse, so training is fast. Its gradient does not vanish for positive inputs, but a unit whose input stays negative gets zero gradient and can die for good.',
};

/** Thresholded ReLU: x above the threshold, a constant value at or below it. */
export const thresholdInfo: ActivationInfo = {
  id: 'threshold',
  name: 'Threshold (thresholded ReLU)',
  aliases: ['thresholded_relu', 'thresholdedrelu'],
  kind: 'scalar',
  params: [
    {
      name: 'threshold',
      default: 1,
      min: -Infinity,
      max: Infinity,
      minInclusive: false,
      maxInclusive: false,
      description: 'Inputs at or below this are replaced by value.',
    },
    {
      name: 'value',
      default: 0,
      min: -Infinity,
      max: Infinity,
      minInclusive: false,
      maxInclusive: false,
      description: 'Output for inputs at or below the threshold.',
    },
  ],
  formula: String.raw`f(x) = \begin{cases} x & x > \theta \\ \text{value} & x \le \theta \end{cases}`,
  derivative: String.raw`f'(x) = \begin{cases} 1 & x > \theta \\ 0 & x \le \theta \end{cases}`,
  range: { min: 0, max: Infinity, minInclusive: true, maxInclusive: false },
  properties: {
    monotonic: true,
    bounded: false,
    zeroCentred: false,
    smooth: false,
    saturating: true,
    sparse: true,
  },
  kinks: [{ x: 1, derivative: 0 }],
  kinkConvention:
    'At the threshold f jumps (unless value equals the threshold) and the slope changes from 0 to 1; the derivative used there is 0.',
  usefulGradient: true,
  gain: {
    variancePreserving: 1.5799030817610498,
  },
  frameworks: {
    pytorch: {
      name: 'torch.nn.functional.threshold',
      note: 'threshold and value are required arguments with no defaults.',
    },
    keras: {
      name: 'keras.activations.threshold',
      note: 'threshold and default_value are required arguments with no defaults; keras.activations.relu(x, threshold=θ) gives the value-0 case.',
    },
    tfjs: {
      name: 'tf.layers.thresholdedReLU',
      note: 'A layer with theta (default 1); the output at or below theta is always 0.',
    },
  },
  note: "ReLU with the threshold moved from 0 to θ: an input must exceed θ before the unit passes it on (the course's 'ReLU with threshold T'). Everything at or below θ becomes the constant value and gets zero gradient. Not the course's 'threshold function': that is the binary step (binary_step), which outputs 0 or 1 and never x.",
};

/** ReLU capped at 6, min(max(0, x), 6). */
export const relu6Info: ActivationInfo = {
  id: 'relu6',
  name: 'ReLU6',
  aliases: [],
  kind: 'scalar',
  params: [],
  formula: String.raw`f(x) = \min(\max(0, x), 6)`,
  derivative: String.raw`f'(x) = \begin{cases} 1 & 0 < x < 6 \\ 0 & \text{otherwise} \end{cases}`,
  range: { min: 0, max: 6, minInclusive: true, maxInclusive: true },
  properties: {
    monotonic: true,
    bounded: true,
    zeroCentred: false,
    smooth: false,
    saturating: true,
    sparse: true,
  },
  kinks: [
    { x: 0, derivative: 0 },
    { x: 6, derivative: 0 },
  ],
  kinkConvention: 'At both corners, 0 and 6, the derivative used is 0.',
  usefulGradient: true,
  gain: {
    variancePreserving: 1.4142135650950736,
  },
  frameworks: {
    pytorch: { name: 'torch.nn.functional.relu6' },
    keras: { name: 'keras.activations.relu6' },
    tfjs: { name: 'tf.relu6' },
  },
  note: 'ReLU capped at 6, so outputs stay small enough for low-precision (quantized) arithmetic; used in mobile networks such as MobileNet. Above 6 the gradient is zero, like below 0.',
};

/** Leaky ReLU: x for positive inputs, a small slope alpha times x otherwise. */
export const leakyReluInfo: ActivationInfo = {
  id: 'leaky_relu',
  name: 'Leaky ReLU',
  aliases: ['leakyrelu', 'lrelu'],
  kind: 'scalar',
  params: [
    {
      name: 'alpha',
      default: 0.01,
      min: 0,
      max: Infinity,
      minInclusive: true,
      maxInclusive: false,
      description: 'Slope for negative inputs.',
    },
  ],
  formula: String.raw`f(x) = \begin{cases} x & x > 0 \\ \alpha x & x \le 0 \end{cases}`,
  derivative: String.raw`f'(x) = \begin{cases} 1 & x > 0 \\ \alpha & x \le 0 \end{cases}`,
  range: { min: -Infinity, max: Infinity, minInclusive: false, maxInclusive: false },
  properties: {
    monotonic: true,
    bounded: false,
    zeroCentred: true,
    smooth: false,
    saturating: false,
    sparse: false,
  },
  kinks: [{ x: 0, derivative: 0.01 }],
  kinkConvention: 'At 0 the slope jumps from alpha to 1; the derivative used there is alpha.',
  usefulGradient: true,
  gain: {
    variancePreserving: 1.4141428569978354,
    pytorch: Math.sqrt(2 / (1 + 0.01 ** 2)),
    note: 'The same as PyTorch, whose default negative slope is also 0.01.',
  },
  frameworks: {
    pytorch: { name: 'torch.nn.functional.leaky_relu' },
    keras: {
      name: 'keras.activations.leaky_relu',
      note: 'The slope is called negative_slope and defaults to 0.2; the keras.layers.LeakyReLU layer defaults to 0.3.',
    },
    tfjs: {
      name: 'tf.leakyRelu',
      note: 'alpha defaults to 0.2; the tf.layers.leakyReLU layer defaults to 0.3.',
    },
  },
  note: 'ReLU with a small slope for negative inputs, so a unit always gets some gradient and cannot die. Default slopes differ between libraries (0.01 here and in PyTorch, 0.2 or 0.3 in Keras and TensorFlow.js), so state alpha when comparing results.',
};

/** Parametric ReLU: leaky ReLU whose negative slope is a parameter (learned in a network). */
export const preluInfo: ActivationInfo = {
  id: 'prelu',
  name: 'PReLU',
  aliases: ['parametric_relu'],
  kind: 'scalar',
  params: [
    {
      name: 'alpha',
      default: 0.25,
      min: -Infinity,
      max: Infinity,
      minInclusive: false,
      maxInclusive: false,
      description: 'Slope for negative inputs (learned during training in a network).',
    },
  ],
  formula: String.raw`f(x) = \begin{cases} x & x > 0 \\ \alpha x & x \le 0 \end{cases}`,
  derivative: String.raw`f'(x) = \begin{cases} 1 & x > 0 \\ \alpha & x \le 0 \end{cases}`,
  range: { min: -Infinity, max: Infinity, minInclusive: false, maxInclusive: false },
  properties: {
    monotonic: true,
    bounded: false,
    zeroCentred: true,
    smooth: false,
    saturating: false,
    sparse: false,
  },
  kinks: [{ x: 0, derivative: 0.25 }],
  kinkConvention: 'At 0 the slope jumps from alpha to 1; the derivative used there is alpha.',
  usefulGradient: true,
  gain: {
    variancePreserving: 1.3719886811400708,
  },
  frameworks: {
    pytorch: {
      name: 'torch.nn.PReLU',
      note: 'A module whose slope is a learned weight initialised to 0.25 (one per channel with num_parameters > 1); torch.nn.functional.prelu takes the weight explicitly.',
    },
    keras: {
      name: 'keras.layers.PReLU',
      note: 'A layer with one learned slope per input element, initialised to 0.',
    },
    tfjs: {
      name: 'tf.prelu',
      note: 'alpha is a required tensor argument; the tf.layers.prelu layer learns it, initialised to 0.',
    },
  },
  note: 'Leaky ReLU whose negative slope is learned along with the weights; here it is a fixed parameter. A negative alpha makes the function non-monotonic.',
};

/** Randomized leaky ReLU, evaluated deterministically with the mean slope (lower + upper) / 2. */
export const rreluInfo: ActivationInfo = {
  id: 'rrelu',
  name: 'RReLU (randomized leaky ReLU)',
  aliases: ['randomized_relu', 'randomized_leaky_relu'],
  kind: 'scalar',
  params: [
    {
      name: 'lower',
      default: 1 / 8,
      min: 0,
      max: 1,
      minInclusive: true,
      maxInclusive: true,
      description: 'Lower bound of the random negative slope (must not exceed upper).',
    },
    {
      name: 'upper',
      default: 1 / 3,
      min: 0,
      max: 1,
      minInclusive: true,
      maxInclusive: true,
      description: 'Upper bound of the random negative slope (must not be below lower).',
    },
  ],
  formula: String.raw`f(x) = \begin{cases} x & x > 0 \\ \frac{\text{lower} + \text{upper}}{2}\, x & x \le 0 \end{cases}`,
  derivative: String.raw`f'(x) = \begin{cases} 1 & x > 0 \\ \frac{\text{lower} + \text{upper}}{2} & x \le 0 \end{cases}`,
  range: { min: -Infinity, max: Infinity, minInclusive: false, maxInclusive: false },
  properties: {
    monotonic: true,
    bounded: false,
    zeroCentred: true,
    smooth: false,
    saturating: false,
    sparse: false,
  },
  kinks: [{ x: 0, derivative: 11 / 48 }],
  kinkConvention:
    'At 0 the slope jumps from (lower + upper) / 2 to 1; the derivative used there is (lower + upper) / 2.',
  usefulGradient: true,
  gain: {
    variancePreserving: 1.378479664546057,
  },
  frameworks: {
    pytorch: {
      name: 'torch.nn.functional.rrelu',
      note: 'With training=True (as torch.nn.RReLU in train mode) each negative slope is drawn uniformly from [lower, upper]; actlab always uses the evaluation-mode mean slope.',
    },
  },
  note: 'During training the negative slope is drawn at random from [lower, upper], which acts as a regulariser; at evaluation time, and always here, it is the mean (lower + upper) / 2.',
};
