/**
 * The stepper: the smallest thing that trains. It owns a network's optimizer state and the batch
 * cursor over a shuffled order of the training rows, and advances by mini-batches or whole epochs.
 * Everything it needs per step lives in one `StepContext` built once, so a step allocates nothing.
 * Evaluation, diagnostics and prediction are free functions over the network (see `evaluate.ts`,
 * `diagnostics.ts`, `predict.ts`); the trainer and the session put the pieces together.
 */
import type { StepContext } from './batch.js';
import { batchStep, createStepContext } from './batch.js';
import type { Dataset } from './datasets/dataset.js';
import { TrainError } from './errors.js';
import type { LossId, OutputMode } from './loss.js';
import type { Network } from './network.js';
import type { Optimizer } from './optimizer.js';
import type { Rng } from './rng.js';
import { shuffle } from './rng.js';

/** INVALID_CONFIG (path `batchSize`) unless `batchSize` is a positive integer. */
export function checkBatchSize(batchSize: unknown): void {
  if (Number.isInteger(batchSize) && (batchSize as number) >= 1) return;
  throw new TrainError(
    'INVALID_CONFIG',
    `batchSize must be a positive integer, got ${String(batchSize)}`,
    'batchSize',
  );
}

/** A network advancing through its training rows batch by batch. */
export interface Stepper {
  /** The buffers and data of a step, including the last step's gradients (`gradW`, `gradB`). */
  readonly ctx: StepContext;
  /** Completed epochs. */
  readonly epoch: number;
  /** Completed steps. */
  readonly step: number;
  /** True once `ctx.gradW`/`ctx.gradB` hold a batch's gradient (a step ran, or `markGradients`). */
  readonly haveGradients: boolean;
  /** Runs `k` mini-batch steps and returns the mean loss over them. */
  steps(k: number): number;
  /** Runs to the end of the current epoch and returns the mean of its steps' losses. */
  runEpoch(): number;
  /** The training rows of the last batch (before any step: the first batch), as a copy. */
  lastBatch(): Uint32Array;
  /** Records that the gradients now hold the last batch's (computed by a probe). */
  markGradients(): void;
}

/**
 * A stepper over `train` in batches of `batchSize`, updating with `optimizer`. The row order is
 * shuffled once now and again at each epoch's end, drawing from `rng` (after the weights' draws,
 * which is what makes a seed reproduce a run).
 */
export function createStepper(
  network: Network,
  mode: OutputMode,
  loss: LossId,
  optimizer: Optimizer,
  rng: Rng,
  train: Dataset,
  batchSize: number,
): Stepper {
  return new StepperImpl(network, mode, loss, optimizer, rng, train, batchSize);
}

class StepperImpl implements Stepper {
  epoch = 0;
  step = 0;
  haveGradients = false;
  readonly ctx: StepContext;
  private readonly size: number;
  /** Position in `order` of the next example of the current epoch. */
  private cursor = 0;
  /**
   * Positions in `order` of the last batch, for metrics (before any step: the first batch). The
   * order is reshuffled at each epoch's end, so these are copied out when read, not kept as a view.
   */
  private lastStart = 0;
  private lastEnd: number;
  /** Rows of the last batch of an epoch, copied before the reshuffle (then lastStart is -1). */
  private readonly lastRows: Uint32Array;
  private lastCount = 0;

  constructor(
    network: Network,
    mode: OutputMode,
    loss: LossId,
    private readonly optimizer: Optimizer,
    private readonly rng: Rng,
    train: Dataset,
    private readonly batchSize: number,
  ) {
    this.size = train.size;
    const order = Uint32Array.from({ length: train.size }, (_, i) => i);
    shuffle(order, rng);
    this.ctx = createStepContext(
      network,
      mode,
      loss,
      train,
      order,
      Math.min(batchSize, train.size),
    );
    this.lastEnd = Math.min(batchSize, train.size);
    this.lastRows = new Uint32Array(this.lastEnd);
  }

  steps(k: number): number {
    const sums = this.ctx.sums;
    sums[1] = 0;
    for (let i = 0; i < k; i++) this.oneStep();
    return (sums[1] as number) / Math.max(k, 1);
  }

  runEpoch(): number {
    const start = this.epoch;
    const sums = this.ctx.sums;
    let count = 0;
    sums[1] = 0;
    while (this.epoch === start) {
      this.oneStep();
      count++;
    }
    return (sums[1] as number) / count;
  }

  /** One mini-batch: forward, loss, backward, update. Allocates nothing (no subarray views either). */
  private oneStep(): void {
    const ctx = this.ctx;
    const start = this.cursor;
    const end = Math.min(start + this.batchSize, this.size);
    const b = end - start;
    for (let l = 0; l < ctx.gradW.length; l++) {
      (ctx.gradW[l] as Float64Array).fill(0);
      (ctx.gradB[l] as Float64Array).fill(0);
    }
    batchStep(ctx, start, b);
    const total = ctx.sums[0] as number;
    this.optimizer.update(ctx.gradW, ctx.gradB);
    this.lastStart = start;
    this.lastEnd = end;
    this.haveGradients = true;
    this.step++;
    this.cursor = end;
    if (this.cursor >= this.size) {
      // Keep the last batch's rows before the reshuffle moves them (for metrics read later).
      for (let i = start; i < end; i++) this.lastRows[i - start] = ctx.order[i] as number;
      this.lastCount = b;
      this.lastStart = -1;
      this.cursor = 0;
      this.epoch++;
      shuffle(ctx.order, this.rng);
    }
    // Each step's mean loss is added to sums[1] rather than returned: see `StepContext.sums`.
    ctx.sums[1] = (ctx.sums[1] as number) + total / b;
  }

  lastBatch(): Uint32Array {
    return this.lastStart >= 0
      ? this.ctx.order.slice(this.lastStart, this.lastEnd)
      : this.lastRows.slice(0, this.lastCount);
  }

  markGradients(): void {
    this.haveGradients = true;
  }
}
