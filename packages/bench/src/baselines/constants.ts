/**
 * The default parameters the plain-loop baselines are written for, and the one special function
 * JavaScript lacks (erf), approximated the way TensorFlow.js approximates it.
 */

/** Leaky ReLU's negative slope. */
export const LEAKY_ALPHA = 0.01;
/** PReLU's initial learnable slope (PyTorch's default). */
export const PRELU_ALPHA = 0.25;
/** RReLU's negative slope at inference: the mean of its sampling range [1/8, 1/3]. */
export const RRELU_SLOPE = (1 / 8 + 1 / 3) / 2;
/** SELU's alpha, from Klambauer et al. (2017). */
export const SELU_ALPHA = 1.6732632423543772;
/** SELU's scale, from Klambauer et al. (2017). */
export const SELU_SCALE = 1.0507009873554805;
/** Threshold's cut-off: inputs at or below it become `THRESHOLD_VALUE`. */
export const THRESHOLD = 1;
/** Threshold's replacement value. */
export const THRESHOLD_VALUE = 0;
/** Soft and hard shrink's lambda. */
export const SHRINK_LAMBDA = 0.5;
/** Squareplus's b. */
export const SQUAREPLUS_B = 4;
/** sqrt(2/pi), the constant inside the tanh form of GELU. */
export const GELU_TANH_C = Math.sqrt(2 / Math.PI);
/** The cubic coefficient inside the tanh form of GELU. */
export const GELU_TANH_K = 0.044715;
/** 1/sqrt(2), which turns erf into the normal CDF. */
export const SQRT1_2 = Math.SQRT1_2;
/** 1/sqrt(2*pi), the normal density's constant. */
export const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

/**
 * erf(x) by Abramowitz and Stegun 7.1.26 (absolute error below 1.5e-7), the formula TensorFlow.js's
 * CPU backend uses: JavaScript has no erf, so this is what a hand-written loop would reach for.
 */
export function erfAS(x: number): number {
  const a = x < 0 ? -x : x;
  const t = 1 / (1 + 0.3275911 * a);
  const poly =
    t *
    (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const y = 1 - poly * Math.exp(-a * a);
  return x < 0 ? -y : y;
}
