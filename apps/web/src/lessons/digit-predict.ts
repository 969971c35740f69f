/**
 * The trained digits model's probabilities for one image, through @actlab/train's forward pass.
 * The model arrives from the worker as JSON; it is read once per model.
 */
import type { ModelJson, Network } from '@actlab/train';
import { forwardRows, modelFromJson } from '@actlab/train';

const networks = new WeakMap<ModelJson, Network>();

/** The 10 class probabilities (softmax outputs) of `model` for a 784-pixel image. */
export function digitProbabilities(model: ModelJson, pixels: Float64Array): number[] {
  let network = networks.get(model);
  if (!network) {
    network = modelFromJson(model).network;
    networks.set(model, network);
  }
  return Array.from(forwardRows(network, pixels, 1));
}

/** The index of the largest probability (the predicted digit). */
export function mostLikely(probabilities: readonly number[]): number {
  let best = 0;
  probabilities.forEach((p, i) => {
    if (p > (probabilities[best] as number)) best = i;
  });
  return best;
}
