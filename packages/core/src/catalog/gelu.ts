/** Catalog entries of the Gaussian error linear unit, exact and in its tanh approximation. */
import type { ActivationInfo } from '../activation.js';

/** GELU, x·Φ(x) with the exact standard normal CDF. */
export const geluInfo: ActivationInfo = {
  id: 'gelu',
  name: 'GELU',
  aliases: ['gelu_exact', 'gelu_erf'],
  kind: 'scalar',
  params: [],
  formula: String.raw`f(x) = x\,\Phi(x) = \frac{x}{2}\left(1 + \operatorname{erf}\!\left(\frac{x}{\sqrt{2}}\right)\right)`,
  derivative: String.raw`f'(x) = \Phi(x) + \frac{x}{\sqrt{2\pi}}\, e^{-x^2/2}`,
  range: { min: -0.16997120747990366, max: Infinity, minInclusive: true, maxInclusive: false },
  properties: {
    monotonic: false,
    bounded: false,
    zeroCentred: true,
    smooth: true,
    saturating: true,
    sparse: false,
  },
  kinks: [],
  usefulGradient: true,
  gain: {
    variancePreserving: 1.5335304411955353,
  },
  frameworks: {
    pytorch: { name: 'torch.nn.functional.gelu' },
    keras: {
      name: 'keras.activations.gelu',
      note: 'approximate=False is the default here, but keras.ops.gelu defaults to approximate=True (the tanh form).',
    },
    tfjs: {
      name: "tf.layers.activation({ activation: 'gelu' })",
      note: 'tfjs-layers only (added in 2024); tfjs-core has no gelu op.',
    },
  },
  note: 'Weights each input by the probability that a standard normal variable lies below it: a smooth ReLU that dips slightly below zero (minimum about −0.17 near x = −0.75). The standard activation in Transformers such as BERT and GPT.',
};

/** GELU in the tanh approximation, as in the original BERT and GPT-2 code. */
export const geluTanhInfo: ActivationInfo = {
  id: 'gelu_tanh',
  name: 'GELU (tanh approximation)',
  aliases: ['gelu_new', 'gelu_approx', 'approximate_gelu', 'gelu_pytorch_tanh'],
  kind: 'scalar',
  params: [],
  formula: String.raw`f(x) = \frac{x}{2}\left(1 + \tanh u\right), \quad u = \sqrt{2/\pi}\,\left(x + 0.044715\,x^3\right)`,
  derivative: String.raw`f'(x) = \frac{1}{2}\left(1 + \tanh u\right) + \frac{x}{2}\left(1 - \tanh^2 u\right) \sqrt{2/\pi}\,\left(1 + 0.134145\,x^2\right)`,
  range: { min: -0.17004075057125406, max: Infinity, minInclusive: true, maxInclusive: false },
  properties: {
    monotonic: false,
    bounded: false,
    zeroCentred: true,
    smooth: true,
    saturating: true,
    sparse: false,
  },
  kinks: [],
  usefulGradient: true,
  gain: {
    variancePreserving: 1.533580521666147,
  },
  frameworks: {
    pytorch: {
      name: 'torch.nn.functional.gelu',
      note: "Pass approximate='tanh'; the default is the exact erf form.",
    },
    keras: {
      name: 'keras.activations.gelu',
      note: 'Pass approximate=True; the default is the exact erf form.',
    },
    tfjs: {
      name: "tf.layers.activation({ activation: 'gelu_new' })",
      note: 'tfjs-layers only (added in 2024).',
    },
  },
  note: 'A tanh-based approximation of GELU, less than 0.0005 from the exact curve, that was cheaper before fast erf was common. Use it only to reproduce models trained with it, such as GPT-2, since mixing the two forms changes outputs slightly.',
};
