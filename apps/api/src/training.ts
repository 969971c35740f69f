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
  RunResult,
  TrainPlan,
  TrainRequest,
} from '@actlab/train';
import { historyEntry, planRun, trainAnswer } from '@actlab/train';
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

/**
 * The plan of a body: `planRun` with the work budget `limits.maxTrainingWork` (over it,
 * WORK_LIMIT, a 422 naming the product and the budget). A required field that neither the body
 * nor its experiment's preset supplies is train's MISSING_FIELD, a 400 like any field the schema
 * requires. Typed formulas are parsed first, so that one that does not parse is a 422 naming its
 * field and position; their evaluations (epochs x examples x units x cost) count toward the budget
 * beside train's epochs x examples x parameters.
 */
export function planTraining(body: TrainBody, limits: Limits): TrainPlan {
  formulaWork(bodyUses(body));
  const plan = planRun(trainRequest(body), { maxWork: limits.maxTrainingWork });
  const perExample = formulaWork(
    plan.config.layers.map((l, i) => ({
      field: `layers[${i}]`,
      name: l.activation,
      units: l.units,
    })),
  );
  const examples = plan.data.train.size;
  const work = plan.work + plan.epochs * examples * perExample;
  if (work > limits.maxTrainingWork) {
    throw new ApiError(
      422,
      'WORK_LIMIT',
      `epochs x examples x (parameters + formula work) is ${plan.epochs} x ${examples} x ` +
        `(${plan.parameters} + ${perExample}) = ${work}, over the budget of ` +
        `${limits.maxTrainingWork}; use fewer epochs, points or units, or a shorter formula`,
      'epochs',
    );
  }
  return plan;
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
export function trainResponse(result: RunResult, plan: Pick<TrainPlan, 'scaling'>): TrainResult {
  const { history, model, metrics } = trainAnswer(result, plan);
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
  };
}
