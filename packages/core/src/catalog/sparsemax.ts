/** Catalog entry of sparsemax, the Euclidean projection of a score vector onto the probability simplex. */
import type { ActivationInfo } from '../activation.js';

/** Sparsemax (Martins & Astudillo, 2016): like softmax, but low scores get probability exactly 0. */
export const sparsemaxInfo: ActivationInfo = {
  id: 'sparsemax',
  name: 'Sparsemax',
  aliases: ['sparse_max'],
  kind: 'vector',
  params: [],
  formula: String.raw`y_i = \max\!\left(0,\ x_i - \tau(x)\right), \quad \text{where } \sum_{j} \max\!\left(0,\ x_j - \tau(x)\right) = 1`,
  derivative: String.raw`\frac{\partial y_i}{\partial x_j} = s_i \left(\delta_{ij} - \frac{s_j}{\lvert S \rvert}\right), \quad s_k = [\,y_k > 0\,],\ \lvert S \rvert = \textstyle\sum_k s_k`,
  range: { min: 0, max: 1, minInclusive: true, maxInclusive: true },
  properties: {
    monotonic: true,
    bounded: true,
    zeroCentred: false,
    smooth: false,
    saturating: true,
    sparse: true,
  },
  kinks: [],
  kinkConvention:
    'The Jacobian changes where an output enters or leaves the support {i : y_i > 0}; there an output equal to 0 counts as outside the support, so its row and column are 0.',
  usefulGradient: true,
  frameworks: {
    keras: { name: 'keras.activations.sparsemax' },
  },
  note: 'Turns scores into a probability distribution like softmax, but scores far enough below the top get probability exactly 0, giving sparse, easier-to-read attention weights or class probabilities. Where an output is 0 its gradient is 0 too.',
};
