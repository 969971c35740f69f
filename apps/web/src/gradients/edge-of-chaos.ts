/**
 * The edge of chaos of an activation: the weight variance sigma_w^2 at which the gradient factor
 * chi at the mean-field fixed point q* equals 1, for a given bias variance sigma_b^2. Below it
 * (chi < 1) the network is ordered and gradients vanish with depth; above it they explode.
 *
 * Iterating the variance map to its fixed point for every trial sigma_w^2 costs hundreds of
 * expectations each; instead, as Schoenholz et al. (2017) draw the critical line, walk along the
 * fixed points: q* is a fixed point exactly when sigma_w^2 = (q* - sigma_b^2) / E[f(sqrt(q*) z)^2],
 * and there chi = sigma_w^2 E[f'(sqrt(q*) z)^2]. Two of core's Gaussian expectations per trial q*,
 * a log-spaced scan for chi crossing 1, then bisection.
 */
import type { ScalarActivation } from '@actlab/core';
import { EDGE_TOLERANCE, gaussianExpectation } from '@actlab/core';

/** q* - sigma_b^2 scanned from 1e-8 (the q* -> 0 limit) to 1e3, three points a decade. */
const SCAN = { lowExponent: -8, highExponent: 3, perDecade: 3 } as const;
/** Bisection steps in log(q* - sigma_b^2): 2^-40 of a scan step, far below what is shown. */
const BISECTIONS = 40;

/** sigma_w^2 making q* a fixed point, and chi there. */
interface CriticalPoint {
  readonly weightVariance: number;
  readonly chi: number;
}

/**
 * sigma_w^2 at the edge of chaos for `act` with bias variance `biasVariance`, or undefined when
 * chi at the fixed points stays on one side of 1 (and away from it) over the whole scan. When chi
 * only approaches 1 at an end of the scan (tanh without bias as q* -> 0, ReLU as q* grows), the
 * end's sigma_w^2 is the limit.
 */
export function edgeOfChaos(act: ScalarActivation, biasVariance: number): number | undefined {
  const breakpoints = act.kinks.map((k) => k.x);
  const square = (x: number) => act.f(x) ** 2;
  const slopeSquare = (x: number) => act.df(x) ** 2;
  const at = (logExcess: number): CriticalPoint => {
    const excess = Math.exp(logExcess);
    const q = biasVariance + excess;
    const weightVariance = excess / gaussianExpectation(square, { q, breakpoints });
    return {
      weightVariance,
      chi: weightVariance * gaussianExpectation(slopeSquare, { q, breakpoints }),
    };
  };
  const valid = (p: CriticalPoint) => Number.isFinite(p.weightVariance) && Number.isFinite(p.chi);
  const near = (p: CriticalPoint) => valid(p) && Math.abs(p.chi - 1) < EDGE_TOLERANCE;
  const step = Math.LN10 / SCAN.perDecade;
  const count = (SCAN.highExponent - SCAN.lowExponent) * SCAN.perDecade;
  let a = SCAN.lowExponent * Math.LN10;
  let previous = at(a);
  if (near(previous)) return previous.weightVariance;
  for (let i = 1; i <= count; i++) {
    const b = a + step;
    const current = at(b);
    if (valid(previous) && valid(current) && previous.chi < 1 !== current.chi < 1) {
      let lo = a;
      let hi = b;
      const below = previous.chi < 1;
      for (let k = 0; k < BISECTIONS; k++) {
        const mid = (lo + hi) / 2;
        if (at(mid).chi < 1 === below) lo = mid;
        else hi = mid;
      }
      return at((lo + hi) / 2).weightVariance;
    }
    previous = current;
    a = b;
  }
  return near(previous) ? previous.weightVariance : undefined;
}
