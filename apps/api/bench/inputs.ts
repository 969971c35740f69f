/** What the benchmark sends: the evaluate body and the training request, both fixed and seeded. */

/** Numbers in one evaluate request. */
export const EVALUATE_SIZE = 1_000;

/**
 * The training run that keeps a worker busy while /healthz is measured: 2-16-16-1 on 1,000 circle
 * points (750 train), 1,900 epochs, so 1,900 x 750 x 337 = 480,225,000 units of work, just under
 * the default budget of 500,000,000. One example per step (the budget counts examples, not steps)
 * makes it last about 6 s on the bench machine when idle, twice the /healthz load it must outlast.
 */
export const TRAINING_REQUEST = {
  dataset: 'circle',
  points: 1_000,
  hidden: [16, 16],
  activation: 'tanh',
  epochs: 1_900,
  batchSize: 1,
  seed: 7,
} as const;

/** The evaluate body both servers receive: `{ "x": [...] }`, serialized once. */
export function evaluateBody(xs: readonly number[]): string {
  return JSON.stringify({ x: xs });
}
