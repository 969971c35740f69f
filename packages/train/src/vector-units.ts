/**
 * A set-up that cannot train, refused where it is made: a vector activation (softmax and its
 * kin) over a layer of one unit. Softmax of a single value is always 1 (log-softmax always 0), so
 * the layer's output never moves and its gradient is exactly 0: the run would train nothing and
 * say nothing. A student who has just read that softmax generalizes sigmoid tries exactly this.
 */
import { activationInfo, findActivationId } from '@actlab/core';
import { TrainError } from './errors.js';
import type { LayerSpec } from './network.js';

/**
 * INVALID_CONFIG (path `output` for the last layer, `activation` for a hidden one) when a layer of
 * one unit has a vector activation, saying why and what to use instead. Unknown ids pass: the
 * activation check names them.
 */
export function checkVectorWidths(layers: readonly LayerSpec[]): void {
  layers.forEach((spec, i) => {
    const id = findActivationId(spec.activation);
    if (spec.units !== 1 || id === undefined || activationInfo(id).kind !== 'vector') return;
    const output = i === layers.length - 1;
    const name = activationInfo(id).name;
    const why = `${name} over a single unit always gives the same output, so its gradient is 0 and nothing trains`;
    if (output) {
      throw new TrainError(
        'INVALID_CONFIG',
        `${why}; for two classes use a sigmoid output with binary cross-entropy (output sigmoid), ` +
          `or ${name} over one output unit per class`,
        'output',
      );
    }
    throw new TrainError(
      'INVALID_CONFIG',
      `${why}; give hidden layer ${i + 1} more units or an element-wise activation`,
      'activation',
    );
  });
}
