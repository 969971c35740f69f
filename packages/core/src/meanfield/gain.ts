/** The variance-preserving initialization gain of an activation. */
import type { ScalarActivation } from '../activation.js';
import { gaussianExpectation } from './quadrature.js';

/**
 * The gain g that keeps the variance of pre-activations at 1 from layer to layer: with weights of
 * variance g^2 / fan_in and no bias, q = 1 is a fixed point of the mean-field map exactly when
 * g = 1 / sqrt(E[f(z)^2]), z ~ N(0, 1). Computed by piecewise quadrature split at the activation's
 * kinks (within 1e-14 relative of mpmath for every catalog activation). NaN when E[f(z)^2] is 0 or not finite (no such gain exists); no
 * catalog activation at its default parameters is in that case.
 */
export function varianceGain(act: ScalarActivation): number {
  const breakpoints = act.kinks.map((k) => k.x);
  const second = gaussianExpectation(
    (x) => {
      const y = act.f(x);
      return y * y;
    },
    { breakpoints },
  );
  return second > 0 && Number.isFinite(second) ? 1 / Math.sqrt(second) : Number.NaN;
}
