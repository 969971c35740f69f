/** Catalog entries of elementary functions used as activations: exp, arctan, sin and the Gaussian. */
import type { ActivationInfo } from '../activation.js';

/** Exponential, e^x. */
export const exponentialInfo: ActivationInfo = {
  id: 'exponential',
  name: 'Exponential',
  aliases: ['exp'],
  kind: 'scalar',
  params: [],
  formula: String.raw`f(x) = e^{x}`,
  derivative: String.raw`f'(x) = e^{x}`,
  range: { min: 0, max: Infinity, minInclusive: false, maxInclusive: false },
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
    variancePreserving: 0.36787944117144233,
  },
  frameworks: {
    pytorch: { name: 'torch.exp' },
    keras: { name: 'keras.activations.exponential' },
    tfjs: { name: 'tf.exp' },
  },
  note: 'Maps any input to a positive number, e.g. a rate or a scale predicted in log space. It overflows to Infinity past x ≈ 709.8 and its gradient explodes for large inputs, so it is used at outputs, not in hidden layers.',
};

/** Arctangent, atan(x). */
export const arctanInfo: ActivationInfo = {
  id: 'arctan',
  name: 'Arctan',
  aliases: ['atan'],
  kind: 'scalar',
  params: [],
  formula: String.raw`f(x) = \arctan x`,
  derivative: String.raw`f'(x) = \frac{1}{1 + x^2}`,
  range: {
    min: -1.5707963267948966,
    max: 1.5707963267948966,
    minInclusive: false,
    maxInclusive: false,
  },
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
    variancePreserving: 1.491207618134209,
  },
  frameworks: {
    pytorch: { name: 'torch.atan' },
    keras: { name: 'keras.ops.arctan', note: 'A math op, not a named activation.' },
    tfjs: { name: 'tf.atan' },
  },
  note: 'A zero-centred S-curve into (−π/2, π/2) like tanh, but it approaches its bounds polynomially, so its gradient decays much more slowly (like 1/x²).',
};

/** Sine, sin(x). */
export const sinInfo: ActivationInfo = {
  id: 'sin',
  name: 'Sine',
  aliases: ['sine', 'sinusoid'],
  kind: 'scalar',
  params: [],
  formula: String.raw`f(x) = \sin x`,
  derivative: String.raw`f'(x) = \cos x`,
  range: { min: -1, max: 1, minInclusive: true, maxInclusive: true },
  properties: {
    monotonic: false,
    bounded: true,
    zeroCentred: true,
    smooth: true,
    saturating: false,
    sparse: false,
  },
  kinks: [],
  usefulGradient: true,
  gain: {
    variancePreserving: 1.5208666231788148,
  },
  frameworks: {
    pytorch: { name: 'torch.sin' },
    keras: { name: 'keras.ops.sin', note: 'A math op, not a named activation.' },
    tfjs: { name: 'tf.sin' },
  },
  note: 'A periodic activation: networks built from it (SIREN) represent signals such as images, sound and 3-D shapes with fine detail. It needs a specially scaled initialization, since the same output recurs at many inputs.',
};

/** Gaussian bump, e^{−x²}. */
export const gaussianInfo: ActivationInfo = {
  id: 'gaussian',
  name: 'Gaussian',
  aliases: ['gauss', 'rbf'],
  kind: 'scalar',
  params: [],
  formula: String.raw`f(x) = e^{-x^2}`,
  derivative: String.raw`f'(x) = -2x\,e^{-x^2}`,
  range: { min: 0, max: 1, minInclusive: false, maxInclusive: true },
  properties: {
    monotonic: false,
    bounded: true,
    zeroCentred: false,
    smooth: true,
    saturating: true,
    sparse: false,
  },
  kinks: [],
  usefulGradient: true,
  gain: {
    variancePreserving: 1.4953487812212205,
  },
  frameworks: {},
  note: 'A bell curve that responds most to inputs near 0 and fades on both sides, as in radial basis function networks. Its gradient vanishes quickly away from 0, so it is rarely used in deep networks.',
};
