/**
 * Weight initializations, each seeded: `uniform` in [-0.5, 0.5] with biases 0.1 (as TensorFlow
 * Playground), `xavier` (Glorot uniform), `he` (normal with variance 2/fan-in, for ReLUs), `lecun`
 * (normal with variance 1/fan-in, for SELU) and `zeros` (every unit identical: the symmetry that
 * stops a network from learning); and weights of any gain g, normal with variance g^2/fan-in.
 */
import { TrainError } from './errors.js';
import type { Network } from './network.js';
import type { Rng } from './rng.js';

/** Ids of the initializations. */
export const INIT_IDS = ['uniform', 'xavier', 'he', 'lecun', 'zeros'] as const;

/** An initialization id. */
export type InitId = (typeof INIT_IDS)[number];

/** Throws INVALID_CONFIG unless `id` is an initialization id. */
export function checkInitId(id: unknown, path = 'init'): InitId {
  if (typeof id === 'string' && (INIT_IDS as readonly string[]).includes(id)) return id as InitId;
  throw new TrainError(
    'INVALID_CONFIG',
    `unknown initialization ${JSON.stringify(id)}; use one of ${INIT_IDS.join(', ')}`,
    path,
  );
}

/** Fills every layer's weights and biases in place, drawing from `rng` layer by layer, row by row. */
export function initialize(network: Network, init: InitId, rng: Rng): void {
  for (const layer of network.layers) {
    const fanIn = layer.inputSize;
    const fanOut = layer.rows;
    const limit = Math.sqrt(6 / (fanIn + fanOut));
    const std = Math.sqrt((init === 'he' ? 2 : 1) / fanIn);
    for (let i = 0; i < layer.weights.length; i++) {
      layer.weights[i] =
        init === 'uniform'
          ? rng.next() - 0.5
          : init === 'xavier'
            ? (2 * rng.next() - 1) * limit
            : init === 'he' || init === 'lecun'
              ? rng.normal() * std
              : 0;
    }
    layer.biases.fill(init === 'uniform' ? 0.1 : 0);
  }
}

/** Largest weight gain `initializeWithGain` and requests' `initGain` accept. */
export const MAX_INIT_GAIN = 100;

/** Throws INVALID_CONFIG unless `gain` is a number in (0, MAX_INIT_GAIN]. */
export function checkInitGain(gain: unknown, path = 'initGain'): number {
  if (typeof gain === 'number' && gain > 0 && gain <= MAX_INIT_GAIN) return gain;
  throw new TrainError(
    'INVALID_CONFIG',
    `${path} must be a number in (0, ${MAX_INIT_GAIN}], got ${String(gain)}`,
    path,
  );
}

/**
 * Fills every layer with weights N(0, gain^2 / fan_in) and biases 0, drawing from `rng` layer by
 * layer, row by row: gain 1 is `lecun`, sqrt(2) is `he`, and an activation's variance-preserving
 * gain keeps the pre-activations' variance at 1 through depth.
 */
export function initializeWithGain(network: Network, gain: number, rng: Rng): void {
  checkInitGain(gain, 'gain');
  for (const layer of network.layers) {
    const std = gain / Math.sqrt(layer.inputSize);
    for (let i = 0; i < layer.weights.length; i++) layer.weights[i] = rng.normal() * std;
    layer.biases.fill(0);
  }
}
