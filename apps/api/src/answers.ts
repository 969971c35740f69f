/**
 * The answers of the routes whose work grows with the request (evaluations, curves, predictions,
 * gradients, depth), as pure functions of plain data: each takes the validated request's fields
 * and the limits, checks the cost first and returns the answer object with its numbers encoded for
 * the wire. Being plain data in and out, each runs the same on the event loop (small requests) or
 * in an answer worker (answer-pool.ts), where its JSON is also built, so that a large answer never
 * holds the event loop.
 */
import { isVectorId } from '@actlab/core';
import { decodeNumbers, decodeRecord, encodeDeep, encodeNumbers } from '@actlab/format';
import type { WireNumber } from '@actlab/format';
import type { DepthInit } from '@actlab/train';
import type { Static } from 'typebox';
import { gradients } from '@actlab/train';
import { gradientsCost, predictCost } from './cost.js';
import { curve, evaluate } from './evaluate.js';
import { readingFormula, readingFormulaField } from './formula-input.js';
import type { Limits } from './limits.js';
import { checkBinaryTargets, predict, readModel } from './predict.js';
import type { GradientsBody, PredictBody } from './schemas/model.js';
import type { DepthBody } from './schemas/signal.js';
import { depthAnswer } from './signal.js';

/** Parameters as sent: wire numbers by name, or none. */
type WireParams = Readonly<Record<string, WireNumber>> | undefined;

/** Where the activation comes from: a route's `:id`, or a formula field's text. */
interface Named {
  /** The catalog id or `formula:` id (from the path), or the formula's text (from the body). */
  readonly name: string;
  /** True when `name` is the text of a `formula` body field (errors name that field). */
  readonly formulaField?: boolean;
}

/** Runs `fn` with the activation's name, translating formula errors to the field that held it. */
function reading<T>(named: Named, fn: (name: string) => T): T {
  return named.formulaField
    ? readingFormulaField(named.name, fn)
    : readingFormula('id', () => fn(named.name));
}

/** The input of each answer, by kind. */
export interface AnswerInputs {
  readonly evaluate: Named & { readonly x: readonly WireNumber[]; readonly params: WireParams };
  readonly curve: Named & {
    readonly params: WireParams;
    readonly from: number;
    readonly to: number;
    readonly points: number;
  };
  readonly predict: Static<typeof PredictBody>;
  readonly gradients: Static<typeof GradientsBody>;
  readonly depth: Static<typeof DepthBody>;
}

/** A kind of answer. */
export type AnswerKind = keyof AnswerInputs;

/** The answer functions, by kind. */
export const ANSWERS: {
  readonly [K in AnswerKind]: (input: AnswerInputs[K], limits: Limits) => unknown;
} = {
  evaluate: (input, limits) =>
    reading(input, (name) =>
      evaluate(name, decodeNumbers(input.x), decodeRecord(input.params), limits),
    ),
  curve: ({ from, to, points, ...named }, limits) =>
    reading(named, (name) => curve(name, decodeRecord(named.params), { from, to, points }, limits)),
  predict: ({ model, inputs }, limits) => {
    const { network } = readModel(model, inputs.length, limits, predictCost);
    return { outputs: predict(network, inputs).map((row) => encodeNumbers(row)) };
  },
  gradients: ({ model, inputs, targets, loss }, limits) => {
    // Validates the model (fields named from the request's root) and the work limit first.
    const { json } = readModel(model, inputs.length, limits, gradientsCost);
    checkBinaryTargets(loss, targets, 'targets');
    return encodeDeep(gradients(json, inputs, targets, loss));
  },
  depth: ({ params, init, ...rest }, limits) => {
    const decoded = decodeRecord(params);
    return depthAnswer(
      { ...rest, init: init as DepthInit, ...(decoded ? { params: decoded } : {}) },
      limits,
    );
  },
};

/**
 * Answers of at most this many numbers are built inline: about 2 ms of the event loop, less than
 * a trip to a worker and back costs in all. Larger ones go to a worker.
 */
const INLINE_NUMBERS = 4_000;

/** Work units (about one multiply-add each) an inline answer may cost, about 1 ms. */
const INLINE_WORK = 1_000_000;

/** True when evaluating `name` at `n` values answers more numbers than are built inline. */
export function evaluateIsLarge(name: string, n: number): boolean {
  return (isVectorId(name) ? n * (n + 1) : 2 * n) > INLINE_NUMBERS;
}

/** True when a curve of `points` points (x, f and f', kinks aside) is built in a worker. */
export function curveIsLarge(points: number): boolean {
  return 3 * points > INLINE_NUMBERS;
}

/**
 * True when running `model` (as sent; its shape not yet checked) over `rows` rows is built in a
 * worker: rows x parameters of work, or rows x outputs (predict) or parameters (gradients) of
 * answer, over the inline bounds. A model whose shape cannot be read counts as small: reading it
 * fails at once.
 */
export function modelIsLarge(model: unknown, rows: number): boolean {
  const layers = (model as { layers?: unknown } | null)?.layers;
  if (!Array.isArray(layers)) return false;
  let parameters = 0;
  let outputs = 0;
  for (const layer of layers) {
    const weights = (layer as { weights?: unknown } | null)?.weights;
    if (!Array.isArray(weights)) return false;
    const first: unknown = weights[0];
    outputs = weights.length;
    parameters += weights.length * ((Array.isArray(first) ? first.length : 0) + 1);
  }
  return (
    rows * parameters > INLINE_WORK ||
    rows * outputs > INLINE_NUMBERS ||
    parameters > INLINE_NUMBERS
  );
}
