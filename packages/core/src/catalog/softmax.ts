/** Catalog entries of softmax, log-softmax and softmin, each with a temperature. */
import type { ActivationInfo, ParamSpec } from '../activation.js';

const temperature: ParamSpec = {
  name: 'temperature',
  default: 1,
  min: 0,
  max: Infinity,
  minInclusive: false,
  maxInclusive: false,
  description: 'Divides the inputs: above 1 flattens the distribution, below 1 sharpens it.',
};

/** Softmax: exponentiates and normalizes a vector of scores into a probability distribution. */
export const softmaxInfo: ActivationInfo = {
  id: 'softmax',
  name: 'Softmax',
  aliases: ['soft_max', 'normalized_exponential'],
  kind: 'vector',
  params: [temperature],
  formula: String.raw`y_i = \frac{e^{x_i / T}}{\sum_{j} e^{x_j / T}}`,
  derivative: String.raw`\frac{\partial y_i}{\partial x_j} = \frac{1}{T}\, y_i \left(\delta_{ij} - y_j\right)`,
  range: { min: 0, max: 1, minInclusive: true, maxInclusive: true },
  properties: {
    monotonic: true,
    bounded: true,
    zeroCentred: false,
    smooth: true,
    saturating: true,
    sparse: false,
  },
  kinks: [],
  usefulGradient: true,
  frameworks: {
    pytorch: {
      name: 'torch.nn.functional.softmax',
      note: 'No temperature: pass x / T. The dim argument should always be given.',
    },
    keras: { name: 'keras.activations.softmax', note: 'No temperature: pass x / T.' },
    tfjs: { name: 'tf.softmax', note: 'No temperature: pass x / T.' },
  },
  note: 'Turns a vector of raw scores (logits) into a probability distribution: every output lies between 0 and 1 and they sum to 1, with the largest score amplified by the exponential. The standard output layer for multi-class classification, the many-class generalisation of the sigmoid.',
};

/** Log-softmax: the logarithm of softmax, computed stably. */
export const logSoftmaxInfo: ActivationInfo = {
  id: 'log_softmax',
  name: 'Log-softmax',
  aliases: ['logsoftmax'],
  kind: 'vector',
  params: [temperature],
  formula: String.raw`y_i = \frac{x_i}{T} - \log \sum_{j} e^{x_j / T}`,
  derivative: String.raw`\frac{\partial y_i}{\partial x_j} = \frac{1}{T}\left(\delta_{ij} - p_j\right), \quad p = \operatorname{softmax}(x / T)`,
  range: { min: -Infinity, max: 0, minInclusive: false, maxInclusive: true },
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
  frameworks: {
    pytorch: { name: 'torch.nn.functional.log_softmax', note: 'No temperature: pass x / T.' },
    keras: { name: 'keras.activations.log_softmax', note: 'No temperature: pass x / T.' },
    tfjs: { name: 'tf.logSoftmax', note: 'No temperature: pass x / T.' },
  },
  note: 'Log-probabilities straight from the scores, accurate even where softmax would round to 0. Pair it with a negative log-likelihood loss; that pair is what cross-entropy computes.',
};

/** Softmin: softmax of the negated inputs, giving the smallest score the largest probability. */
export const softminInfo: ActivationInfo = {
  id: 'softmin',
  name: 'Softmin',
  aliases: ['soft_min'],
  kind: 'vector',
  params: [temperature],
  formula: String.raw`y_i = \frac{e^{-x_i / T}}{\sum_{j} e^{-x_j / T}}`,
  derivative: String.raw`\frac{\partial y_i}{\partial x_j} = -\frac{1}{T}\, y_i \left(\delta_{ij} - y_j\right)`,
  range: { min: 0, max: 1, minInclusive: true, maxInclusive: true },
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
  frameworks: {
    pytorch: { name: 'torch.nn.functional.softmin', note: 'No temperature: pass x / T.' },
  },
  note: 'A probability distribution that favours the smallest inputs, e.g. to turn distances or costs into weights. Each output falls as its own input grows.',
};
