/** Catalog entries of the self-gated activations, which multiply the input by a gate of itself. */
import type { ActivationInfo } from '../activation.js';

/** SiLU (swish), x·σ(βx). */
export const siluInfo: ActivationInfo = {
  id: 'silu',
  name: 'SiLU (swish)',
  aliases: ['swish'],
  kind: 'scalar',
  params: [
    {
      name: 'beta',
      default: 1,
      min: 0,
      max: Infinity,
      minInclusive: false,
      maxInclusive: false,
      description: 'Sharpness of the sigmoid gate: large beta approaches ReLU.',
    },
  ],
  formula: String.raw`f(x) = x\,\sigma(\beta x) = \frac{x}{1 + e^{-\beta x}}`,
  derivative: String.raw`f'(x) = \sigma(\beta x) + \beta x\,\sigma(\beta x)\left(1 - \sigma(\beta x)\right)`,
  range: { min: -0.2784645427610738, max: Infinity, minInclusive: true, maxInclusive: false },
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
    variancePreserving: 1.676532470331091,
  },
  frameworks: {
    pytorch: { name: 'torch.nn.functional.silu', note: 'No beta argument (β = 1).' },
    keras: {
      name: 'keras.activations.silu',
      note: 'Also exported as keras.activations.swish; no beta argument (β = 1).',
    },
    tfjs: {
      name: "tf.layers.activation({ activation: 'swish' })",
      note: 'tfjs-layers only, with β = 1.',
    },
  },
  note: 'The input gated by its own sigmoid: a smooth ReLU-like curve with a small dip below zero (minimum about −0.28), found by automated search to beat ReLU in deep networks. Used in EfficientNet and, inside SwiGLU, in many language models.',
};

/** Hard SiLU (hard swish), x·ReLU6(x + 3)/6. */
export const hardSiluInfo: ActivationInfo = {
  id: 'hard_silu',
  name: 'Hard SiLU (hard swish)',
  aliases: ['hard_swish', 'hardswish', 'hardsilu'],
  kind: 'scalar',
  params: [],
  formula: String.raw`f(x) = x\,\frac{\operatorname{ReLU6}(x + 3)}{6} = \begin{cases} 0 & x \le -3 \\ \frac{x (x + 3)}{6} & -3 < x < 3 \\ x & x \ge 3 \end{cases}`,
  derivative: String.raw`f'(x) = \begin{cases} 0 & x \le -3 \\ \frac{2x + 3}{6} & -3 < x < 3 \\ 1 & x \ge 3 \end{cases}`,
  range: { min: -0.375, max: Infinity, minInclusive: true, maxInclusive: false },
  properties: {
    monotonic: false,
    bounded: false,
    zeroCentred: true,
    smooth: false,
    saturating: true,
    sparse: true,
  },
  kinks: [
    { x: -3, derivative: 0 },
    { x: 3, derivative: 1 },
  ],
  kinkConvention:
    'At −3 the slope jumps from 0 to −1/2 and at 3 from 3/2 to 1; the derivative used at each is that of the outer piece, 0 at −3 and 1 at 3.',
  usefulGradient: true,
  gain: {
    variancePreserving: 1.7366572127665416,
  },
  frameworks: {
    pytorch: {
      name: 'torch.nn.functional.hardswish',
      note: "Autograd in releases up to at least 2.6 uses the middle piece's slope at exactly x = ±3, giving −0.5 and 1.5 instead of 0 and 1.",
    },
    keras: {
      name: 'keras.activations.hard_silu',
      note: 'Also exported as keras.activations.hard_swish.',
    },
  },
  note: 'A piecewise-polynomial SiLU built from ReLU6, cheap enough for phones; introduced with MobileNetV3. It is exactly 0 below −3 and exactly x above 3, with a dip to −0.375 at x = −1.5.',
};

/** Mish, x·tanh(softplus(x)). */
export const mishInfo: ActivationInfo = {
  id: 'mish',
  name: 'Mish',
  aliases: [],
  kind: 'scalar',
  params: [],
  formula: String.raw`f(x) = x \tanh\left(\operatorname{softplus}(x)\right) = x \tanh\left(\log\left(1 + e^{x}\right)\right)`,
  derivative: String.raw`f'(x) = \tanh\left(\operatorname{softplus}(x)\right) + x\,\sigma(x)\left(1 - \tanh^2\left(\operatorname{softplus}(x)\right)\right)`,
  range: { min: -0.30884341301725043, max: Infinity, minInclusive: true, maxInclusive: false },
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
    variancePreserving: 1.486847581273208,
  },
  frameworks: {
    pytorch: { name: 'torch.nn.functional.mish' },
    keras: { name: 'keras.activations.mish' },
    tfjs: { name: "tf.layers.activation({ activation: 'mish' })", note: 'tfjs-layers only.' },
  },
  note: 'A smooth self-gated curve close to SiLU, with a slightly deeper dip below zero (minimum about −0.31); popular in YOLOv4-era object detectors. It costs an exponential, a logarithm and a tanh per input.',
};
