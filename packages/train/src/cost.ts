/**
 * What a training run costs, counted from its shape alone (layer sizes, row counts, epochs, batch
 * size) before any data is generated or any network allocated, so that a run over budget is
 * refused for almost nothing. The unit is about one multiply-add of a forward pass over one
 * parameter; the weights below were measured on the benchmark machine (`BENCHMARKS.md`, section
 * "Training cost") so that the cost tracks the wall time of every kind of run within a small factor:
 * wide networks (parameters dominate), tiny networks over many rows (per-row and per-unit work
 * dominates), batches of one (the optimizer's step dominates) and many short epochs.
 */
import type { LayerShape } from './network.js';

/** Work units per parameter per example of a training step: the forward pass 1, the backward 2. */
const PER_PARAMETER_TRAINING = 3;
/** Work units per parameter per row of an evaluation (forward only). */
const PER_PARAMETER_EVALUATION = 1;
/**
 * Work units per pre-activation per example (training) or per row (evaluation): the activation
 * and its derivative, which cost tens of multiply-adds each (measured 20 to 70 ns a unit, where a
 * parameter's multiply-add costs about 1 ns), so they dominate networks with few inputs per unit.
 */
const PER_UNIT = 60;
/** Work units per row, training or evaluation: loss, indexing and copies around the layers. */
const PER_ROW = 200;
/** Work units of one optimizer step: a fixed part and a part per parameter (the update itself). */
const STEP_BASE = 1_000;
const STEP_PER_PARAMETER = 12;
/** Work units of one epoch beyond its steps (the shuffle's setup) and of one evaluation's metrics. */
const EPOCH_BASE = 2_000;
const EVALUATION_BASE = 5_000;

/** The trainer's batch size when a request gives none (as `createTrainer` defaults it). */
export const DEFAULT_BATCH_SIZE = 10;

/**
 * Largest share of a generated dataset a run may hold out for testing: about 9 test rows per
 * training row. A test set is evaluated as often as the training set, so a split that holds out
 * nearly every row (testFraction 0.99999) would spend its run evaluating.
 */
export const MAX_TEST_FRACTION = 0.9;

/** The shape of a run: what its cost is counted from. */
export interface RunShape {
  /** Epochs to run. */
  readonly epochs: number;
  /** Training rows. */
  readonly trainRows: number;
  /** Test rows (0 when none are held out). */
  readonly testRows: number;
  /** Examples per step (default `DEFAULT_BATCH_SIZE`). */
  readonly batchSize?: number;
  /** The layers as `layerShapes` gives them. */
  readonly layers: readonly LayerShape[];
  /**
   * Evaluations over the training and test rows during the run (default one per epoch, as the
   * playground evaluates; the API evaluates once per history entry).
   */
  readonly evaluations?: number;
  /** Extra work units per example of the activations beyond the catalog's (typed formulas). */
  readonly activationWork?: number;
}

/** A run's cost in work units, by where the work goes; `total` is what a budget is compared with. */
export interface TrainingCost {
  /** Forward and backward passes: epochs x training rows x (3 x parameters + units and row work). */
  readonly training: number;
  /** Evaluations over training and test rows (forward only), with their diagnostics. */
  readonly evaluation: number;
  /** Optimizer steps (epochs x ceil(rows / batch size)) and epochs beyond their examples. */
  readonly steps: number;
  /** Typed formulas' extra work, in training and evaluation. */
  readonly formulas: number;
  /** The sum of the four. */
  readonly total: number;
  /** Optimizer steps in the run. */
  readonly stepCount: number;
  /** Evaluations in the run. */
  readonly evaluationCount: number;
}

/** Evaluations of a run of `epochs` evaluated every `every` epochs and after the last. */
export function evaluationCount(epochs: number, every = 1): number {
  return Math.ceil(epochs / every);
}

/** The cost of a run of this shape (see `TrainingCost`). */
export function trainingCost(shape: RunShape): TrainingCost {
  const { epochs, trainRows, testRows, layers, activationWork = 0 } = shape;
  const batchSize = Math.min(shape.batchSize ?? DEFAULT_BATCH_SIZE, trainRows);
  const evaluations = shape.evaluations ?? epochs;
  const parameters = layers.reduce((n, s) => n + s.rows * (s.inputSize + 1), 0);
  const units = layers.reduce((n, s) => n + s.rows, 0);
  const perExample = PER_PARAMETER_TRAINING * parameters + PER_UNIT * units + PER_ROW;
  const perRow = PER_PARAMETER_EVALUATION * parameters + PER_UNIT * units + PER_ROW;
  const stepCount = epochs * Math.ceil(trainRows / batchSize);
  const evaluatedRows = trainRows + testRows;
  // Each evaluation also probes one batch's gradients for the per-layer diagnostics.
  const perEvaluation = evaluatedRows * perRow + batchSize * perExample + EVALUATION_BASE;
  const training = epochs * trainRows * perExample;
  const evaluation = evaluations * perEvaluation;
  const steps = stepCount * (STEP_BASE + STEP_PER_PARAMETER * parameters) + epochs * EPOCH_BASE;
  const formulas = activationWork * (epochs * trainRows + evaluations * evaluatedRows);
  return {
    training,
    evaluation,
    steps,
    formulas,
    total: training + evaluation + steps + formulas,
    stepCount,
    evaluationCount: evaluations,
  };
}

/** A cost in words for a refusal, e.g. `1.2e9 work units (training 8.0e8, evaluation ...)`. */
export function describeCost(cost: TrainingCost): string {
  const e = (n: number): string => n.toExponential(2);
  return (
    `${e(cost.total)} work units (training ${e(cost.training)}, ${cost.evaluationCount} ` +
    `evaluations ${e(cost.evaluation)}, ${cost.stepCount} steps ${e(cost.steps)}` +
    (cost.formulas > 0 ? `, formulas ${e(cost.formulas)})` : ')')
  );
}
