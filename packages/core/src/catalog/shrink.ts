/** Catalog entries of the shrinkage functions, which zero a band of small inputs around 0. */
import type { ActivationInfo } from '../activation.js';

/** Soft shrink (soft thresholding): moves inputs towards 0 by lambda, zeroing those within lambda. */
export const softShrinkInfo: ActivationInfo = {
  id: 'soft_shrink',
  name: 'Soft shrink',
  aliases: ['softshrink'],
  kind: 'scalar',
  params: [
    {
      name: 'lambda',
      default: 0.5,
      min: 0,
      max: Infinity,
      minInclusive: true,
      maxInclusive: false,
      description: 'Half-width of the band around 0 that is set to 0.',
    },
  ],
  formula: String.raw`f(x) = \begin{cases} x - \lambda & x > \lambda \\ x + \lambda & x < -\lambda \\ 0 & |x| \le \lambda \end{cases}`,
  derivative: String.raw`f'(x) = \begin{cases} 1 & |x| > \lambda \\ 0 & |x| \le \lambda \end{cases}`,
  range: { min: -Infinity, max: Infinity, minInclusive: false, maxInclusive: false },
  properties: {
    monotonic: true,
    bounded: false,
    zeroCentred: true,
    smooth: false,
    saturating: false,
    sparse: true,
  },
  kinks: [
    { x: -0.5, derivative: 0 },
    { x: 0.5, derivative: 0 },
  ],
  kinkConvention: 'At both corners, −lambda and lambda, the derivative used is 0.',
  usefulGradient: true,
  gain: {
    variancePreserving: 1.5443605282801334,
  },
  frameworks: {
    pytorch: {
      name: 'torch.nn.functional.softshrink',
      note: 'The parameter is spelled lambd.',
    },
    keras: {
      name: 'keras.activations.soft_shrink',
      note: 'The parameter is called threshold.',
    },
  },
  note: 'The soft-thresholding step of sparse coding and LASSO: small inputs become exactly 0 and the rest shrink towards 0 by lambda, with no jump. Used to make representations sparse rather than as a general hidden activation.',
};

/** Hard shrink (hard thresholding): keeps inputs beyond lambda unchanged and zeroes the rest. */
export const hardShrinkInfo: ActivationInfo = {
  id: 'hard_shrink',
  name: 'Hard shrink',
  aliases: ['hardshrink'],
  kind: 'scalar',
  params: [
    {
      name: 'lambda',
      default: 0.5,
      min: 0,
      max: Infinity,
      minInclusive: true,
      maxInclusive: false,
      description: 'Half-width of the band around 0 that is set to 0.',
    },
  ],
  formula: String.raw`f(x) = \begin{cases} x & |x| > \lambda \\ 0 & |x| \le \lambda \end{cases}`,
  derivative: String.raw`f'(x) = \begin{cases} 1 & |x| > \lambda \\ 0 & |x| \le \lambda \end{cases}`,
  range: { min: -Infinity, max: Infinity, minInclusive: false, maxInclusive: false },
  properties: {
    monotonic: true,
    bounded: false,
    zeroCentred: true,
    smooth: false,
    saturating: false,
    sparse: true,
  },
  kinks: [
    { x: -0.5, derivative: 0 },
    { x: 0.5, derivative: 0 },
  ],
  kinkConvention: 'f jumps at −lambda and lambda; the derivative used at both is 0.',
  usefulGradient: true,
  gain: {
    variancePreserving: 1.015796354719734,
  },
  frameworks: {
    pytorch: {
      name: 'torch.nn.functional.hardshrink',
      note: 'The parameter is spelled lambd.',
    },
    keras: {
      name: 'keras.activations.hard_shrink',
      note: 'The parameter is called threshold.',
    },
  },
  note: 'Keeps inputs larger than lambda in size and sets the rest to exactly 0, so the output jumps at ±lambda. It denoises by discarding small values; the jumps make it less stable to train through than soft shrink.',
};
