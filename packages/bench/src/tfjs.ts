/**
 * The TensorFlow.js contender: every catalog function TF.js ships, as the op or the composition of
 * ops that TF.js itself uses (tfjs-core ops; tfjs-layers 4.22 activations.js and
 * advanced_activations.js for the activation strings and layers), run on the CPU backend end to
 * end from a Float64Array to a typed array, the way a caller holding float64 data would use it.
 */
import type { ScalarId } from '@actlab/core';
import * as tf from '@tensorflow/tfjs-core';
// Importing the CPU backend registers it (and its kernels) with tfjs-core.
import { version_cpu } from '@tensorflow/tfjs-backend-cpu';
// tfjs-core's Node bundle registers no gradients (tf.grad of tf.sigmoid throws "gradient function
// not found"); the union package's bundle is what registers all of them, on the same tfjs-core
// instance, so it is imported for that side effect only.
import '@tensorflow/tfjs';
import {
  GELU_TANH_C,
  GELU_TANH_K,
  LEAKY_ALPHA,
  PRELU_ALPHA,
  THRESHOLD,
} from './baselines/constants.js';

/** One function as TF.js ships it. */
export interface TfjsFunction {
  /** How a TF.js user reaches it, e.g. `tf.relu` or `layers 'mish'`. */
  readonly name: string;
  /** The forward computation on a float32 tensor. */
  readonly op: (x: tf.Tensor) => tf.Tensor;
  /** False when `tf.grad` cannot differentiate the composition (a comparison op has no gradient). */
  readonly differentiable: boolean;
}

/** PReLU's slope as the tensor tf.prelu wants; made once, by `initTfjs`, on the CPU backend. */
let preluAlpha: tf.Tensor | undefined;
function preluSlope(): tf.Tensor {
  if (preluAlpha === undefined) throw new Error('call initTfjs() first');
  return preluAlpha;
}

/**
 * The functions of the catalog TF.js ships, at actlab's default parameters. Left out: `linear`,
 * which TF.js ships as the identity `x => x`, so a ratio would time only the float64-to-float32
 * conversion against an array copy, not any activation. Where tfjs-layers multiplies by a default
 * parameter of 1 (`swish`'s alpha), the no-op multiply is dropped, so TF.js is timed at its
 * cheapest honest formulation. `hardSigmoid` keeps TF.js's composition (clip(a*x + 0.5, 0, 1))
 * with actlab's slope 1/6 instead of Keras 2's 0.2, so both compute the same function.
 */
export const TFJS_FUNCTIONS: Readonly<Partial<Record<ScalarId, TfjsFunction>>> = {
  binary_step: { name: 'tf.step', op: (x) => tf.step(x), differentiable: true },
  relu: { name: 'tf.relu', op: (x) => tf.relu(x), differentiable: true },
  threshold: {
    name: 'tf.layers.thresholdedReLU',
    op: (x) => tf.mul(x, tf.cast(tf.greater(x, THRESHOLD), 'float32')),
    differentiable: false,
  },
  relu6: { name: 'tf.relu6', op: (x) => tf.relu6(x), differentiable: true },
  leaky_relu: {
    name: 'tf.leakyRelu',
    op: (x) => tf.leakyRelu(x, LEAKY_ALPHA),
    differentiable: true,
  },
  prelu: { name: 'tf.prelu', op: (x) => tf.prelu(x, preluSlope()), differentiable: true },
  elu: { name: 'tf.elu', op: (x) => tf.elu(x), differentiable: true },
  selu: { name: 'tf.selu', op: (x) => tf.selu(x), differentiable: true },
  gelu: {
    name: "layers 'gelu'",
    op: (x) => tf.mul(x, tf.mul(0.5, tf.add(1, tf.erf(tf.div(x, Math.SQRT2))))),
    differentiable: true,
  },
  gelu_tanh: {
    name: "layers 'gelu_new'",
    op: (x) =>
      tf.mul(
        0.5,
        tf.mul(
          x,
          tf.add(1, tf.tanh(tf.mul(GELU_TANH_C, tf.add(x, tf.mul(GELU_TANH_K, tf.pow(x, 3)))))),
        ),
      ),
    differentiable: true,
  },
  sigmoid: { name: 'tf.sigmoid', op: (x) => tf.sigmoid(x), differentiable: true },
  hard_sigmoid: {
    name: "layers 'hardSigmoid'",
    op: (x) => tf.clipByValue(tf.add(0.5, tf.mul(1 / 6, x)), 0, 1),
    differentiable: true,
  },
  log_sigmoid: { name: 'tf.logSigmoid', op: (x) => tf.logSigmoid(x), differentiable: true },
  tanh: { name: 'tf.tanh', op: (x) => tf.tanh(x), differentiable: true },
  softsign: {
    name: "layers 'softsign'",
    op: (x) => tf.div(x, tf.add(tf.abs(x), 1)),
    differentiable: true,
  },
  softplus: { name: 'tf.softplus', op: (x) => tf.softplus(x), differentiable: true },
  silu: { name: "layers 'swish'", op: (x) => tf.mul(tf.sigmoid(x), x), differentiable: true },
  mish: {
    name: "layers 'mish'",
    op: (x) => tf.mul(x, tf.tanh(tf.softplus(x))),
    differentiable: true,
  },
  exponential: { name: 'tf.exp', op: (x) => tf.exp(x), differentiable: true },
  arctan: { name: 'tf.atan', op: (x) => tf.atan(x), differentiable: true },
  sin: { name: 'tf.sin', op: (x) => tf.sin(x), differentiable: true },
};

/**
 * Selects the CPU backend and quiets TF.js: production mode turns off its console messages (the
 * "install our node backend" notice) and its debug checks, as a deployed app would run it.
 */
export async function initTfjs(): Promise<void> {
  tf.enableProdMode();
  const ok = await tf.setBackend('cpu');
  if (!ok || tf.getBackend() !== 'cpu') throw new Error('could not select the TF.js CPU backend');
  preluAlpha ??= tf.scalar(PRELU_ALPHA);
}

/** The versions of the two TF.js packages timed, as they report them. */
export const TFJS_VERSIONS: { readonly core: string; readonly backendCpu: string } = {
  core: tf.version_core,
  backendCpu: version_cpu,
};

/**
 * A runner for `op`: float64 in, float32 out, converted, computed and read back. The result is read
 * outside `tf.tidy` because tidy walks whatever it returns looking for tensors, which on a typed
 * array of 1e6 numbers costs about a second; idiomatic code reads after the tidy, as here.
 */
export function tfjsRunner(op: (x: tf.Tensor) => tf.Tensor): (xs: Float64Array) => Float32Array {
  return (xs) => {
    const y = tf.tidy(() => op(tf.tensor1d(new Float32Array(xs), 'float32')));
    const out = y.dataSync() as Float32Array;
    y.dispose();
    return out;
  };
}

/** The element-wise derivative of `op`, by TF.js's autodiff (`tf.grad` with dy = 1). */
export function tfjsDerivative(op: (x: tf.Tensor) => tf.Tensor): (x: tf.Tensor) => tf.Tensor {
  const g = tf.grad(op);
  return (x) => g(x);
}

/** How many tensors TF.js holds: a leak check, since a leaking runner would skew its timings. */
export function tfjsTensorCount(): number {
  return tf.memory().numTensors;
}
