/**
 * The plain-loop baselines for f: the textbook formula of each activation at its default
 * parameters, one literal loop per function. Each loop is its own function so that V8 compiles it
 * with its formula inlined; a shared helper taking the formula as a callback would make that inner
 * call megamorphic and slow the baseline down unfairly.
 */
import type { ScalarId } from '@actlab/core';
import type { BulkLoop } from './loop.js';
import {
  GELU_TANH_C,
  GELU_TANH_K,
  LEAKY_ALPHA,
  PRELU_ALPHA,
  RRELU_SLOPE,
  SELU_ALPHA,
  SELU_SCALE,
  SHRINK_LAMBDA,
  SQRT1_2,
  SQUAREPLUS_B,
  THRESHOLD,
  THRESHOLD_VALUE,
  erfAS,
} from './constants.js';

/** f(xs[i]) into out[i], written the way a textbook (and a hand-written loop) states f. */
export const BASELINE_MAP: Readonly<Record<ScalarId, BulkLoop>> = {
  binary_step(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      out[i] = x >= 0 ? 1 : 0;
    }
  },
  linear(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      out[i] = x;
    }
  },
  relu(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      out[i] = x > 0 ? x : 0;
    }
  },
  threshold(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      out[i] = x > THRESHOLD ? x : THRESHOLD_VALUE;
    }
  },
  relu6(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      out[i] = x < 0 ? 0 : x > 6 ? 6 : x;
    }
  },
  leaky_relu(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      out[i] = x > 0 ? x : LEAKY_ALPHA * x;
    }
  },
  prelu(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      out[i] = x > 0 ? x : PRELU_ALPHA * x;
    }
  },
  rrelu(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      out[i] = x >= 0 ? x : RRELU_SLOPE * x;
    }
  },
  elu(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      out[i] = x > 0 ? x : Math.exp(x) - 1;
    }
  },
  selu(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      out[i] = x > 0 ? SELU_SCALE * x : SELU_SCALE * SELU_ALPHA * (Math.exp(x) - 1);
    }
  },
  celu(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      out[i] = x > 0 ? x : Math.exp(x) - 1;
    }
  },
  gelu(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      out[i] = 0.5 * x * (1 + erfAS(x * SQRT1_2));
    }
  },
  gelu_tanh(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      out[i] = 0.5 * x * (1 + Math.tanh(GELU_TANH_C * (x + GELU_TANH_K * x * x * x)));
    }
  },
  sigmoid(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      out[i] = 1 / (1 + Math.exp(-x));
    }
  },
  hard_sigmoid(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      out[i] = x <= -3 ? 0 : x >= 3 ? 1 : x / 6 + 0.5;
    }
  },
  log_sigmoid(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      out[i] = -Math.log(1 + Math.exp(-x));
    }
  },
  sparse_sigmoid(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      out[i] = x <= -1 ? 0 : x >= 1 ? 1 : (x + 1) / 2;
    }
  },
  tanh(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      out[i] = Math.tanh(x);
    }
  },
  hard_tanh(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      out[i] = x < -1 ? -1 : x > 1 ? 1 : x;
    }
  },
  tanh_shrink(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      out[i] = x - Math.tanh(x);
    }
  },
  softsign(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      out[i] = x / (1 + Math.abs(x));
    }
  },
  softplus(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      out[i] = Math.log(1 + Math.exp(x));
    }
  },
  sparse_plus(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      out[i] = x <= -1 ? 0 : x >= 1 ? x : ((x + 1) * (x + 1)) / 4;
    }
  },
  squareplus(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      out[i] = (x + Math.sqrt(x * x + SQUAREPLUS_B)) / 2;
    }
  },
  silu(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      out[i] = x / (1 + Math.exp(-x));
    }
  },
  hard_silu(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      out[i] = x <= -3 ? 0 : x >= 3 ? x : (x * (x + 3)) / 6;
    }
  },
  mish(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      out[i] = x * Math.tanh(Math.log(1 + Math.exp(x)));
    }
  },
  soft_shrink(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      out[i] = x > SHRINK_LAMBDA ? x - SHRINK_LAMBDA : x < -SHRINK_LAMBDA ? x + SHRINK_LAMBDA : 0;
    }
  },
  hard_shrink(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      out[i] = x > SHRINK_LAMBDA || x < -SHRINK_LAMBDA ? x : 0;
    }
  },
  exponential(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      out[i] = Math.exp(x);
    }
  },
  arctan(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      out[i] = Math.atan(x);
    }
  },
  sin(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      out[i] = Math.sin(x);
    }
  },
  gaussian(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      out[i] = Math.exp(-x * x);
    }
  },
};
