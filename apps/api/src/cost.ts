/**
 * The one measure of what a non-training request costs, computed from its validated shape before
 * any network is built, any array allocated or any value computed: its work (work units, about one
 * multiply-add each, the unit of every budget) and the size of its answer (numbers). Every route
 * that evaluates something (predict, gradients, backprop, evaluate, the Jacobian, curves, depth)
 * builds a `Cost` here and calls `checkCost`, which refuses an answer too large to build (413
 * ANSWER_TOO_LARGE) and work over the budget (422 WORK_LIMIT), each problem stating the count and
 * the limit. Training has its own measure (train's `trainingCost`).
 */
import type { Limits } from './limits.js';
import { ApiError } from './problem.js';

/** What one request will cost, and how it was counted (for the problem document). */
export interface Cost {
  /** Work units of the computation (about one multiply-add each). */
  readonly work: number;
  /** How `work` is counted, with the request's figures, e.g. `rows x parameters = 10 x 9`. */
  readonly workCounted: string;
  /** Which budget the work is held to: depth has its own, everything else the forward budget. */
  readonly budget: 'forward' | 'depth';
  /** Numbers in the answer (each at most `MAX_JSON_BYTES_PER_NUMBER` bytes of JSON). */
  readonly answer: number;
  /** How `answer` is counted, e.g. `rows x outputs = 10000 x 2500`. */
  readonly answerCounted: string;
  /** The request field to name when the work is over budget (the one to make smaller). */
  readonly field: string;
  /** The field to name when the answer is too large, when not `field`. */
  readonly answerField?: string;
  /** What the client can do, in words, e.g. `send fewer rows`. */
  readonly remedy: string;
}

/**
 * Most bytes one answer number takes as JSON with its comma: `-1.2345678901234567e-300,` is 25
 * (and "-Infinity" with its quotes 11), so an answer of n numbers is under 25 n bytes.
 */
export const MAX_JSON_BYTES_PER_NUMBER = 25;

/** `n` with thousands separators, for problem details. */
function count(n: number): string {
  return n.toLocaleString('en-US');
}

/**
 * Throws unless `cost` fits `limits`: a 413 ANSWER_TOO_LARGE when the answer would hold more than
 * `maxAnswerNumbers` numbers, else a 422 WORK_LIMIT when the work is over its budget. Both name
 * `cost.field` and state the count and the limit.
 */
export function checkCost(cost: Cost, limits: Limits): void {
  if (cost.answer > limits.maxAnswerNumbers) {
    const megabytes = (limits.maxAnswerNumbers * MAX_JSON_BYTES_PER_NUMBER) / 1e6;
    throw new ApiError(
      413,
      'ANSWER_TOO_LARGE',
      `the answer would hold ${cost.answerCounted} = ${count(cost.answer)} numbers, over the ` +
        `limit of ${count(limits.maxAnswerNumbers)} (about ${megabytes} MB of JSON); ${cost.remedy}`,
      cost.answerField ?? cost.field,
    );
  }
  const budget = cost.budget === 'depth' ? limits.maxDepthWork : limits.maxForwardWork;
  if (cost.work > budget) {
    throw new ApiError(
      422,
      'WORK_LIMIT',
      `${cost.workCounted} is ${count(cost.work)} work units, over the limit of ${count(budget)}; ` +
        cost.remedy,
      cost.field,
    );
  }
}

/** Parameters and formula work per row of a model, and its output units. */
export interface ModelSize {
  /** Weights and biases of every layer. */
  readonly parameters: number;
  /** Work units the layers' typed formulas add per row (0 for catalog activations). */
  readonly formulaWork: number;
  /** Units of the last layer: the numbers of one output row. */
  readonly outputs: number;
}

/** The per-row work of a model, and how it is counted. */
function perRow(model: ModelSize): { readonly work: number; readonly counted: string } {
  return model.formulaWork > 0
    ? {
        work: model.parameters + model.formulaWork,
        counted: `(parameters + formula work) = `,
      }
    : { work: model.parameters, counted: 'parameters = ' };
}

/** The figures of `perRow`'s count, e.g. `(9 + 120)` or `9`. */
function perRowFigures(model: ModelSize): string {
  return model.formulaWork > 0
    ? `(${model.parameters} + ${model.formulaWork})`
    : `${model.parameters}`;
}

/**
 * POST /v1/predict: rows x (parameters + formula work) of forward passes; the answer holds rows x
 * outputs numbers.
 */
export function predictCost(rows: number, model: ModelSize): Cost {
  const row = perRow(model);
  return {
    work: rows * row.work,
    workCounted: `rows x ${row.counted}${rows} x ${perRowFigures(model)}`,
    budget: 'forward',
    answer: rows * model.outputs,
    answerCounted: `rows x outputs = ${rows} x ${model.outputs}`,
    field: 'inputs',
    remedy: 'send fewer rows',
  };
}

/**
 * POST /v1/gradients (and /v1/backprop, one row): rows x (parameters + formula work), as for
 * predict (the backward pass about doubles it, well inside the budget's margin); the answer holds
 * every parameter's gradient and the loss.
 */
export function gradientsCost(rows: number, model: ModelSize): Cost {
  const row = perRow(model);
  return {
    work: rows * row.work,
    workCounted: `rows x ${row.counted}${rows} x ${perRowFigures(model)}`,
    budget: 'forward',
    answer: model.parameters + 1,
    answerCounted: `parameters + 1 = ${model.parameters} + 1`,
    field: 'inputs',
    answerField: 'model',
    remedy: 'send fewer rows or a smaller model',
  };
}

/**
 * Evaluation of `n` values: a scalar activation answers f and f' (2n numbers, n x per-value work);
 * a vector one f and its n x n Jacobian (n + n^2 numbers, as much work).
 */
export function evaluateCost(kind: 'scalar' | 'vector', n: number, perValue: number): Cost {
  if (kind === 'vector') {
    return {
      work: n * n + n,
      workCounted: `n x n + n = ${n} x ${n} + ${n}`,
      budget: 'forward',
      answer: n * n + n,
      answerCounted: `f and the n x n Jacobian, n + n x n = ${n} + ${n} x ${n}`,
      field: 'x',
      remedy: 'send fewer values',
    };
  }
  return {
    work: n * perValue,
    workCounted: `${n} values at ${perValue} work units each`,
    budget: 'forward',
    answer: 2 * n,
    answerCounted: `f and f' at each value, 2 x ${n}`,
    field: 'x',
    remedy: 'send fewer values or a shorter formula',
  };
}

/**
 * A curve of `points` samples plus up to 7 per kink (kinks inside the range are sampled densely):
 * x, f and f' at each; `perValue` work units per sample.
 */
export function curveCost(points: number, kinks: number, perValue: number): Cost {
  const samples = points + 7 * kinks;
  return {
    work: samples * perValue,
    workCounted: `${samples} samples at ${perValue} work units each`,
    budget: 'forward',
    answer: 3 * samples,
    answerCounted: `x, f and f' at ${points} points and 7 per kink, 3 x ${samples}`,
    field: 'points',
    remedy: 'ask for fewer points or send a shorter formula',
  };
}

/**
 * POST /v1/depth: depth x width x batch x (width + formula work per value) multiply-adds (the
 * backward pass doubles them, which `maxDepthWork` allows for); the answer holds four curves of
 * `depth` numbers and a few figures.
 */
export function depthCost(
  depth: number,
  width: number,
  batch: number,
  perValue: number,
  batchGiven: boolean,
): Cost {
  return {
    work: depth * width * batch * (width + perValue),
    workCounted:
      `depth x width x batch x (width + formula work) = ${depth} x ${width} x ${batch} x ` +
      `(${width} + ${perValue})`,
    budget: 'depth',
    answer: 4 * depth + 6,
    answerCounted: `four curves of depth values and 6 figures, 4 x ${depth} + 6`,
    field: batchGiven ? 'batch' : 'width',
    remedy: 'use fewer layers, fewer units or a smaller batch',
  };
}
