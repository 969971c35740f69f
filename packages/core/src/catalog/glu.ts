/** Catalog entry of the gated linear unit. */
import type { ActivationInfo } from '../activation.js';

/** Gated linear unit: the first half of the input, gated by the sigmoid of the second half. */
export const gluInfo: ActivationInfo = {
  id: 'glu',
  name: 'GLU (gated linear unit)',
  aliases: ['gated_linear_unit'],
  kind: 'vector',
  params: [],
  formula: String.raw`y_i = a_i\,\sigma(b_i), \quad a = (x_1, \dots, x_n),\ b = (x_{n+1}, \dots, x_{2n})`,
  derivative: String.raw`\frac{\partial y_i}{\partial a_j} = \delta_{ij}\,\sigma(b_i), \quad \frac{\partial y_i}{\partial b_j} = \delta_{ij}\,a_i\,\sigma(b_i)\left(1 - \sigma(b_i)\right)`,
  range: { min: -Infinity, max: Infinity, minInclusive: false, maxInclusive: false },
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
  frameworks: {
    pytorch: { name: 'torch.nn.functional.glu' },
    keras: { name: 'keras.activations.glu' },
  },
  note: 'Splits an even-length input into halves a and b and lets the sigmoid of b decide how much of a passes, so the output is half as long. A learned gate, used in convolutional language models and, with the sigmoid swapped for SiLU or GELU, in Transformer feed-forward layers (SwiGLU, GeGLU).',
};
