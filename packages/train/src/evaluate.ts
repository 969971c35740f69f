/**
 * How well a network does on data, as free functions over the network: the mean loss and the
 * accuracy (classification) or R^2 (regression) over a whole dataset at the current weights,
 * through the batched forward pass.
 */
import type { Dataset } from './datasets/dataset.js';
import type { BatchWorkspace } from './forward-batch.js';
import { BATCH_ROWS, createBatchWorkspace, forwardBatch } from './forward-batch.js';
import type { LossId } from './loss.js';
import { lossAndDelta, outputMode, readableOutput } from './loss.js';
import { rSquared } from './metrics.js';
import type { Layer, Network, Workspace } from './network.js';
import { createWorkspace } from './network.js';

/** A network's figures on one dataset. */
export interface Score {
  /** Mean loss per example. */
  readonly loss: number;
  /** Share classified correctly (classification). */
  readonly accuracy?: number;
  /** Coefficient of determination (regression). */
  readonly r2?: number;
}

/** Buffers `scoreDataset` reuses between calls (one set per network). */
export interface ScoreBuffers {
  readonly ws: Workspace;
  readonly bws: BatchWorkspace;
  readonly scratch: Float64Array;
  readonly sums: Float64Array;
}

/** Buffers sized for `network`. */
export function createScoreBuffers(network: Network): ScoreBuffers {
  return {
    ws: createWorkspace(network),
    bws: createBatchWorkspace(network),
    scratch: new Float64Array(Math.max(...network.layers.map((l) => l.rows))),
    sums: new Float64Array(2),
  };
}

/**
 * Mean `loss` and accuracy or R^2 of `network` over every row of `data` (whose task decides which).
 * Pass `buffers` to reuse them across calls; they are created otherwise.
 */
export function scoreDataset(
  network: Network,
  loss: LossId,
  data: Dataset,
  buffers: ScoreBuffers = createScoreBuffers(network),
): Score {
  const { ws, bws, scratch, sums } = buffers;
  const last = network.layers.length - 1;
  const output = network.layers[last] as Layer;
  const mode = outputMode(loss, output);
  const units = data.outputSize;
  const perRow = data.task === 'multiclass' ? 1 : units;
  const z1 = ws.z[last] as Float64Array;
  const a1 = ws.a[last] as Float64Array;
  const zs = bws.z[last] as Float64Array;
  const as = bws.a[last] as Float64Array;
  const predictions = data.task === 'regression' ? new Float64Array(data.size * units) : undefined;
  let total = 0;
  let correct = 0;
  for (let first = 0; first < data.size; first += BATCH_ROWS) {
    const count = Math.min(BATCH_ROWS, data.size - first);
    forwardBatch(network, data.inputs, first, count, bws);
    for (let i = 0; i < count; i++) {
      const row = first + i;
      z1.set(zs.subarray(i * output.rows, (i + 1) * output.rows));
      a1.set(as.subarray(i * units, (i + 1) * units));
      lossAndDelta(
        mode,
        loss,
        output,
        z1,
        a1,
        data.targets,
        row * perRow,
        0,
        ws.delta[last] as Float64Array,
        scratch,
        sums,
      );
      total += sums[0] as number;
      if (data.task === 'multiclass') {
        let best = 0;
        for (let j = 1; j < units; j++) if ((a1[j] as number) > (a1[best] as number)) best = j;
        if (best === data.targets[row]) correct++;
      } else if (data.task === 'binary') {
        const p = readableOutput(mode, a1[0] as number);
        if ((p >= 0.5 ? 1 : 0) === data.targets[row]) correct++;
      } else {
        (predictions as Float64Array).set(a1.subarray(0, units), row * units);
      }
    }
  }
  const mean = total / data.size;
  if (predictions) return { loss: mean, r2: rSquared(predictions, data.targets) };
  return { loss: mean, accuracy: correct / data.size };
}
