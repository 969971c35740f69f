/**
 * Mean-field theory of signal propagation through a deep, wide, randomly initialized network
 * (Poole et al. 2016, Schoenholz et al. 2017): how the variance of pre-activations evolves layer by
 * layer, and whether gradients shrink or grow on the way back.
 */
import type { ScalarActivation } from '../activation.js';
import { ActlabError } from '../errors.js';
import { gaussianExpectation } from './quadrature.js';

/** Weight and bias variances of a random initialization, in mean-field units. */
export interface MeanFieldInit {
  /** sigma_w^2 = fan_in * Var(W): e.g. 1 for LeCun, 2 for He, g^2 for a gain g. Finite, >= 0. */
  readonly weightVariance: number;
  /** sigma_b^2 = Var(b). Finite, >= 0. */
  readonly biasVariance: number;
}

/** Which side of the order-to-chaos transition a fixed point lies on. */
export type MeanFieldPhase = 'ordered' | 'chaotic' | 'edge';

/** The stable variance q* that deep layers settle to, with its gradient factor. */
export interface FixedPoint {
  /** q*: the pre-activation variance with next(q*) = q*. */
  readonly q: number;
  /** chi at q*: the factor by which gradient variance grows per layer going backwards. */
  readonly chi: number;
  /** `ordered` when chi < 1 (gradients vanish), `chaotic` when chi > 1 (they explode), `edge` when |chi - 1| < 1e-3. */
  readonly phase: MeanFieldPhase;
}

/** The mean-field maps of one activation at one initialization. */
export interface MeanField {
  /** The variance map: q_{l+1} = sigma_w^2 E[f(sqrt(q_l) z)^2] + sigma_b^2, z ~ N(0, 1); at q = 0 its limit q -> 0+. */
  next(q: number): number;
  /** The gradient factor: chi(q) = sigma_w^2 E[f'(sqrt(q) z)^2]; at q = 0 its limit q -> 0+. */
  chi(q: number): number;
  /**
   * Iterates `next` from q = 1 until it settles (relative change below 1e-13, at most 1000
   * iterations). Undefined when the iterates grow without bound (above 1e12, or still rising at the
   * cap). Iterates that keep falling towards q = 0 when next(0) = 0 (e.g. relu with sigma_w^2 < 2 and no bias, or tanh with no bias and
   * sigma_w^2 <= 1, where the approach is only like 1/l) report the fixed point q = 0.
   */
  fixedPoint(): FixedPoint | undefined;
}

/** Tolerance on |chi - 1| below which a fixed point counts as the edge of chaos. */
export const EDGE_TOLERANCE = 1e-3;
const MAX_ITERATIONS = 1000;
const DIVERGED = 1e12;

function checkVariance(name: string, value: number): void {
  if (!Number.isFinite(value) || value < 0) {
    throw new ActlabError(
      'INVALID_ARGUMENT',
      `${name} must be a finite number >= 0; got ${value}.`,
    );
  }
}

function phaseOf(chi: number): MeanFieldPhase {
  if (Math.abs(chi - 1) < EDGE_TOLERANCE) return 'edge';
  return chi < 1 ? 'ordered' : 'chaotic';
}

/**
 * The mean-field variance map and gradient factor of `act` at the given initialization. The
 * expectations are taken by piecewise Gauss-Legendre split at the activation's kinks (see
 * `gaussianExpectation`), so kinked and jumping activations are as accurate as smooth ones.
 * Throws INVALID_ARGUMENT for a negative or non-finite variance.
 */
export function meanField(act: ScalarActivation, init: MeanFieldInit): MeanField {
  const { weightVariance, biasVariance } = init;
  checkVariance('weightVariance', weightVariance);
  checkVariance('biasVariance', biasVariance);
  const breakpoints = act.kinks.map((k) => k.x);
  const square = (x: number): number => {
    const y = act.f(x);
    return y * y;
  };
  const squareSlope = (x: number): number => {
    const y = act.df(x);
    return y * y;
  };
  // At q = 0 both maps take their limit q -> 0+: for relu that is chi = sigma_w^2 / 2, not the
  // derivative convention f'(0) = 0 that evaluating exactly at z = 0 would give.
  const positive = (q: number): number => (q === 0 ? Number.MIN_VALUE : q);
  const next = (q: number): number =>
    weightVariance * gaussianExpectation(square, { q: positive(q), breakpoints }) + biasVariance;
  const chi = (q: number): number =>
    weightVariance * gaussianExpectation(squareSlope, { q: positive(q), breakpoints });

  const zero = (): FixedPoint => {
    const c = chi(0);
    return { q: 0, chi: c, phase: phaseOf(c) };
  };
  const fixedPoint = (): FixedPoint | undefined => {
    let q = 1;
    let falling = true;
    for (let i = 0; i < MAX_ITERATIONS; i++) {
      const q1 = next(q);
      if (!Number.isFinite(q1) || q1 > DIVERGED) return undefined;
      falling &&= q1 < q;
      // Geometric decay to 0 never meets a relative tolerance; stop once it is below any scale.
      if (falling && q1 < 1e-200 && next(0) < 1e-300) return zero();
      // At the edge (tanh with sigma_w^2 = 1) q falls to 0 only like 1/l: once it has fallen for
      // a while towards a stable 0 (next(0) = 0 and chi(0) <= 1, so no fixed point lies below),
      // 0 is the answer, without a thousand more quadratures.
      if (falling && i >= 50 && next(0) < 1e-300 && chi(0) <= 1) return zero();
      if (Math.abs(q1 - q) <= 1e-13 * q1) {
        const c = chi(q1);
        return { q: q1, chi: c, phase: phaseOf(c) };
      }
      q = q1;
    }
    return falling && next(0) < 1e-300 ? zero() : undefined;
  };
  return { next, chi, fixedPoint };
}

/** Input of `predictDepth`. */
export interface DepthPrediction extends MeanFieldInit {
  /** Number of layers L (pre-activation layers l = 0..L-1); a whole number from 1 to 10000. */
  readonly depth: number;
  /** q_0: variance of the first layer's pre-activations. Finite, >= 0. */
  readonly q0: number;
}

/** Predicted variances per layer. */
export interface DepthProfile {
  /** forward[l] = q_l, the variance of the pre-activations z at layer l; forward[0] = q0. */
  readonly forward: number[];
  /** gradient[l] = Var(dL/dz at layer l) / Var(dL/dz at the last layer); gradient[depth - 1] = 1. */
  readonly gradient: number[];
}

/**
 * Mean-field prediction through `depth` layers of equal width: q_{l+1} = next(q_l) from q_0 = q0,
 * and, since dL/dz_l = f'(z_l) * (W_{l+1}^T dL/dz_{l+1}) with fan_in * Var(W) = sigma_w^2,
 * Var(dL/dz_l) = chi(q_l) Var(dL/dz_{l+1}). So gradient[l] = chi(q_l) chi(q_{l+1}) ... chi(q_{L-2}),
 * the product over the layers from l to the one before the last (the factor of layer l uses that
 * layer's own q_l, because f' is applied to z_l). Throws INVALID_ARGUMENT for a bad depth or q0.
 */
export function predictDepth(act: ScalarActivation, options: DepthPrediction): DepthProfile {
  const { depth, q0 } = options;
  if (!Number.isInteger(depth) || depth < 1 || depth > 10000) {
    throw new ActlabError(
      'INVALID_ARGUMENT',
      `depth must be a whole number from 1 to 10000; got ${depth}.`,
    );
  }
  checkVariance('q0', q0);
  const field = meanField(act, options);
  // A variance that overflows stays Infinity in the layers after it, and the gradient factor of
  // an infinite variance is unknown (NaN): the prediction says where it breaks, it does not throw.
  const forward = [q0];
  for (let l = 1; l < depth; l++) {
    const q = forward[l - 1] ?? 0;
    forward.push(Number.isFinite(q) ? field.next(q) : Infinity);
  }
  const gradient = new Array<number>(depth).fill(1);
  for (let l = depth - 2; l >= 0; l--) {
    const q = forward[l] ?? 0;
    gradient[l] = (gradient[l + 1] ?? 1) * (Number.isFinite(q) ? field.chi(q) : NaN);
  }
  return { forward, gradient };
}
