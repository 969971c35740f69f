/**
 * Optimizers that update a network in place from accumulated gradients: `sgd`, `momentum`
 * (PyTorch's form, v = mu v + g, w -= lr v) and `adam` (with bias correction), plus L1 or L2
 * regularization of the weights (not the biases, as in TensorFlow Playground).
 */
import { TrainError } from './errors.js';
import type { Network } from './network.js';

/** Ids of the optimizers. */
export const OPTIMIZER_IDS = ['sgd', 'momentum', 'adam'] as const;

/** An optimizer id. */
export type OptimizerId = (typeof OPTIMIZER_IDS)[number];

/** Optimizer settings; every field but `type` has a default. */
export interface OptimizerConfig {
  /** Which update rule. */
  readonly type: OptimizerId;
  /** Step size alpha (default 0.03 for sgd and momentum, 0.001 for adam). */
  readonly learningRate?: number;
  /** Momentum coefficient mu (default 0.9). */
  readonly momentum?: number;
  /** Adam's decay rates and epsilon (defaults 0.9, 0.999, 1e-8). */
  readonly beta1?: number;
  readonly beta2?: number;
  readonly epsilon?: number;
}

/** The penalties on the weights: none, `l1` (adds rate*sign(w) to the gradient), `l2` (rate*w). */
export const REGULARIZATION_TYPES = ['none', 'l1', 'l2'] as const;

/** Regularization of the weights. */
export interface RegularizationConfig {
  /** `l1` adds rate*sign(w) to the gradient, `l2` adds rate*w. */
  readonly type: (typeof REGULARIZATION_TYPES)[number];
  /** The coefficient lambda. */
  readonly rate: number;
}

/** An optimizer bound to one network: call `update` after each batch's gradients are accumulated. */
export interface Optimizer {
  /** Settings with defaults filled in. */
  readonly config: Required<OptimizerConfig>;
  /** Applies one update from the gradients (already averaged over the batch). */
  update(gradW: readonly Float64Array[], gradB: readonly Float64Array[]): void;
}

function positive(
  value: number | undefined,
  fallback: number,
  path: string,
  max = Infinity,
): number {
  const v = value ?? fallback;
  if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0 || v > max) {
    throw new TrainError(
      'INVALID_CONFIG',
      `${path} must be a number in (0, ${max}], got ${String(value)}`,
      path,
    );
  }
  return v;
}

/** Validates settings and fills in defaults. */
export function optimizerConfig(config: OptimizerConfig): Required<OptimizerConfig> {
  if (!(OPTIMIZER_IDS as readonly string[]).includes(config.type)) {
    throw new TrainError(
      'INVALID_CONFIG',
      `unknown optimizer ${JSON.stringify(config.type)}; use one of ${OPTIMIZER_IDS.join(', ')}`,
      'optimizer.type',
    );
  }
  const beta = (v: number | undefined, d: number, p: string): number => {
    const b = v ?? d;
    if (!(b >= 0 && b < 1))
      throw new TrainError('INVALID_CONFIG', `${p} must be in [0, 1), got ${String(v)}`, p);
    return b;
  };
  return {
    type: config.type,
    learningRate: positive(
      config.learningRate,
      config.type === 'adam' ? 0.001 : 0.03,
      'optimizer.learningRate',
      100,
    ),
    momentum: beta(config.momentum, 0.9, 'optimizer.momentum'),
    beta1: beta(config.beta1, 0.9, 'optimizer.beta1'),
    beta2: beta(config.beta2, 0.999, 'optimizer.beta2'),
    epsilon: positive(config.epsilon, 1e-8, 'optimizer.epsilon', 1),
  };
}

/** Throws INVALID_CONFIG unless `regularization` is none, l1 or l2 with a finite rate >= 0. */
export function checkRegularization(regularization: RegularizationConfig): void {
  if (
    regularization === null ||
    typeof regularization !== 'object' ||
    !(REGULARIZATION_TYPES as readonly string[]).includes(regularization.type) ||
    !(regularization.rate >= 0) ||
    !Number.isFinite(regularization.rate)
  ) {
    throw new TrainError(
      'INVALID_CONFIG',
      'regularization must be none, l1 or l2 with a finite rate >= 0',
      'regularization',
    );
  }
}

/** An optimizer for `network` with its state (velocities, moments) allocated once. */
export function createOptimizer(
  network: Network,
  settings: OptimizerConfig,
  regularization: RegularizationConfig = { type: 'none', rate: 0 },
): Optimizer {
  const config = optimizerConfig(settings);
  checkRegularization(regularization);
  const state = (): Float64Array[][] =>
    network.layers.map((l) => [
      new Float64Array(l.weights.length),
      new Float64Array(l.biases.length),
    ]);
  // Unused state is empty arrays rather than missing entries: reading past the end of a JS array in
  // the hot loop sends V8 down a slow path that allocates.
  const empty = (): Float64Array[][] =>
    network.layers.map(() => [new Float64Array(0), new Float64Array(0)]);
  const m = config.type === 'sgd' ? empty() : state();
  const v = config.type === 'adam' ? state() : empty();
  let t = 0;
  const { learningRate: lr, momentum: mu, beta1, beta2, epsilon } = config;
  const l1 = regularization.type === 'l1' ? regularization.rate : 0;
  const l2 = regularization.type === 'l2' ? regularization.rate : 0;

  /** One parameter array's update; `decay` says whether regularization applies (weights only). */
  const step = (
    w: Float64Array,
    g: Float64Array,
    mi: Float64Array,
    vi: Float64Array,
    decay: boolean,
    count: number,
  ): void => {
    // The step count (a small integer) comes in rather than the bias corrections: a double
    // argument to a call V8 does not inline is boxed, which would allocate on every step.
    const c1 = 1 - beta1 ** count;
    const c2 = 1 - beta2 ** count;
    for (let i = 0; i < w.length; i++) {
      const wi = w[i] as number;
      let gi = g[i] as number;
      if (decay) gi += l2 * wi + l1 * Math.sign(wi);
      if (config.type === 'sgd') {
        w[i] = wi - lr * gi;
      } else if (config.type === 'momentum') {
        const vel = mu * (mi[i] as number) + gi;
        mi[i] = vel;
        w[i] = wi - lr * vel;
      } else {
        const m1 = beta1 * (mi[i] as number) + (1 - beta1) * gi;
        const m2 = beta2 * (vi[i] as number) + (1 - beta2) * gi * gi;
        mi[i] = m1;
        vi[i] = m2;
        w[i] = wi - (lr * (m1 / c1)) / (Math.sqrt(m2 / c2) + epsilon);
      }
    }
  };

  return {
    config,
    update(gradW, gradB) {
      t++;
      // A plain loop, not forEach: a closure per update would be an allocation per step.
      for (let l = 0; l < network.layers.length; l++) {
        const layer = network.layers[l] as Network['layers'][number];
        const ml = m[l] as Float64Array[];
        const vl = v[l] as Float64Array[];
        step(
          layer.weights,
          gradW[l] as Float64Array,
          ml[0] as Float64Array,
          vl[0] as Float64Array,
          true,
          t,
        );
        step(
          layer.biases,
          gradB[l] as Float64Array,
          ml[1] as Float64Array,
          vl[1] as Float64Array,
          false,
          t,
        );
      }
    },
  };
}
