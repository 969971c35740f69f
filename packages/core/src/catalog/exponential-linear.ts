/** Catalog entries of the exponential linear units: ELU, SELU and CELU. */
import type { ActivationInfo } from '../activation.js';

/** Exponential linear unit: x for positive inputs, alpha·(e^x − 1) otherwise. */
export const eluInfo: ActivationInfo = {
  id: 'elu',
  name: 'ELU',
  aliases: ['exponential_linear_unit'],
  kind: 'scalar',
  params: [
    {
      name: 'alpha',
      default: 1,
      min: 0,
      max: Infinity,
      minInclusive: true,
      maxInclusive: false,
      description:
        'Scale of the negative part; the output tends to −alpha for very negative inputs.',
    },
  ],
  formula: String.raw`f(x) = \begin{cases} x & x > 0 \\ \alpha \left(e^{x} - 1\right) & x \le 0 \end{cases}`,
  derivative: String.raw`f'(x) = \begin{cases} 1 & x > 0 \\ \alpha e^{x} & x \le 0 \end{cases}`,
  range: { min: -1, max: Infinity, minInclusive: false, maxInclusive: false },
  properties: {
    monotonic: true,
    bounded: false,
    zeroCentred: true,
    smooth: true,
    saturating: true,
    sparse: false,
  },
  kinks: [],
  kinkConvention:
    'With alpha = 1 both one-sided slopes at 0 equal 1, so there is no kink; for any other alpha the slope jumps from alpha to 1 at 0 and the derivative used there is alpha.',
  usefulGradient: true,
  gain: {
    variancePreserving: 1.2451983007007066,
  },
  frameworks: {
    pytorch: { name: 'torch.nn.functional.elu' },
    keras: { name: 'keras.activations.elu' },
    tfjs: { name: 'tf.elu', note: 'No alpha argument: alpha is fixed at 1.' },
  },
  note: 'Like ReLU for positive inputs, but negative inputs curve smoothly down towards −alpha instead of being cut to 0, which keeps units alive and pulls mean activations towards zero. It costs an exponential per negative input.',
};

/** Scaled ELU with the fixed self-normalizing constants lambda ≈ 1.0507 and alpha ≈ 1.6733. */
export const seluInfo: ActivationInfo = {
  id: 'selu',
  name: 'SELU',
  aliases: ['scaled_elu'],
  kind: 'scalar',
  params: [],
  formula: String.raw`f(x) = \lambda \begin{cases} x & x > 0 \\ \alpha \left(e^{x} - 1\right) & x \le 0 \end{cases}, \quad \lambda \approx 1.0507,\ \alpha \approx 1.6733`,
  derivative: String.raw`f'(x) = \begin{cases} \lambda & x > 0 \\ \lambda \alpha e^{x} & x \le 0 \end{cases}`,
  range: { min: -1.7580993408473768, max: Infinity, minInclusive: false, maxInclusive: false },
  properties: {
    monotonic: true,
    bounded: false,
    zeroCentred: true,
    smooth: false,
    saturating: true,
    sparse: false,
  },
  kinks: [{ x: 0, derivative: 1.7580993408473768 }],
  kinkConvention: 'At 0 the slope jumps from λα to λ; the derivative used there is λα.',
  usefulGradient: true,
  gain: {
    variancePreserving: 1.0,
    pytorch: 0.75,
    note: "SELU's constants already make q = 1 a fixed point at gain 1 (LeCun initialization, as in self-normalizing networks); PyTorch's 3/4 is a different choice that gives up the self-normalization for steadier gradients.",
  },
  frameworks: {
    pytorch: { name: 'torch.nn.functional.selu' },
    keras: { name: 'keras.activations.selu' },
    tfjs: { name: 'tf.selu' },
  },
  note: 'An ELU scaled by constants chosen so that activations keep mean 0 and variance 1 from layer to layer in a plain stack of dense layers. The self-normalization only holds with LeCun-normal weight initialization and alpha dropout, not ordinary dropout or batch normalization.',
};

/** Continuously differentiable ELU: the ELU rescaled so its slope at 0 is 1 for every alpha. */
export const celuInfo: ActivationInfo = {
  id: 'celu',
  name: 'CELU',
  aliases: ['continuously_differentiable_elu'],
  kind: 'scalar',
  params: [
    {
      name: 'alpha',
      default: 1,
      min: 0,
      max: Infinity,
      minInclusive: false,
      maxInclusive: false,
      description:
        'Scale of the negative part; the output tends to −alpha for very negative inputs.',
    },
  ],
  formula: String.raw`f(x) = \max(0, x) + \min\!\left(0,\ \alpha \left(e^{x/\alpha} - 1\right)\right)`,
  derivative: String.raw`f'(x) = \begin{cases} 1 & x > 0 \\ e^{x/\alpha} & x \le 0 \end{cases}`,
  range: { min: -1, max: Infinity, minInclusive: false, maxInclusive: false },
  properties: {
    monotonic: true,
    bounded: false,
    zeroCentred: true,
    smooth: true,
    saturating: true,
    sparse: false,
  },
  kinks: [],
  usefulGradient: true,
  gain: {
    variancePreserving: 1.2451983007007066,
  },
  frameworks: {
    pytorch: { name: 'torch.nn.functional.celu' },
    keras: { name: 'keras.activations.celu' },
  },
  note: 'An ELU whose slope at 0 is 1 for every alpha, so unlike ELU it never has a kink; at alpha = 1 the two coincide.',
};
