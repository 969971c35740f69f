/** The whole catalog: one serializable metadata entry per activation. */
import type { ActivationInfo } from '../activation.js';
import { celuInfo, eluInfo, seluInfo } from './exponential-linear.js';
import { arctanInfo, exponentialInfo, gaussianInfo, sinInfo } from './elementary.js';
import { geluInfo, geluTanhInfo } from './gelu.js';
import { gluInfo } from './glu.js';
import {
  leakyReluInfo,
  preluInfo,
  relu6Info,
  reluInfo,
  rreluInfo,
  thresholdInfo,
} from './rectifiers.js';
import { hardSiluInfo, mishInfo, siluInfo } from './self-gated.js';
import { hardShrinkInfo, softShrinkInfo } from './shrink.js';
import { hardSigmoidInfo, logSigmoidInfo, sigmoidInfo, sparseSigmoidInfo } from './sigmoid.js';
import { logSoftmaxInfo, softmaxInfo, softminInfo } from './softmax.js';
import { softplusInfo, sparsePlusInfo, squareplusInfo } from './softplus.js';
import { sparsemaxInfo } from './sparsemax.js';
import { binaryStepInfo, linearInfo } from './step-linear.js';
import { hardTanhInfo, softsignInfo, tanhInfo, tanhShrinkInfo } from './tanh.js';

/**
 * Metadata of every activation, scalar ones first in the order of `SCALAR_IDS`, then vector ones
 * in the order of `VECTOR_IDS`. Plain data with no functions; `JSON.stringify` turns the infinite
 * ends of ranges into `null`, so encode those explicitly when serializing.
 */
export const catalog: readonly ActivationInfo[] = [
  binaryStepInfo,
  linearInfo,
  reluInfo,
  thresholdInfo,
  relu6Info,
  leakyReluInfo,
  preluInfo,
  rreluInfo,
  eluInfo,
  seluInfo,
  celuInfo,
  geluInfo,
  geluTanhInfo,
  sigmoidInfo,
  hardSigmoidInfo,
  logSigmoidInfo,
  sparseSigmoidInfo,
  tanhInfo,
  hardTanhInfo,
  tanhShrinkInfo,
  softsignInfo,
  softplusInfo,
  sparsePlusInfo,
  squareplusInfo,
  siluInfo,
  hardSiluInfo,
  mishInfo,
  softShrinkInfo,
  hardShrinkInfo,
  exponentialInfo,
  arctanInfo,
  sinInfo,
  gaussianInfo,
  softmaxInfo,
  logSoftmaxInfo,
  softminInfo,
  sparsemaxInfo,
  gluInfo,
];
