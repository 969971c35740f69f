/**
 * The TF.js contender for training: the same network as actlab's, its variables copied from
 * actlab's initial weights (transposed to TF.js's [inputs, units] kernels), trained by the manual
 * loop the issue names: `optimizer.minimize(() => loss)` per batch with `tf.train.sgd`. The output
 * layer is kept as logits and the loss taken from them (`tf.losses.sigmoidCrossEntropy`,
 * `tf.losses.softmaxCrossEntropy`), which is what actlab's fused sigmoid/softmax losses compute.
 */
import type { Network } from '@actlab/train';
import * as tf from '@tensorflow/tfjs-core';
// `minimize` needs the gradients of every op used, which only the union package's bundle registers
// with tfjs-core (see ../tfjs.ts).
import '@tensorflow/tfjs';
import { gatherRows, oneHot, transposed } from './batches.js';

/** How the last layer's logits become a loss. */
export type Head = 'sigmoid-bce' | 'softmax-ce';

/** Hidden-layer activations TF.js is given, by actlab id. */
const HIDDEN_ACTIVATIONS: Readonly<Record<string, (x: tf.Tensor) => tf.Tensor>> = {
  tanh: (x) => tf.tanh(x),
  relu: (x) => tf.relu(x),
};

/** One batch as tensors on the backend that was active when it was made. */
export interface TfjsBatch {
  /** Inputs, [rows, inputSize]. */
  readonly xs: tf.Tensor2D;
  /** Targets: 0/1 labels [rows, 1] for sigmoid-bce, one-hot [rows, classes] for softmax-ce. */
  readonly ys: tf.Tensor2D;
  /** Examples in the batch. */
  readonly rows: number;
}

/** A network as TF.js variables with its optimizer. */
export interface TfjsMlp {
  /** One SGD step on `batch`; with `withLoss`, returns the batch's mean loss before the update. */
  step(batch: TfjsBatch, withLoss: boolean): number | undefined;
  /** The current weights of layer `l`, transposed back to actlab's units x inputs, and its biases. */
  read(l: number): { weights: Float32Array; biases: Float32Array };
  /** Frees the variables and the optimizer. */
  dispose(): void;
}

/** The head the output layer's activation implies, or an error for one this contender lacks. */
export function headFor(network: Network): Head {
  const id = network.layers[network.layers.length - 1]?.act.id;
  if (id === 'sigmoid') return 'sigmoid-bce';
  if (id === 'softmax') return 'softmax-ce';
  throw new Error(`the TF.js contender has no loss for a ${String(id)} output layer`);
}

/** A variable initialized from `initial`, which is then freed (the variable keeps its data). */
function variableFrom(initial: tf.Tensor): tf.Variable {
  const v = tf.variable(initial);
  initial.dispose();
  return v;
}

/**
 * TF.js variables holding `network`'s current weights, on the active backend, trained with SGD at
 * `learningRate`. Hidden layers must be tanh or relu; the last layer sigmoid (with binary
 * cross-entropy) or softmax (with cross-entropy).
 */
export function createTfjsMlp(network: Network, learningRate: number): TfjsMlp {
  const head = headFor(network);
  const last = network.layers.length - 1;
  const acts = network.layers.map((layer, l) => {
    if (l === last) return undefined;
    const act = HIDDEN_ACTIVATIONS[layer.act.id];
    if (act === undefined) throw new Error(`the TF.js contender has no ${layer.act.id} layer`);
    return act;
  });
  const kernels = network.layers.map((layer) =>
    variableFrom(
      tf.tensor2d(transposed(layer.weights, layer.rows, layer.inputSize), [
        layer.inputSize,
        layer.rows,
      ]),
    ),
  );
  const biases = network.layers.map((layer) =>
    variableFrom(tf.tensor1d(Float32Array.from(layer.biases))),
  );
  const variables = [...kernels, ...biases];
  const optimizer = tf.train.sgd(learningRate);

  const loss = (batch: TfjsBatch): tf.Scalar => {
    let h: tf.Tensor = batch.xs;
    for (let l = 0; l <= last; l++) {
      h = tf.add(tf.matMul(h, kernels[l] as tf.Variable), biases[l] as tf.Variable);
      const act = acts[l];
      if (act !== undefined) h = act(h);
    }
    return head === 'sigmoid-bce'
      ? tf.losses.sigmoidCrossEntropy(batch.ys, h)
      : tf.losses.softmaxCrossEntropy(batch.ys, h);
  };

  return {
    step(batch, withLoss) {
      const cost = optimizer.minimize(() => loss(batch), withLoss, variables);
      if (cost === null) return undefined;
      const value = (cost.dataSync() as Float32Array)[0] as number;
      cost.dispose();
      return value;
    },
    read(l) {
      const layer = network.layers[l] as Network['layers'][number];
      const kernel = (kernels[l] as tf.Variable).dataSync() as Float32Array;
      return {
        weights: transposed(kernel, layer.inputSize, layer.rows),
        biases: (biases[l] as tf.Variable).dataSync() as Float32Array,
      };
    },
    dispose() {
      for (const v of variables) v.dispose();
      optimizer.dispose();
    },
  };
}

/**
 * The batch of rows `rows` of a dataset as tensors on the active backend: inputs in float32,
 * targets as 0/1 labels (`sigmoid-bce`) or one-hot over `classes` (`softmax-ce`).
 */
export function tfjsBatch(
  data: {
    readonly inputs: Float64Array;
    readonly targets: Float64Array;
    readonly inputSize: number;
  },
  rows: ArrayLike<number>,
  head: Head,
  classes: number,
): TfjsBatch {
  const n = rows.length;
  const xs = gatherRows(data.inputs, data.inputSize, rows, new Float32Array(n * data.inputSize));
  const ys =
    head === 'softmax-ce'
      ? tf.tensor2d(oneHot(data.targets, rows, classes), [n, classes])
      : tf.tensor2d(gatherRows(data.targets, 1, rows, new Float32Array(n)), [n, 1]);
  return { xs: tf.tensor2d(xs, [n, data.inputSize]), ys, rows: n };
}

/** Frees the tensors of `batches`. */
export function disposeBatches(batches: readonly TfjsBatch[]): void {
  for (const b of batches) {
    b.xs.dispose();
    b.ys.dispose();
  }
}
