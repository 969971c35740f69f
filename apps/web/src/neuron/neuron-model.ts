/**
 * One artificial neuron, as the course opens: inputs x_i, weights w_i and a bias b give the
 * weighted sum z = Σ w_i x_i + b, and the activation decides what comes out and whether the neuron
 * "fires". The activation itself always comes from @actlab/core; this module only adds the sum and
 * a firing rule that can be said in words.
 */
import type { Params, ScalarId } from '@actlab/core';
import { activation, activationInfo } from '@actlab/core';
import { formatNumber } from '@actlab/format';
import { READOUT_STYLE } from '../lib/number-style.js';

/** How "firing" is decided for one activation, in words and as a test on z and f(z). */
export interface FiringRule {
  /** One plain sentence, e.g. "fires when z reaches the threshold θ = 0 (output 1)". */
  readonly description: string;
  /** True when the neuron fires for weighted sum `z` with output `y`. */
  readonly fires: (z: number, y: number) => boolean;
}

/** Everything the neuron computes for one set of inputs, weights, bias and activation. */
export interface NeuronResult {
  /** The products w_i x_i, in input order. */
  readonly terms: readonly number[];
  /** The weighted sum z = Σ w_i x_i + b. */
  readonly z: number;
  /** The output f(z). */
  readonly output: number;
  /** The slope f'(z): how strongly a small change of z moves the output. */
  readonly slope: number;
  /** Whether the neuron fires, by `rule`. */
  readonly fires: boolean;
  /** The firing rule of the chosen activation. */
  readonly rule: FiringRule;
}

/** z = Σ w_i x_i + b, with the products kept so the page can write the sum out. */
export function weightedSum(
  inputs: readonly number[],
  weights: readonly number[],
  bias: number,
): { readonly terms: number[]; readonly z: number } {
  const terms = inputs.map((x, i) => (weights[i] ?? 0) * x);
  return { terms, z: terms.reduce((sum, t) => sum + t, bias) };
}

/**
 * The firing rule for `fn` with `params`. The step (the course's picture) fires when z reaches its
 * threshold and the thresholded ReLU when z passes its threshold; every other activation fires when
 * its output rises above its resting output f(0), the output it gives when the inputs cancel out.
 */
export function firingRule(fn: ScalarId, params: Params): FiringRule {
  const act = activation(fn, params);
  if (fn === 'binary_step') {
    const theta = params.threshold ?? 0;
    return {
      description: `A step neuron fires when z reaches the threshold θ = ${formatNumber(theta, 6, READOUT_STYLE)}: its output jumps from 0 (silent) to 1 (firing).`,
      fires: (z) => z >= theta,
    };
  }
  if (fn === 'threshold') {
    const t = params.threshold ?? 0;
    return {
      description: `A thresholded ReLU fires when z is above its threshold ${formatNumber(t, 6, READOUT_STYLE)}: it then passes z on unchanged, and otherwise outputs the fixed value ${formatNumber(params.value ?? 0, 6, READOUT_STYLE)}.`,
      fires: (z) => z > t,
    };
  }
  const rest = act.f(0);
  const name = activationInfo(fn).name;
  const caveat = activationInfo(fn).properties.monotonic
    ? ''
    : ` ${name} is not monotonic (its output dips or turns back), so this is only a rough reading.`;
  return {
    description: `Here "fires" means the output is above ${formatNumber(rest, 6, READOUT_STYLE)}, the resting output f(0) that ${name} gives when the weighted inputs and bias cancel out.${caveat}`,
    fires: (_z, y) => y > rest,
  };
}

/** Runs the neuron: the weighted sum, the activation from core, and the firing verdict. */
export function runNeuron(
  inputs: readonly number[],
  weights: readonly number[],
  bias: number,
  fn: ScalarId,
  params: Params,
): NeuronResult {
  const { terms, z } = weightedSum(inputs, weights, bias);
  const act = activation(fn, params);
  const output = act.f(z);
  const rule = firingRule(fn, params);
  return { terms, z, output, slope: act.df(z), fires: rule.fires(z, output), rule };
}
