/** Catalog entries of the smooth rectifiers: softplus, sparse plus and squareplus. */
import type { ActivationInfo } from '../activation.js';

/** Softplus, log(1 + e^{βx}) / β: a smooth ReLU. */
export const softplusInfo: ActivationInfo = {
  id: 'softplus',
  name: 'Softplus',
  aliases: ['soft_plus'],
  kind: 'scalar',
  params: [
    {
      name: 'beta',
      default: 1,
      min: 0,
      max: Infinity,
      minInclusive: false,
      maxInclusive: false,
      description: 'Sharpness: larger beta brings the curve closer to ReLU.',
    },
  ],
  formula: String.raw`f(x) = \frac{1}{\beta} \log\left(1 + e^{\beta x}\right)`,
  derivative: String.raw`f'(x) = \sigma(\beta x) = \frac{1}{1 + e^{-\beta x}}`,
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
    variancePreserving: 1.0418668355353018,
  },
  frameworks: {
    pytorch: {
      name: 'torch.nn.functional.softplus',
      note: 'threshold=20 by default: where βx > 20 it returns x itself; actlab keeps the exact formula everywhere.',
    },
    keras: { name: 'keras.activations.softplus', note: 'No beta argument (β = 1).' },
    tfjs: { name: 'tf.softplus', note: 'No beta argument (β = 1).' },
  },
  note: 'A smooth version of ReLU whose derivative is the sigmoid, so it never has exactly zero gradient. Its output is always positive, which suits parameters that must be positive, such as a standard deviation.',
};

/** Sparse plus: 0 below −1, (x + 1)²/4 between, x above 1. */
export const sparsePlusInfo: ActivationInfo = {
  id: 'sparse_plus',
  name: 'Sparse plus',
  aliases: ['sparseplus'],
  kind: 'scalar',
  params: [],
  formula: String.raw`f(x) = \begin{cases} 0 & x \le -1 \\ \frac{(x + 1)^2}{4} & -1 < x < 1 \\ x & x \ge 1 \end{cases}`,
  derivative: String.raw`f'(x) = \begin{cases} 0 & x \le -1 \\ \frac{x + 1}{2} & -1 < x < 1 \\ 1 & x \ge 1 \end{cases}`,
  range: { min: 0, max: Infinity, minInclusive: true, maxInclusive: false },
  properties: {
    monotonic: true,
    bounded: false,
    zeroCentred: false,
    smooth: true,
    saturating: true,
    sparse: true,
  },
  kinks: [],
  usefulGradient: true,
  gain: {
    variancePreserving: 1.3803368628588104,
  },
  frameworks: {
    keras: { name: 'keras.activations.sparse_plus' },
  },
  note: 'A softplus-shaped curve built from a parabola joining 0 and x, so it is smooth yet outputs exact zeros below −1. Units can still die there, as with ReLU.',
};

/** Squareplus, (x + √(x² + b)) / 2: a softplus-like curve using only a square root. */
export const squareplusInfo: ActivationInfo = {
  id: 'squareplus',
  name: 'Squareplus',
  aliases: ['square_plus'],
  kind: 'scalar',
  params: [
    {
      name: 'b',
      default: 4,
      min: 0,
      max: Infinity,
      minInclusive: false,
      maxInclusive: false,
      description: 'Smoothness: the width of the curved region around 0 (b → 0 gives ReLU).',
    },
  ],
  formula: String.raw`f(x) = \frac{x + \sqrt{x^2 + b}}{2}`,
  derivative: String.raw`f'(x) = \frac{1}{2}\left(1 + \frac{x}{\sqrt{x^2 + b}}\right)`,
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
    variancePreserving: 0.816496580927726,
  },
  frameworks: {
    keras: { name: 'keras.activations.squareplus' },
  },
  note: 'Behaves like softplus but needs only a square root, no exponential or logarithm, so it is cheaper and never overflows. At the default b = 4 it passes through f(0) = 1.',
};
