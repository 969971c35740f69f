/**
 * Weight initializations, each seeded: `uniform` in [-0.5, 0.5] with biases 0.1 (as TensorFlow
 * Playground), `xavier` (Glorot uniform), `he` (normal with variance 2/fan-in, for ReLUs) and
 * `zeros` (every unit identical: the symmetry that stops a network from learning).
 */
import { TrainError } from './errors.js';
import type { Network } from './network.js';
import type { Rng } from './rng.js';

/** Ids of the initializations. */
export const INIT_IDS = ['uniform', 'xavier', 'he', 'zeros'] as const;

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
    const std = Math.sqrt(2 / fanIn);
    for (let i = 0; i < layer.weights.length; i++) {
      layer.weights[i] =
        init === 'uniform'
          ? rng.next() - 0.5
          : init === 'xavier'
            ? (2 * rng.next() - 1) * limit
            : init === 'he'
              ? rng.normal() * std
              : 0;
    }
    layer.biases.fill(init === 'uniform' ? 0.1 : 0);
  }
}
