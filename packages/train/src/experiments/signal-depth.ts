/**
 * Signal and gradients through depth: at initialization, a deep network either shrinks its
 * backpropagated gradients layer after layer (ordered), blows them up (chaotic), or keeps them
 * (the edge of chaos), and mean-field theory predicts which from the activation and two variances.
 * The experiment measures four networks of 50 layers and puts each beside its prediction.
 */
import type { ScalarActivation } from '@actlab/core';
import { activation, varianceGain } from '@actlab/core';
import { signalPropagation } from '../depth/signal.js';
import type { DepthInit, DepthResult } from '../depth/signal.js';
import type { Experiment, ExperimentOptions, ExperimentOutcome, Series } from './experiment.js';

const DEFAULTS = {
  depth: 50,
  batch: 16,
  regimes: [
    { label: 'tanh, Playground uniform, width 8', activation: 'tanh', init: 'uniform', width: 8 },
    {
      label: 'tanh, Playground uniform, width 256',
      activation: 'tanh',
      init: 'uniform',
      width: 256,
    },
    { label: 'selu, LeCun, width 256', activation: 'selu', init: 'lecun', width: 256 },
    {
      label: 'tanh, variance-preserving gain, width 256',
      activation: 'tanh',
      init: 'preserving',
      width: 256,
    },
  ],
  seed: 1,
} as const;

type Regime = (typeof DEFAULTS.regimes)[number];

/** The regime's initialization; `preserving` is the activation's variance-preserving gain. */
function initOf(regime: Regime): DepthInit {
  if (regime.init !== 'preserving') return regime.init;
  return { gain: varianceGain(activation(regime.activation) as ScalarActivation) };
}

function measure(regime: Regime, seed: number): DepthResult {
  return signalPropagation({
    activation: regime.activation,
    init: initOf(regime),
    width: regime.width,
    depth: DEFAULTS.depth,
    // Eight examples of eight units would be a 64-value variance: give the narrow network more.
    batch: regime.width < 64 ? 128 : DEFAULTS.batch,
    seed,
  });
}

const layers = (n: number): number[] => Array.from({ length: n }, (_, i) => i + 1);

/** log10 of x, for comparing orders of magnitude. */
const decades = (x: number): number => Math.log10(x);

async function run(options: ExperimentOptions = {}): Promise<ExperimentOutcome> {
  const seed = options.seed ?? DEFAULTS.seed;
  const measurements: Record<string, number> = {};
  const series: Series[] = [];
  const results = DEFAULTS.regimes.map((regime) => {
    const r = measure(regime, seed);
    const first = (curve: readonly number[]) => curve[0] as number;
    const last = (curve: readonly number[]) => curve[curve.length - 1] as number;
    measurements[`${regime.label}: measured first/last gradient variance`] = first(
      r.measured.gradient,
    );
    measurements[`${regime.label}: predicted first/last gradient variance`] = first(
      r.predicted.gradient,
    );
    measurements[`${regime.label}: measured last-layer variance of z`] = last(r.measured.forward);
    measurements[`${regime.label}: predicted last-layer variance of z`] = last(r.predicted.forward);
    measurements[`${regime.label}: sigma_w^2`] = r.weightVariance;
    if (r.fixedPoint) measurements[`${regime.label}: chi at the fixed point`] = r.fixedPoint.chi;
    for (const [which, curves] of [
      ['measured', r.measured],
      ['predicted', r.predicted],
    ] as const) {
      series.push({
        label: `${regime.label}: ${which} variance of z`,
        epochs: layers(DEFAULTS.depth),
        values: curves.forward,
      });
      series.push({
        label: `${regime.label}: ${which} gradient variance / last layer's`,
        epochs: layers(DEFAULTS.depth),
        values: curves.gradient,
      });
    }
    return r;
  });
  const [narrow, wide, selu, gained] = results as [
    DepthResult,
    DepthResult,
    DepthResult,
    DepthResult,
  ];
  const both = (r: DepthResult, test: (x: number) => boolean) =>
    test(r.measured.gradient[0] as number) && test(r.predicted.gradient[0] as number);
  // Theory and measurement agree on orders of magnitude (a 50-layer product of finite-width layers
  // wanders off the infinite-width prediction by a factor, not by decades).
  const agree = (r: DepthResult, decadesApart: number) =>
    Math.abs(
      decades(r.measured.gradient[0] as number) - decades(r.predicted.gradient[0] as number),
    ) <= decadesApart;
  const within = (xs: readonly number[], target: number, share: number) =>
    xs.every((x) => Math.abs(x / target - 1) <= share);
  const preservingTail = gained.predicted.forward.slice(10);
  const holds =
    both(narrow, (g) => g < 1e-6) &&
    agree(narrow, 3) &&
    both(wide, (g) => g > 1e12) &&
    agree(wide, 3) &&
    within(selu.predicted.forward, 1, 0.01) &&
    within(selu.measured.forward, 1, 0.25) &&
    within(preservingTail, 1, 0.02) &&
    both(gained, (g) => g > 100 && g < 1e5) &&
    agree(gained, 1);
  // fmt writes integers in full, and 1e21 is an integer to a double: three digits throughout.
  const m = (label: string, what: string) =>
    (measurements[`${label}: ${what}`] as number).toPrecision(3);
  const [a, b, c, d] = DEFAULTS.regimes;
  const g = (label: string) =>
    `${m(label, 'measured first/last gradient variance')} measured, ${m(label, 'predicted first/last gradient variance')} predicted`;
  return {
    id: 'signal-depth',
    seed,
    measurements,
    series,
    summary: `Through ${DEFAULTS.depth} layers, the first layer's gradient variance over the last layer's is ${g(a.label)} with tanh and the Playground's uniform weights at width 8 (ordered: vanishing; the prediction leaves out the Playground's constant bias 0.1, which keeps the narrow network's variance of z at ${m(a.label, 'measured last-layer variance of z')} instead of dying out), ${g(b.label)} at width 256 (chaotic: exploding). SELU with LeCun weights at width 256 ends with a variance of z of ${m(c.label, 'measured last-layer variance of z')} (predicted ${m(c.label, 'predicted last-layer variance of z')}); tanh with its variance-preserving gain keeps z's variance at ${m(d.label, 'predicted last-layer variance of z')} while its gradients grow: ${g(d.label)}.`,
    holds,
  };
}

/** The signal-through-depth experiment. */
export const signalDepth: Experiment = {
  info: {
    id: 'signal-depth',
    title: 'Signal and gradients through depth',
    lesson:
      "At initialization, the variances of the weights decide whether a deep network's gradients vanish, explode or keep their size, and mean-field theory predicts which.",
    explanation:
      "Each layer computes z = W a + b. With weights of variance sigma_w^2 / fan_in, the variance of z at the next layer is q' = sigma_w^2 E[f(z)^2] + sigma_b^2, and going backwards the gradient's variance is multiplied by chi = sigma_w^2 E[f'(z)^2]. When chi < 1 (ordered) gradients vanish geometrically with depth; when chi > 1 (chaotic) they explode; chi = 1 is the edge of chaos. The experiment pushes a seeded batch through four random 50-layer networks and back, and compares the measured variances with the prediction: tanh with TensorFlow Playground's uniform weights in [-0.5, 0.5] is ordered at width 8 (sigma_w^2 = 8/12) but chaotic at width 256 (sigma_w^2 = 256/12, the same weights, more of them); SELU with LeCun weights keeps the variance at 1; tanh with the gain that preserves the forward variance still lets its gradients grow, because chi at that fixed point is above 1.",
    defaults: DEFAULTS,
    preset: {
      // The ordered regime as a training run: a deep narrow tanh stack with the Playground's weights.
      dataset: 'circle',
      points: 300,
      noise: 0.05,
      hidden: [8, 8, 8, 8, 8, 8, 8, 8],
      activation: 'tanh',
      init: 'uniform',
      optimizer: { type: 'sgd', learningRate: 0.03 },
      batchSize: 10,
      epochs: 200,
      seed: DEFAULTS.seed,
    },
  },
  run,
};
