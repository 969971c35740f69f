/**
 * The throughput run of one scenario: actlab's trainer as a user runs it (its own shuffle and
 * batches), the plain loop at Playground scale, and TF.js on each backend, all from the same
 * initial weights on the same data. TF.js gets its batches as tensors made once, before timing,
 * for one epoch's order and then cycled, so it is timed on training alone, not on uploading data.
 */
import type { Dataset, Network } from '@actlab/train';
import { createTrainer } from '@actlab/train';
import type { BackendName } from './backends.js';
import { useBackend } from './backends.js';
import { batchesOf, epochOrders } from './batches.js';
import { createPlaygroundLoop, playgroundWeights } from './playground-loop.js';
import type { ContenderId, ContenderSpeed } from './results.js';
import type { Scenario } from './scenarios.js';
import type { TfjsBatch, TfjsMlp } from './tfjs-mlp.js';
import { createTfjsMlp, disposeBatches, headFor, tfjsBatch } from './tfjs-mlp.js';
import type { Contender, ThroughputPlan } from './throughput.js';
import { measureThroughput } from './throughput.js';

/** Seed of the TF.js contenders' batch order and of the plain loop's shuffles. */
const SPEED_SEED = 0x5eed;

/** A contender with what it is and how to free it. */
interface Entry extends Contender {
  readonly id: ContenderId;
  readonly call: string;
  readonly dispose?: () => void;
}

/** A TF.js contender on `backend`: one batch per call, cycling through one epoch's batches. */
async function tfjsEntry(
  backend: BackendName,
  scenario: Scenario,
  data: Dataset,
  network: Network,
): Promise<Entry> {
  await useBackend(backend);
  const head = headFor(network);
  const [order] = epochOrders(data.size, 1, SPEED_SEED);
  const batches: TfjsBatch[] = batchesOf(order as Uint32Array, scenario.config.batchSize).map(
    (rows) => tfjsBatch(data, rows, head, data.outputSize),
  );
  const mlp: TfjsMlp = createTfjsMlp(network, scenario.learningRate);
  let next = 0;
  return {
    id: backend === 'cpu' ? 'tfjs-cpu' : 'tfjs-wasm',
    call: '`optimizer.minimize(() => loss)` on one batch',
    examplesPerCall: scenario.config.batchSize,
    run: () => {
      mlp.step(batches[next] as TfjsBatch, false);
      next = (next + 1) % batches.length;
    },
    enter: () => useBackend(backend),
    dispose: () => {
      disposeBatches(batches);
      mlp.dispose();
    },
  };
}

/**
 * Times every contender of `scenario` on `data` with `plan`; `backends` are the TF.js backends to
 * time, `between` runs before every timed slice. Returns one speed per contender, actlab first.
 */
export async function measureScenario(
  scenario: Scenario,
  data: Dataset,
  backends: readonly BackendName[],
  plan: ThroughputPlan,
  between: () => void,
): Promise<ContenderSpeed[]> {
  const trainer = createTrainer(scenario.config, { train: data });
  const batchSize = scenario.config.batchSize;
  // At Playground scale an epoch is a fraction of a millisecond: time whole epochs. An MNIST-shape
  // epoch takes about a second, so there a call is a few steps.
  const epochCalls = scenario.id === 'playground';
  const stepsPerCall = 4;
  const entries: Entry[] = [
    epochCalls
      ? {
          id: 'actlab',
          call: '`trainer.runEpoch()`',
          examplesPerCall: data.size,
          run: () => trainer.runEpoch(),
        }
      : {
          id: 'actlab',
          call: `\`trainer.steps(${stepsPerCall})\``,
          examplesPerCall: stepsPerCall * batchSize,
          run: () => trainer.steps(stepsPerCall),
        },
  ];
  if (scenario.id === 'playground') {
    const loop = createPlaygroundLoop(
      playgroundWeights(trainer.network),
      data.inputs,
      data.targets,
      scenario.learningRate,
      batchSize,
      SPEED_SEED,
    );
    entries.push({
      id: 'loop',
      call: '`loop.epoch()`',
      examplesPerCall: data.size,
      run: () => loop.epoch(),
    });
  }
  for (const backend of backends) {
    entries.push(await tfjsEntry(backend, scenario, data, trainer.network));
  }
  const measured = await measureThroughput(entries, plan, between);
  for (const e of entries) e.dispose?.();
  return entries.map((e, i) => ({
    id: e.id,
    call: `${e.call} (${e.examplesPerCall} examples)`,
    examplesPerSecond: (measured[i] as { examplesPerSecond: number }).examplesPerSecond,
  }));
}
