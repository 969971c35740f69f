/**
 * The training loop's allocation check: run many mini-batch steps of the Playground network with
 * each optimizer while counting garbage collections. Zero means the loop allocated nothing.
 */
import { createTrainer, dataset } from '@actlab/train';
import type { GcCounter } from '../allocation.js';

/** Collections during `steps` steps, per optimizer. */
export interface TrainingAllocation {
  /** Steps counted per optimizer (after a warm-up of the same trainer). */
  readonly steps: number;
  /** Minor collections per optimizer id. */
  readonly collections: Readonly<Record<string, number>>;
}

/** Counts collections while the Playground network trains `steps` steps with sgd, momentum and adam. */
export async function trainingAllocation(
  counter: GcCounter,
  steps: number,
): Promise<TrainingAllocation> {
  const data = dataset('circle', { points: 500, noise: 0, seed: 1 });
  const collections: Record<string, number> = {};
  const trainers = (['sgd', 'momentum', 'adam'] as const).map((type) => ({
    type,
    trainer: createTrainer(
      {
        layers: [
          { units: 8, activation: 'tanh' },
          { units: 8, activation: 'tanh' },
          { units: 1, activation: 'sigmoid' },
        ],
        loss: 'binary_cross_entropy',
        optimizer: { type },
        batchSize: 10,
        seed: 1,
      },
      { train: data },
    ),
  }));
  // Warm every trainer up before counting any, so each step is optimized code. Seen here: the
  // first trainer of a process still shows a few collections per 100,000 steps (V8's first
  // optimized version of the batch step boxes a number somewhere; after a re-optimization, as
  // when a second trainer has run, it shows none). The figure is reported as measured.
  for (const { trainer } of trainers) trainer.steps(50_000);
  for (const { type, trainer } of trainers) {
    const count = await counter.during(() => {
      trainer.steps(steps);
    });
    collections[type] = count.minor;
  }
  return { steps, collections };
}
