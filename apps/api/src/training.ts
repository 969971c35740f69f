/**
 * POST /v1/train's ends of @actlab/train's pipeline (request -> `planRun` -> session ->
 * `trainAnswer`): the body decoded from the wire into a `TrainRequest` and planned against the
 * work budget, and the pipeline's plain-number answers encoded for the wire. Every check of the
 * request is train's; the API adds only the wire encoding and its budget.
 */
import { decodeRecord, encodeDeep, encodeNumbers, encodeRecord } from '@actlab/format';
import type {
  ActivationChoice,
  HistoryEntry,
  Metrics,
  PlanOptions,
  RunCheck,
  RunResult,
  TrainPlan,
  TrainRequest,
} from '@actlab/train';
import { checkRun, historyEntry, planRun, trainAnswer } from '@actlab/train';
import type { ActivationUse } from './formula-input.js';
import { formulaWork } from './formula-input.js';
import type { Limits } from './limits.js';
import { ApiError } from './problem.js';
import type { TrainBody, TrainResult, WireHistoryEntry } from './schemas/train.js';

/** A body's activation choice: parameters may hold the strings of the non-finite numbers. */
type WireChoice = NonNullable<TrainBody['output']>;

/** An activation choice with its parameters decoded from the wire. */
function decodeChoice(choice: WireChoice): ActivationChoice {
  if (typeof choice === 'string') return choice;
  const params = decodeRecord(choice.params);
  return params ? { id: choice.id, params } : { id: choice.id };
}

/**
 * The training request a body stands for: the body itself, with the non-finite activation
 * parameters (`"Infinity"`, ...) decoded. An experiment's preset is merged by `planRun`.
 */
export function trainRequest(body: TrainBody): TrainRequest {
  const { activation, output, ...rest } = body;
  return {
    ...rest,
    ...(activation !== undefined
      ? {
          activation: Array.isArray(activation)
            ? activation.map(decodeChoice)
            : decodeChoice(activation as WireChoice),
        }
      : {}),
    ...(output !== undefined ? { output: decodeChoice(output) } : {}),
  };
}

/** The activation names a body gives, with their fields (units are not known before planning). */
function bodyUses({ activation, output }: TrainBody): ActivationUse[] {
  const use = (choice: WireChoice, field: string): ActivationUse =>
    typeof choice === 'string'
      ? { field, name: choice, units: 0 }
      : { field: `${field}.id`, name: choice.id, units: 0 };
  return [
    ...(Array.isArray(activation)
      ? activation.map((c, i) => use(c, `activation[${i}]`))
      : activation !== undefined
        ? [use(activation as WireChoice, 'activation')]
        : []),
    ...(output !== undefined ? [use(output, 'output')] : []),
  ];
}

/** Most history entries an answer holds: a long run reports (and is evaluated) every k-th epoch. */
const MAX_HISTORY = 200;

/** Epochs between history entries (and evaluations) of a run of `epochs`. */
export function progressEvery(epochs: number): number {
  return Math.max(1, Math.ceil(epochs / MAX_HISTORY));
}

/** Train's plan options for `body` under `limits`: the budget, and how formulas count. */
function planOptions(body: TrainBody, limits: Limits): PlanOptions {
  const epochs = typeof body.epochs === 'number' ? body.epochs : undefined;
  return {
    maxWork: limits.maxTrainingWork,
    // A preset's epochs are not known here; evaluating every epoch overcounts, never under.
    ...(epochs !== undefined ? { evaluateEvery: progressEvery(epochs) } : {}),
    activationWork: (layers) =>
      formulaWork(
        layers.map((l, i) => ({ field: `layers[${i}]`, name: l.activation, units: l.units })),
      ),
  };
}

/**
 * Every check of a body, without generating its data (train's `checkRun`), so that the event loop
 * refuses or charges a request in well under a millisecond and the generation, which grows with
 * the rows, happens where the run does (`trainingPlan`, in the training worker). The budget
 * `limits.maxTrainingWork` holds the run's whole cost (train's `trainingCost`: forward and backward
 * passes, each evaluation over the training and test rows, the optimizer's steps, and the typed
 * formulas' evaluations); over it, WORK_LIMIT, a 422 stating the cost and the budget. A required
 * field that neither the body nor its experiment's preset supplies is train's MISSING_FIELD, a 400
 * like any field the schema requires. Typed formulas are parsed first, so that one that does not
 * parse is a 422 naming its field and position. The trained model is part of the answer: over
 * twice the general answer bound (so the course's 784-64-10 digits network fits), 413.
 */
export function planTraining(body: TrainBody, limits: Limits): RunCheck {
  formulaWork(bodyUses(body));
  const check = checkRun(trainRequest(body), planOptions(body, limits));
  const modelLimit = 2 * limits.maxAnswerNumbers;
  if (check.parameters > modelLimit) {
    throw new ApiError(
      413,
      'ANSWER_TOO_LARGE',
      `the trained model would hold ${check.parameters} weights and biases, over the limit of ` +
        `${modelLimit} for an answer; use fewer or smaller hidden layers`,
      'hidden',
    );
  }
  return check;
}

/**
 * The plan of a body that `planTraining` accepted, its data generated: what the training worker
 * (or, without one, this thread) runs. Throws what `planTraining` throws.
 */
export function trainingPlan(body: TrainBody, limits: Limits): TrainPlan {
  planTraining(body, limits);
  return planRun(trainRequest(body), planOptions(body, limits));
}

/** A history entry on the wire; the epoch is a count, so it stays a number in the schema's type. */
function wireEntry({ epoch, ...values }: HistoryEntry): WireHistoryEntry {
  return { epoch, ...encodeDeep(values) };
}

/** The history entry of `metrics` as the API reports it: the data of a `progress` event. */
export function progressEntry(metrics: Metrics): WireHistoryEntry {
  return wireEntry(historyEntry(metrics));
}

/**
 * A finished run of `plan` as the API answers it: train's answer (history, the model with any
 * standardization folded in so it takes raw inputs, the final metrics) with non-finite numbers
 * encoded.
 */
export function trainResponse(
  result: RunResult,
  plan: Pick<TrainPlan, 'config' | 'scaling'>,
): TrainResult {
  const { history, model, metrics, diverged } = trainAnswer(result, plan);
  return {
    history: history.map(wireEntry),
    model: {
      ...model,
      layers: model.layers.map((l) => ({
        activation: l.activation,
        params: encodeRecord(l.params),
        weights: l.weights.map(encodeNumbers),
        biases: encodeNumbers(l.biases),
      })),
    },
    metrics: encodeDeep(metrics),
    // A run that blew up says so in the answer (and the stream's result event), not only as NaN.
    ...(diverged ? { diverged: { ...diverged, loss: encodeDeep(diverged.loss) } } : {}),
  };
}
