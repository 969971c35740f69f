/**
 * Losses with PyTorch's definitions and mean reduction: `mse` (mean over all elements of (y - t)^2),
 * `binary_cross_entropy` (from logits when the output is sigmoid or linear, so it never takes
 * log 0) and `cross_entropy` (softmax or linear output, integer class targets, from logits). Each
 * computes one example's loss and dL/dz of the output layer.
 */
import { activation } from '@actlab/core';
import type { Task } from './datasets/dataset.js';
import { TrainError } from './errors.js';
import type { Layer } from './network.js';
import { activationBackward } from './network.js';

/** Ids of the losses. */
export const LOSS_IDS = ['mse', 'binary_cross_entropy', 'cross_entropy'] as const;

/** A loss id. */
export type LossId = (typeof LOSS_IDS)[number];

/** Metadata of a loss, for UIs and the API. */
export interface LossInfo {
  /** Id as used in configurations. */
  readonly id: LossId;
  /** Display name. */
  readonly name: string;
  /** What targets it expects. */
  readonly targets: string;
  /** LaTeX of the per-example loss. */
  readonly formula: string;
}

/** The losses' metadata. */
export const LOSSES: readonly LossInfo[] = [
  {
    id: 'mse',
    name: 'Mean squared error',
    targets: 'one real value per output',
    formula: String.raw`\frac{1}{n}\sum_j (y_j - t_j)^2`,
  },
  {
    id: 'binary_cross_entropy',
    name: 'Binary cross-entropy',
    targets: 'one 0/1 label per output',
    formula: String.raw`-\frac{1}{n}\sum_j t_j \log y_j + (1 - t_j)\log(1 - y_j)`,
  },
  {
    id: 'cross_entropy',
    name: 'Cross-entropy',
    targets: 'one class index per example',
    formula: String.raw`-\log \operatorname{softmax}(z)_t`,
  },
];

/** Throws INVALID_CONFIG unless `id` is a loss id. */
export function checkLossId(id: unknown, path = 'loss'): LossId {
  if (typeof id === 'string' && (LOSS_IDS as readonly string[]).includes(id)) return id as LossId;
  throw new TrainError(
    'INVALID_CONFIG',
    `unknown loss ${JSON.stringify(id)}; use one of ${LOSS_IDS.join(', ')}`,
    path,
  );
}

/**
 * INVALID_CONFIG (path `loss`) unless `loss` suits a dataset's task: cross_entropy takes class
 * indices, so it goes with multiclass data and only there.
 */
export function checkLossFitsTask(loss: LossId, task: Task, dataset: string): void {
  if ((loss === 'cross_entropy') === (task === 'multiclass')) return;
  throw new TrainError(
    'INVALID_CONFIG',
    loss === 'cross_entropy'
      ? `cross_entropy needs class targets, but ${dataset} is a ${task} dataset`
      : `${dataset} has class targets: use cross_entropy`,
    'loss',
  );
}

/** How a loss reads the output layer: fused with its activation where that is exact and stable. */
export type OutputMode =
  | 'generic' // dL/da through the activation's derivative
  | 'bce-sigmoid' // BCE from the sigmoid's logit z: dL/dz = sigmoid(z) - t
  | 'bce-logit' // BCE from a linear output taken as the logit
  | 'ce-softmax' // CE from softmax's logits z/T: dL/dz = (p - onehot)/T
  | 'ce-logit' // CE from a linear output taken as logits
  | 'ce-log-softmax'; // CE from log-probabilities: -a_t

/** Chooses how `loss` reads an output layer, or throws INVALID_CONFIG for a pairing that makes no sense. */
export function outputMode(loss: LossId, output: Layer): OutputMode {
  const id = output.act.id;
  if (loss === 'binary_cross_entropy') {
    if (id === 'sigmoid') return 'bce-sigmoid';
    if (id === 'linear') return 'bce-logit';
    return 'generic';
  }
  if (loss === 'cross_entropy') {
    if (id === 'softmax') return 'ce-softmax';
    if (id === 'linear') return 'ce-logit';
    if (id === 'log_softmax') return 'ce-log-softmax';
    throw new TrainError(
      'INVALID_CONFIG',
      `cross_entropy needs a softmax (or linear logits, or log_softmax) output layer, not ${id}`,
      'loss',
    );
  }
  return 'generic';
}

/** Core's exact softplus and sigmoid, for the losses read from logits. */
const SOFTPLUS = activation('softplus');
const SIGMOID = activation('sigmoid');

/** log p clamped at -100, as PyTorch's BCELoss does, so a 0 probability costs 100, not Infinity. */
function clampedLog(p: number): number {
  return Math.max(Math.log(p), -100);
}

/**
 * softmax of z/T into p (stable), returning log-sum-exp of z/T. Written here rather than taken from
 * core's softmax, which returns a new array: the training loop must not allocate.
 */
export function softmaxInto(z: Float64Array, n: number, t: number, p: Float64Array): number {
  let max = -Infinity;
  for (let i = 0; i < n; i++) max = Math.max(max, (z[i] as number) / t);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const e = Math.exp((z[i] as number) / t - max);
    p[i] = e;
    sum += e;
  }
  for (let i = 0; i < n; i++) p[i] = (p[i] as number) / sum;
  return max + Math.log(sum);
}

/**
 * One example's loss, and its dL/dz for the output layer written into `delta` (divided by
 * `batch`, the number of examples averaged; 0 computes the loss alone). `targets` holds the
 * example's targets at `offset` (one class index for cross-entropy). `scratch` must hold at least
 * the layer's rows. Integers in, the loss written to `result[0]`: a double passed to or returned from
 * a call V8 does not inline is boxed, and training must not allocate.
 */
export function lossAndDelta(
  mode: OutputMode,
  loss: LossId,
  layer: Layer,
  z: Float64Array,
  a: Float64Array,
  targets: Float64Array,
  offset: number,
  batch: number,
  delta: Float64Array,
  scratch: Float64Array,
  result: Float64Array,
): void {
  const scale = batch === 0 ? 0 : 1 / batch;
  const n = layer.units;
  switch (mode) {
    case 'bce-sigmoid':
    case 'bce-logit': {
      // From the logit: softplus(x) - t x, gradient sigmoid(x) - t (times the linear slope).
      const slope = mode === 'bce-logit' ? (layer.act.params.slope as number) : 1;
      let total = 0;
      for (let j = 0; j < n; j++) {
        const x = mode === 'bce-sigmoid' ? (z[j] as number) : (a[j] as number);
        const t = targets[offset + j] as number;
        total += SOFTPLUS.f(x) - t * x;
        delta[j] = (scale * slope * (SIGMOID.f(x) - t)) / n;
      }
      result[0] = total / n;
      return;
    }
    case 'ce-softmax':
    case 'ce-logit': {
      const t = mode === 'ce-softmax' ? (layer.act.params.temperature as number) : 1;
      const logits = mode === 'ce-softmax' ? z : a;
      const k = targets[offset] as number;
      const lse = softmaxInto(logits, n, t, scratch);
      const slope = mode === 'ce-logit' ? (layer.act.params.slope as number) : 1;
      for (let j = 0; j < n; j++) {
        delta[j] = (scale * slope * ((scratch[j] as number) - (j === k ? 1 : 0))) / t;
      }
      result[0] = lse - (logits[k] as number) / t;
      return;
    }
    case 'ce-log-softmax': {
      const k = targets[offset] as number;
      scratch.fill(0, 0, n);
      scratch[k] = -scale;
      activationBackward(layer, z, scratch, delta);
      result[0] = -(a[k] as number);
      return;
    }
    case 'generic': {
      let total = 0;
      for (let j = 0; j < n; j++) {
        const y = a[j] as number;
        const t = targets[offset + j] as number;
        if (loss === 'mse') {
          total += (y - t) * (y - t);
          scratch[j] = (scale * 2 * (y - t)) / n;
        } else {
          total += -(t * clampedLog(y) + (1 - t) * clampedLog(1 - y));
          scratch[j] = (scale * (y - t)) / Math.max(y * (1 - y), 1e-12) / n;
        }
      }
      activationBackward(layer, z, scratch, delta);
      result[0] = total / n;
      return;
    }
  }
}

/**
 * The model's output read as what the task predicts: for BCE from a linear output, the sigmoid of
 * the logit (a probability); otherwise the activation's output as it is.
 */
export function readableOutput(mode: OutputMode, value: number): number {
  return mode === 'bce-logit' ? SIGMOID.f(value) : value;
}
