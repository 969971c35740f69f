/**
 * The last stage of the training pipeline (request -> `planRun` -> `createSession`/`runSession`
 * -> `trainAnswer`): a finished run as the API and the CLI answer it, in plain numbers. Encoding
 * non-finite numbers for a wire is the caller's business.
 */
import type { Standardization } from './datasets/split.js';
import { TrainError } from './errors.js';
import type { HistoryEntry, Metrics } from './metrics.js';
import { historyEntry } from './metrics.js';
import type { ModelJson } from './model-json.js';
import { optimizerConfig } from './optimizer.js';
import type { TrainPlan } from './request.js';
import type { RunResult } from './run.js';

/** What a training run answers. */
export interface TrainAnswer {
  /** One entry per reported epoch: losses, accuracy or R^2, gradient norms. */
  readonly history: HistoryEntry[];
  /** The trained model; it takes raw inputs (standardization folded in when the plan had it). */
  readonly model: ModelJson;
  /** The metrics at the end. */
  readonly metrics: Metrics;
  /** Present when the run stopped early because its loss stopped being finite. */
  readonly diverged?: Divergence;
}

/** A run that blew up: where, and what to change. */
export interface Divergence {
  /** The epoch whose training loss was NaN or infinite (the run stopped there). */
  readonly epoch: number;
  /** That loss. */
  readonly loss: number;
  /** The setting to lower first and a value to try. */
  readonly advice: { readonly setting: 'learningRate'; readonly now: number; readonly try: number };
  /** One plain sentence: what happened and what to do. */
  readonly message: string;
}

/**
 * What to say about a run that diverged at `epoch` with `loss`: the usual cause is a learning rate
 * too large for the loss surface, so the advice is a tenth of the plan's rate.
 */
export function divergence(
  epoch: number,
  loss: number,
  plan: Pick<TrainPlan, 'config'>,
): Divergence {
  // The rate in force, the optimizer's default filled in when the plan set none.
  const now = optimizerConfig(plan.config.optimizer ?? { type: 'sgd' }).learningRate;
  const next = Number((now / 10).toPrecision(3));
  const what = Number.isNaN(loss) ? 'NaN' : 'infinite';
  return {
    epoch,
    loss,
    advice: { setting: 'learningRate', now, try: next },
    message:
      `training diverged at epoch ${epoch}: the training loss became ${what}, so the run stopped; ` +
      `lower the learning rate (now ${now}), for example to ${next}`,
  };
}

/**
 * The answer of `result`, a run of `plan`: the history entries, the model with the plan's
 * standardization folded into its first layer (so it takes the dataset's raw inputs), the
 * final metrics, and what to change when the run diverged.
 */
export function trainAnswer(
  result: RunResult,
  plan: Pick<TrainPlan, 'scaling' | 'config'>,
): TrainAnswer {
  const { diverged } = result;
  return {
    history: result.history.map(historyEntry),
    model: plan.scaling ? foldStandardization(result.model, plan.scaling) : result.model,
    metrics: result.metrics,
    ...(diverged ? { diverged: divergence(diverged.epoch, diverged.loss, plan) } : {}),
  };
}

/**
 * The same model taking raw inputs: standardization (x - mean) / std folded into the first layer,
 * W' = W / std (column-wise) and b' = b - W' mean, so the exported model needs no statistics beside
 * it. Its outputs on raw inputs equal the original's on standardized inputs up to rounding.
 */
export function foldStandardization(model: ModelJson, scaling: Standardization): ModelJson {
  const [first, ...rest] = model.layers;
  if (!first) return model;
  if (scaling.mean.length !== model.inputSize || scaling.std.length !== model.inputSize) {
    throw new TrainError(
      'SHAPE_MISMATCH',
      `standardization has ${scaling.mean.length} features but the model takes ${model.inputSize} inputs`,
    );
  }
  const weights = first.weights.map((row) => row.map((w, c) => w / (scaling.std[c] as number)));
  const biases = first.biases.map((b, r) => {
    const row = weights[r] as number[];
    let shift = 0;
    for (let c = 0; c < row.length; c++) shift += (row[c] as number) * (scaling.mean[c] as number);
    return b - shift;
  });
  return { ...model, layers: [{ ...first, weights, biases }, ...rest] };
}
