/** Catalog entries of the tanh family: tanh, its clipped and shrink variants, and softsign. */
import type { ActivationInfo } from '../activation.js';

/** Hyperbolic tangent. */
export const tanhInfo: ActivationInfo = {
  id: 'tanh',
  name: 'Tanh',
  aliases: ['hyperbolic_tangent'],
  kind: 'scalar',
  params: [],
  formula: String.raw`f(x) = \tanh x = \frac{e^{x} - e^{-x}}{e^{x} + e^{-x}}`,
  derivative: String.raw`f'(x) = 1 - \tanh^2 x`,
  range: { min: -1, max: 1, minInclusive: false, maxInclusive: false },
  properties: {
    monotonic: true,
    bounded: true,
    zeroCentred: true,
    smooth: true,
    saturating: true,
    sparse: false,
  },
  kinks: [],
  usefulGradient: true,
  gain: {
    variancePreserving: 1.5925374197228315,
    pytorch: 5 / 3,
    note: "PyTorch's 5/3 is a rule of thumb; the gain that exactly keeps the variance at 1 is about 1.593.",
  },
  frameworks: {
    pytorch: { name: 'torch.tanh' },
    keras: { name: 'keras.activations.tanh' },
    tfjs: { name: 'tf.tanh' },
  },
  note: 'A rescaled sigmoid, tanh(x) = 2σ(2x) − 1, with zero-centred outputs in (−1, 1) and slope 1 at 0, so it trains better than the sigmoid in hidden layers. It still saturates for |x| beyond about 3, so deep stacks suffer vanishing gradients; common in recurrent networks.',
};

/** Hard tanh: x clipped to [min_val, max_val]. */
export const hardTanhInfo: ActivationInfo = {
  id: 'hard_tanh',
  name: 'Hard tanh',
  aliases: ['hardtanh'],
  kind: 'scalar',
  params: [
    {
      name: 'min_val',
      default: -1,
      min: -Infinity,
      max: Infinity,
      minInclusive: false,
      maxInclusive: false,
      description: 'Lower clipping bound (must be below max_val).',
    },
    {
      name: 'max_val',
      default: 1,
      min: -Infinity,
      max: Infinity,
      minInclusive: false,
      maxInclusive: false,
      description: 'Upper clipping bound (must be above min_val).',
    },
  ],
  formula: String.raw`f(x) = \begin{cases} \text{min\_val} & x < \text{min\_val} \\ x & \text{min\_val} \le x \le \text{max\_val} \\ \text{max\_val} & x > \text{max\_val} \end{cases}`,
  derivative: String.raw`f'(x) = \begin{cases} 1 & \text{min\_val} < x < \text{max\_val} \\ 0 & \text{otherwise} \end{cases}`,
  range: { min: -1, max: 1, minInclusive: true, maxInclusive: true },
  properties: {
    monotonic: true,
    bounded: true,
    zeroCentred: true,
    smooth: false,
    saturating: true,
    sparse: false,
  },
  kinks: [
    { x: -1, derivative: 0 },
    { x: 1, derivative: 0 },
  ],
  kinkConvention: 'At both clipping bounds, min_val and max_val, the derivative used is 0.',
  usefulGradient: true,
  gain: {
    variancePreserving: 1.3920361404483097,
  },
  frameworks: {
    pytorch: { name: 'torch.nn.functional.hardtanh' },
    keras: {
      name: 'keras.activations.hard_tanh',
      note: 'No parameters: the bounds are fixed at −1 and 1.',
    },
  },
  note: 'A piecewise-linear tanh: the identity between the bounds and constant outside, so it is cheap but passes no gradient once the input leaves [min_val, max_val].',
};

/** Tanh shrink, x − tanh(x). */
export const tanhShrinkInfo: ActivationInfo = {
  id: 'tanh_shrink',
  name: 'Tanh shrink',
  aliases: ['tanhshrink'],
  kind: 'scalar',
  params: [],
  formula: String.raw`f(x) = x - \tanh x`,
  derivative: String.raw`f'(x) = \tanh^2 x`,
  range: { min: -Infinity, max: Infinity, minInclusive: false, maxInclusive: false },
  properties: {
    monotonic: true,
    bounded: false,
    zeroCentred: true,
    smooth: true,
    saturating: false,
    sparse: false,
  },
  kinks: [],
  usefulGradient: true,
  gain: {
    variancePreserving: 2.3383675301021216,
  },
  frameworks: {
    pytorch: { name: 'torch.nn.functional.tanhshrink' },
    keras: { name: 'keras.activations.tanh_shrink' },
  },
  note: 'Subtracts tanh from the identity, so small inputs are squashed towards 0 (it grows like x³/3 near 0) while large ones pass through shifted by 1. Rarely used in hidden layers; its gradient is tiny near 0.',
};

/** Softsign, x / (1 + |x|). */
export const softsignInfo: ActivationInfo = {
  id: 'softsign',
  name: 'Softsign',
  aliases: ['soft_sign'],
  kind: 'scalar',
  params: [],
  formula: String.raw`f(x) = \frac{x}{1 + |x|}`,
  derivative: String.raw`f'(x) = \frac{1}{\left(1 + |x|\right)^2}`,
  range: { min: -1, max: 1, minInclusive: false, maxInclusive: false },
  properties: {
    monotonic: true,
    bounded: true,
    zeroCentred: true,
    smooth: true,
    saturating: true,
    sparse: false,
  },
  kinks: [],
  usefulGradient: true,
  gain: {
    variancePreserving: 2.3375333631085398,
  },
  frameworks: {
    pytorch: { name: 'torch.nn.functional.softsign' },
    keras: { name: 'keras.activations.softsign' },
    tfjs: { name: "tf.layers.activation({ activation: 'softsign' })" },
  },
  note: 'A tanh-like squashing into (−1, 1) without exponentials. It approaches its bounds polynomially rather than exponentially, so it saturates more gently than tanh.',
};
