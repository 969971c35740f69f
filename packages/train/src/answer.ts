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
}

/**
 * The answer of `result`, a run of `plan`: the history entries, the model with the plan's
 * standardization folded into its first layer (so it takes the dataset's raw inputs), and the
 * final metrics.
 */
export function trainAnswer(result: RunResult, plan: Pick<TrainPlan, 'scaling'>): TrainAnswer {
  return {
    history: result.history.map(historyEntry),
    model: plan.scaling ? foldStandardization(result.model, plan.scaling) : result.model,
    metrics: result.metrics,
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
