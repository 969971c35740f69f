/**
 * One-dimensional regression targets on x in [-1, 1): the curves a lesson fits to see what an
 * activation can bend into (a parabola, a wave, a kink, a jump, an odd cubic). Every target stays
 * within [-1, 1] before noise, so a noise level means the same thing for each of them.
 */
import { createRng } from '../rng.js';
import type { Dataset } from './dataset.js';
import type { GeneratorOptions } from './options.js';
import { checkGeneratorOptions } from './options.js';

/** The regression curves by dataset name. */
const CURVES = {
  square: (x: number) => x * x,
  sine: (x: number) => Math.sin(Math.PI * x),
  abs: (x: number) => Math.abs(x),
  step: (x: number) => (x >= 0 ? 1 : 0),
  cubic: (x: number) => x * x * x,
} as const satisfies Record<string, (x: number) => number>;

/** Name of a regression curve. */
type RegressionName = keyof typeof CURVES;

/**
 * `points` rows with x uniform in [-1, 1) and target `curve(x)` plus Gaussian noise whose
 * standard deviation is `noise` (targets span at most [-1, 1], so noise 0.1 is a tenth of that).
 */
function regressionSet(name: RegressionName, options: GeneratorOptions): Dataset {
  const { points, noise, seed } = checkGeneratorOptions(name, options);
  const rng = createRng(seed);
  const curve = CURVES[name];
  const inputs = new Float64Array(points);
  const targets = new Float64Array(points);
  for (let i = 0; i < points; i++) {
    const x = 2 * rng.next() - 1;
    inputs[i] = x;
    // Draw the normal even at noise 0 so that x values do not depend on the noise level.
    targets[i] = curve(x) + noise * rng.normal();
  }
  return {
    name,
    task: 'regression',
    size: points,
    inputSize: 1,
    outputSize: 1,
    inputs,
    targets,
    featureNames: ['x'],
  };
}

/** y = x² on x in [-1, 1): a parabola, in [0, 1]. */
export function square(options: GeneratorOptions): Dataset {
  return regressionSet('square', options);
}

/** y = sin(πx) on x in [-1, 1): one full period, in [-1, 1]. */
export function sine(options: GeneratorOptions): Dataset {
  return regressionSet('sine', options);
}

/** y = |x| on x in [-1, 1): a single kink at 0, in [0, 1]. */
export function abs(options: GeneratorOptions): Dataset {
  return regressionSet('abs', options);
}

/** y = 1 for x >= 0 and 0 below (Heaviside) on x in [-1, 1): a jump a smooth net can only approach. */
export function step(options: GeneratorOptions): Dataset {
  return regressionSet('step', options);
}

/** y = x³ on x in [-1, 1): odd and flat at 0, in [-1, 1]. */
export function cubic(options: GeneratorOptions): Dataset {
  return regressionSet('cubic', options);
}
