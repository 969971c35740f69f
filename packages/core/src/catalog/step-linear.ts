/** Catalog entries of the two oldest activations: the binary step and the linear (identity) map. */
import type { ActivationInfo } from '../activation.js';

/** Binary step (Heaviside): 1 at or above the threshold, 0 below. */
export const binaryStepInfo: ActivationInfo = {
  id: 'binary_step',
  name: 'Binary step',
  aliases: ['step', 'heaviside', 'binary', 'unit_step', 'threshold_function'],
  kind: 'scalar',
  params: [
    {
      name: 'threshold',
      default: 0,
      min: -Infinity,
      max: Infinity,
      minInclusive: false,
      maxInclusive: false,
      description: 'Input at which the output switches from 0 to 1.',
    },
  ],
  formula: String.raw`f(x) = \begin{cases} 1 & x \ge \theta \\ 0 & x < \theta \end{cases}`,
  derivative: String.raw`f'(x) = 0`,
  range: { min: 0, max: 1, minInclusive: true, maxInclusive: true },
  properties: {
    monotonic: true,
    bounded: true,
    zeroCentred: false,
    smooth: false,
    saturating: true,
    sparse: true,
  },
  kinks: [{ x: 0, derivative: 0 }],
  kinkConvention:
    'f jumps from 0 to 1 at the threshold; the derivative used there is 0, as everywhere else.',
  usefulGradient: false,
  gain: {
    variancePreserving: 1.4142135623730951,
  },
  frameworks: {
    pytorch: {
      name: 'torch.heaviside',
      note: 'No threshold argument, and the output at exactly 0 is the second argument `values`: torch.heaviside(x - θ, torch.tensor(1.0)) matches.',
    },
    tfjs: {
      name: 'tf.step',
      note: 'Computes x > 0 ? 1 : alpha (alpha defaults to 0), so it returns 0 at exactly 0 where actlab returns 1; no threshold argument.',
    },
  },
  note: 'Fires (1) when the input reaches the threshold and stays silent (0) otherwise, which suits only a yes/no output: it cannot express several classes. Its derivative is 0 everywhere and undefined at the threshold, so gradient descent cannot train a network through it.',
};

/** Linear activation f(x) = slope·x + intercept; the identity at its defaults. */
export const linearInfo: ActivationInfo = {
  id: 'linear',
  name: 'Linear (identity)',
  aliases: ['identity', 'affine'],
  kind: 'scalar',
  params: [
    {
      name: 'slope',
      default: 1,
      min: -Infinity,
      max: Infinity,
      minInclusive: false,
      maxInclusive: false,
      description: 'Multiplier of the input (1 gives the identity y = x).',
    },
    {
      name: 'intercept',
      default: 0,
      min: -Infinity,
      max: Infinity,
      minInclusive: false,
      maxInclusive: false,
      description: 'Constant added to the output.',
    },
  ],
  formula: String.raw`f(x) = \text{slope} \cdot x + \text{intercept}`,
  derivative: String.raw`f'(x) = \text{slope}`,
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
    variancePreserving: 1.0,
    pytorch: 1,
  },
  frameworks: {
    pytorch: { name: 'torch.nn.Identity', note: 'Identity only (slope 1, intercept 0).' },
    keras: { name: 'keras.activations.linear', note: 'Identity only (slope 1, intercept 0).' },
    tfjs: {
      name: "tf.layers.activation({ activation: 'linear' })",
      note: 'Identity only (slope 1, intercept 0).',
    },
  },
  note: "Also called 'no activation': it passes the weighted sum through, e.g. y = 2x + 3, or y = x at the defaults. Its derivative is a constant and a stack of linear layers collapses into a single linear map, so a network built only from it is linear regression and cannot learn non-linear patterns; use it for regression outputs.",
};
