/**
 * The identical-batch check: actlab, TF.js (and, at Playground scale, the plain loop) start from
 * the same weights and train on the same batches in the same order, taken from one seeded shuffle;
 * their per-step batch losses must agree.
 *
 * actlab is driven through its public API only. A trainer shuffles its own rows, so to give it
 * chosen batches its training set is a window of exactly one batch (batchSize rows) whose
 * Float64Arrays are refilled before every `steps(1)`: each step is then a whole epoch of the
 * window, i.e. exactly that batch (the trainer's reshuffle only reorders the terms of the batch
 * mean). Its initial weights are those of any trainer with the same configuration and seed.
 */
import type { Dataset, Network, TrainConfig, Trainer } from '@actlab/train';
import { createTrainer } from '@actlab/train';
import { compareLosses } from './agreement.js';
import type { BackendName } from './backends.js';
import { useBackend } from './backends.js';
import { batchesOf, epochOrders, gatherRows } from './batches.js';
import { createPlaygroundLoop, playgroundWeights } from './playground-loop.js';
import type { ContenderAgreement, ContenderId } from './results.js';
import { LOOP_LOSS_TOLERANCE, TFJS_LOSS_TOLERANCE } from './results.js';
import type { Scenario } from './scenarios.js';
import { createTfjsMlp, disposeBatches, headFor, tfjsBatch } from './tfjs-mlp.js';

/** Seed of the batch order every contender follows. */
const ORDER_SEED = 0x0bad5eed;

/** An actlab trainer that steps on whichever batch it is given. */
export interface WindowTrainer {
  /** The trainer (its network is the one being trained). */
  readonly trainer: Trainer;
  /** One step on rows `rows` of the source (exactly batchSize of them); returns the batch loss. */
  step(rows: ArrayLike<number>): number;
}

/** A trainer for `config` whose one-batch training window is refilled from `source` each step. */
export function windowTrainer(
  config: TrainConfig & { readonly batchSize: number },
  source: Dataset,
): WindowTrainer {
  const b = config.batchSize;
  const targetWidth = source.task === 'multiclass' ? 1 : source.outputSize;
  const window: Dataset = {
    ...source,
    size: b,
    inputs: new Float64Array(b * source.inputSize),
    targets: new Float64Array(b * targetWidth),
  };
  const trainer = createTrainer(config, { train: window });
  return {
    trainer,
    step(rows) {
      if (rows.length !== b) throw new Error(`a window step needs ${b} rows, got ${rows.length}`);
      gatherRows(source.inputs, source.inputSize, rows, window.inputs);
      gatherRows(source.targets, targetWidth, rows, window.targets);
      return trainer.steps(1);
    },
  };
}

/** True when two networks hold the same weights and biases bit for bit. */
export function sameParameters(a: Network, b: Network): boolean {
  return (
    a.layers.length === b.layers.length &&
    a.layers.every((la, l) => {
      const lb = b.layers[l] as Network['layers'][number];
      return (
        la.weights.length === lb.weights.length &&
        la.weights.every((w, i) => Object.is(w, lb.weights[i])) &&
        la.biases.every((w, i) => Object.is(w, lb.biases[i]))
      );
    })
  );
}

/** TF.js's per-step losses on `batches` on one backend, from `network`'s current weights. */
async function tfjsLosses(
  backend: BackendName,
  scenario: Scenario,
  network: Network,
  data: Dataset,
  batches: readonly Uint32Array[],
): Promise<number[]> {
  await useBackend(backend);
  const head = headFor(network);
  const mlp = createTfjsMlp(network, scenario.learningRate);
  const tensors = batches.map((rows) => tfjsBatch(data, rows, head, data.outputSize));
  const losses = tensors.map((batch) => mlp.step(batch, true) as number);
  disposeBatches(tensors);
  mlp.dispose();
  return losses;
}

/**
 * Trains every contender of `scenario` on the same batches from the same weights and compares
 * each one's batch losses with actlab's. `backends` are the TF.js backends to check.
 */
export async function checkScenario(
  scenario: Scenario,
  data: Dataset,
  backends: readonly BackendName[],
): Promise<ContenderAgreement[]> {
  const rows = scenario.checkRows;
  const batchSize = scenario.config.batchSize;
  if (rows % batchSize !== 0 || rows > data.size) {
    throw new Error(
      `${scenario.id}: the check needs a multiple of ${batchSize} rows, at most ${data.size}`,
    );
  }
  const orders = epochOrders(rows, scenario.checkEpochs, ORDER_SEED);
  const batches = orders.flatMap((order) => batchesOf(order, batchSize));
  const actlab = windowTrainer(scenario.config, data);
  const reference = createTrainer(scenario.config, { train: data });
  if (!sameParameters(actlab.trainer.network, reference.network)) {
    throw new Error(`${scenario.id}: the window trainer did not start from the seeded weights`);
  }

  // Every other contender copies the initial weights before actlab takes its first step.
  const others: { id: ContenderId; tolerance: number; losses: number[] }[] = [];
  for (const backend of backends) {
    others.push({
      id: backend === 'cpu' ? 'tfjs-cpu' : 'tfjs-wasm',
      tolerance: TFJS_LOSS_TOLERANCE,
      losses: await tfjsLosses(backend, scenario, actlab.trainer.network, data, batches),
    });
  }
  if (scenario.id === 'playground') {
    const loop = createPlaygroundLoop(
      playgroundWeights(actlab.trainer.network),
      data.inputs,
      data.targets,
      scenario.learningRate,
      batchSize,
      ORDER_SEED,
    );
    others.push({
      id: 'loop',
      tolerance: LOOP_LOSS_TOLERANCE,
      losses: batches.map((b) => loop.step(b, 0, b.length)),
    });
  }
  const actlabLosses = batches.map((b) => actlab.step(b));
  const perEpoch = rows / batchSize;
  return others.map((o) => ({
    id: o.id,
    tolerance: o.tolerance,
    agreement: compareLosses(actlabLosses, o.losses, perEpoch),
  }));
}
