/**
 * The plain-loop baselines for f': the textbook derivative of each activation at its default
 * parameters (sigmoid's s(1 - s), tanh's 1 - t^2), one literal loop per function for the same
 * reason as in map.ts.
 */
import type { ScalarId } from '@actlab/core';
import type { BulkLoop } from './loop.js';
import {
  GELU_TANH_C,
  GELU_TANH_K,
  INV_SQRT_2PI,
  LEAKY_ALPHA,
  PRELU_ALPHA,
  RRELU_SLOPE,
  SELU_ALPHA,
  SELU_SCALE,
  SHRINK_LAMBDA,
  SQRT1_2,
  SQUAREPLUS_B,
  THRESHOLD,
  erfAS,
} from './constants.js';

/** f'(xs[i]) into out[i], written the way a textbook states the derivative. */
export const BASELINE_GRAD: Readonly<Record<ScalarId, BulkLoop>> = {
  binary_step(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      out[i] = 0;
    }
  },
  linear(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      out[i] = 1;
    }
  },
  relu(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      out[i] = x > 0 ? 1 : 0;
    }
  },
  threshold(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      out[i] = x > THRESHOLD ? 1 : 0;
    }
  },
  relu6(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      out[i] = x > 0 && x < 6 ? 1 : 0;
    }
  },
  leaky_relu(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      out[i] = x > 0 ? 1 : LEAKY_ALPHA;
    }
  },
  prelu(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      out[i] = x > 0 ? 1 : PRELU_ALPHA;
    }
  },
  rrelu(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      out[i] = x >= 0 ? 1 : RRELU_SLOPE;
    }
  },
  elu(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      out[i] = x > 0 ? 1 : Math.exp(x);
    }
  },
  selu(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      out[i] = x > 0 ? SELU_SCALE : SELU_SCALE * SELU_ALPHA * Math.exp(x);
    }
  },
  celu(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      out[i] = x > 0 ? 1 : Math.exp(x);
    }
  },
  gelu(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      out[i] = 0.5 * (1 + erfAS(x * SQRT1_2)) + x * INV_SQRT_2PI * Math.exp(-0.5 * x * x);
    }
  },
  gelu_tanh(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      const t = Math.tanh(GELU_TANH_C * (x + GELU_TANH_K * x * x * x));
      out[i] = 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * GELU_TANH_C * (1 + 3 * GELU_TANH_K * x * x);
    }
  },
  sigmoid(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      const s = 1 / (1 + Math.exp(-x));
      out[i] = s * (1 - s);
    }
  },
  hard_sigmoid(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      out[i] = x > -3 && x < 3 ? 1 / 6 : 0;
    }
  },
  log_sigmoid(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      out[i] = 1 / (1 + Math.exp(x));
    }
  },
  sparse_sigmoid(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      out[i] = x > -1 && x < 1 ? 0.5 : 0;
    }
  },
  tanh(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      const t = Math.tanh(x);
      out[i] = 1 - t * t;
    }
  },
  hard_tanh(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      out[i] = x > -1 && x < 1 ? 1 : 0;
    }
  },
  tanh_shrink(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      const t = Math.tanh(x);
      out[i] = t * t;
    }
  },
  softsign(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      const d = 1 + Math.abs(x);
      out[i] = 1 / (d * d);
    }
  },
  softplus(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      out[i] = 1 / (1 + Math.exp(-x));
    }
  },
  sparse_plus(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      out[i] = x <= -1 ? 0 : x >= 1 ? 1 : (x + 1) / 2;
    }
  },
  squareplus(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      out[i] = (1 + x / Math.sqrt(x * x + SQUAREPLUS_B)) / 2;
    }
  },
  silu(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      const s = 1 / (1 + Math.exp(-x));
      out[i] = s * (1 + x * (1 - s));
    }
  },
  hard_silu(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      out[i] = x < -3 ? 0 : x > 3 ? 1 : (2 * x + 3) / 6;
    }
  },
  mish(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      const t = Math.tanh(Math.log(1 + Math.exp(x)));
      const s = 1 / (1 + Math.exp(-x));
      out[i] = t + x * s * (1 - t * t);
    }
  },
  soft_shrink(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      out[i] = x > SHRINK_LAMBDA || x < -SHRINK_LAMBDA ? 1 : 0;
    }
  },
  hard_shrink(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      out[i] = x > SHRINK_LAMBDA || x < -SHRINK_LAMBDA ? 1 : 0;
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
      out[i] = 1 / (1 + x * x);
    }
  },
  sin(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      out[i] = Math.cos(x);
    }
  },
  gaussian(xs, out) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      out[i] = -2 * x * Math.exp(-x * x);
    }
  },
};
