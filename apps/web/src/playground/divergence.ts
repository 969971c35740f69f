/**
 * Noticing that training blew up: a loss, weight or gradient that is no longer finite. The message
 * names the first layer (from the input side) that went bad and suggests a smaller learning rate,
 * the usual cure.
 */
import type { Network } from '@actlab/train';
import { formatNumber } from '@actlab/format';
import { READOUT_STYLE } from '../lib/number-style.js';
import type { Divergence } from './protocol.js';
import { LEARNING_RATES } from './settings.js';

/** True when every value is finite. */
function allFinite(values: Float64Array): boolean {
  for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i] as number)) return false;
  return true;
}

/** "hidden layer 1 (4 tanh units)" or "the output layer (1 sigmoid unit)". */
export function layerName(network: Network, index: number): string {
  const layer = network.layers[index] as Network['layers'][number];
  const units = `${layer.units} ${layer.act.id} unit${layer.units === 1 ? '' : 's'}`;
  return index === network.layers.length - 1
    ? `the output layer (${units})`
    : `hidden layer ${index + 1} (${units})`;
}

/** A learning rate worth trying instead of `rate`: the offered one closest to a tenth of it. */
export function smallerRate(rate: number): number {
  const target = rate / 10;
  const offered = LEARNING_RATES.filter((r) => r <= target * 1.0001);
  return offered[offered.length - 1] ?? target;
}

/** What the divergence check reads of each layer (a subset of @actlab/train's LayerMetrics). */
export interface LayerHealth {
  /** Norm of dL/dW on the last batch. */
  readonly gradientNorm: number;
  /** Norm of W. */
  readonly weightNorm: number;
}

/**
 * The divergence, if any: checks each layer's weights, biases and gradient norm from the input
 * side, then the loss. When only the loss overflowed (the weights are huge but still finite), the
 * layer whose weights grew largest is named.
 */
export function findDivergence(
  network: Network,
  trainLoss: number,
  layers: readonly LayerHealth[],
  learningRate: number,
  epoch: number,
): Divergence | undefined {
  const bad = network.layers.findIndex(
    (layer, i) =>
      !allFinite(layer.weights) ||
      !allFinite(layer.biases) ||
      !Number.isFinite(layers[i]?.gradientNorm ?? 0),
  );
  if (bad < 0 && Number.isFinite(trainLoss)) return undefined;
  let layer = bad;
  let where = '';
  if (bad >= 0) {
    where = `the weights or gradients of ${layerName(network, bad)} became infinite or not a number`;
  } else {
    layer = 0;
    layers.forEach((l, i) => {
      if (l.weightNorm > (layers[layer]?.weightNorm ?? 0)) layer = i;
    });
    where =
      `the loss became infinite or not a number; the weights of ${layerName(network, layer)} ` +
      `grew largest (size ${formatNumber(layers[layer]?.weightNorm ?? NaN, 3, READOUT_STYLE)})`;
  }
  const message =
    `Training diverged at epoch ${epoch}: ${where}. The steps were too large. ` +
    `Choose a smaller learning rate (now ${formatNumber(learningRate, 4, READOUT_STYLE)}; try ` +
    `${formatNumber(smallerRate(learningRate), 4, READOUT_STYLE)}); changing it starts training again.`;
  return { layer, message };
}
