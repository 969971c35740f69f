/** What the benchmark sends: the evaluate body and the training request, both fixed and seeded. */

/** Numbers in one evaluate request. */
export const EVALUATE_SIZE = 1_000;

/**
 * The training run that keeps a worker busy while /healthz is measured: 2-16-16-1 on 1,000 circle
 * points (750 train), 550 epochs of one example per step: 3.9e9 work units of train's
 * `trainingCost` (412,500 steps, each with the optimizer's update, dominate), just under the
 * default budget of 4e9. It lasts about 2 s on the bench machine when idle, longer than the
 * /healthz load it must outlast.
 */
export const TRAINING_REQUEST = {
  dataset: 'circle',
  points: 1_000,
  hidden: [16, 16],
  activation: 'tanh',
  epochs: 550,
  batchSize: 1,
  seed: 7,
} as const;

/** The evaluate body both servers receive: `{ "x": [...] }`, serialized once. */
export function evaluateBody(xs: readonly number[]): string {
  return JSON.stringify({ x: xs });
}
