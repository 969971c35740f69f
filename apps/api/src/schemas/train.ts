/**
 * Schemas of POST /v1/train: what to train, and the history, model and metrics it answers. The
 * id lists (datasets, input features, losses, optimizers, initializations, regularizations, and
 * the activations the description names) are train's and core's own arrays, so the OpenAPI
 * document lists them and a new id appears here without an edit.
 */
import { SCALAR_IDS, VECTOR_IDS } from '@actlab/core';
import {
  DATASET_NAMES,
  FEATURE_IDS,
  INIT_IDS,
  LOSS_IDS,
  OPTIMIZER_IDS,
  REGULARIZATION_TYPES,
} from '@actlab/train';
import { Type } from 'typebox';
import type { Static } from 'typebox';
import { FORMULA_NAME_NOTE, MAX_NAME_LENGTH } from './activation.js';
import { ParamsRecord, WireNumber } from './common.js';
import { ModelJson } from './model.js';

/** Most rows a training request may generate: 20,000 take about 15 ms of the event loop. */
const MAX_TRAIN_POINTS = 20_000;

/**
 * An activation id as the documentation lists them: core's own ids, or a typed formula. A plain
 * string rather than an enum, so that an alias (`swish`) is accepted and a misspelt id gets core's
 * 422 naming the closest ids instead of a list of every one.
 */
const ActivationId = Type.String({
  maxLength: MAX_NAME_LENGTH,
  description:
    `An activation of GET /v1/activations by id or alias: ${SCALAR_IDS.join(', ')}; ` +
    `as an output layer also ${VECTOR_IDS.join(', ')}. ${FORMULA_NAME_NOTE} A formula that does ` +
    'not parse is a 422 INVALID_FORMULA naming the field, with `position` counted in this string.',
  examples: ['relu', 'formula: x * tanh(softplus(x))'],
});

/** An activation by id, or by id with parameters (a formula's declared ones included). */
const ActivationChoice = Type.Union([
  ActivationId,
  Type.Object(
    { id: ActivationId, params: Type.Optional(ParamsRecord) },
    { examples: [{ id: 'formula: x * sigmoid(beta * x); beta = 1.702', params: { beta: 2 } }] },
  ),
]);

/** Body of POST /v1/train. */
export const TrainBody = Type.Object(
  {
    experiment: Type.Optional(
      Type.String({
        maxLength: 100,
        description:
          "An id from GET /v1/experiments: start from that experiment's preset run; the body's " +
          'other fields override it. Without it, dataset, hidden, activation and epochs are required.',
      }),
    ),
    dataset: Type.Optional(
      Type.Enum(DATASET_NAMES, { description: 'A trainable dataset of GET /v1/datasets.' }),
    ),
    points: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: MAX_TRAIN_POINTS,
        // Generating, standardizing and handing rows to a worker happens on the event loop.
        description: `Rows to generate (datasets that take it), at most ${MAX_TRAIN_POINTS}.`,
      }),
    ),
    noise: Type.Optional(Type.Number({ description: 'Noise level (datasets that take it).' })),
    features: Type.Optional(Type.Integer({ description: 'Iris: 2 (sepals) or 4 measurements.' })),
    inputs: Type.Optional(
      Type.Array(Type.Enum(FEATURE_IDS), {
        minItems: 1,
        maxItems: FEATURE_IDS.length,
        description:
          'Features of the (x1, x2) plane the network sees, for datasets with two inputs ' +
          "(default the raw x1, x2). Not iris's `features`.",
      }),
    ),
    testFraction: Type.Optional(
      Type.Number({ exclusiveMinimum: 0, exclusiveMaximum: 1, default: 0.25 }),
    ),
    standardize: Type.Optional(
      Type.Boolean({
        description:
          "Standardize the inputs by the training rows' mean and deviation (default: true for " +
          'datasets of raw measurements such as iris). The model answered takes raw inputs: the ' +
          'scaling is folded into its first layer.',
      }),
    ),
    hidden: Type.Optional(
      Type.Array(Type.Integer({ minimum: 1, maximum: 256 }), {
        maxItems: 8,
        description: 'Units of each hidden layer, input side first.',
      }),
    ),
    activation: Type.Optional(
      Type.Union([ActivationChoice, Type.Array(ActivationChoice, { maxItems: 8 })], {
        description: 'One activation for every hidden layer, or one per hidden layer.',
      }),
    ),
    output: Type.Optional(ActivationChoice),
    loss: Type.Optional(
      Type.Enum(LOSS_IDS, {
        description: 'Default by task: binary_cross_entropy, cross_entropy, mse.',
      }),
    ),
    optimizer: Type.Optional(
      Type.Object({
        type: Type.Enum(OPTIMIZER_IDS),
        learningRate: Type.Optional(Type.Number()),
        momentum: Type.Optional(Type.Number({ description: 'momentum: mu (default 0.9).' })),
        beta1: Type.Optional(Type.Number({ description: 'adam (default 0.9).' })),
        beta2: Type.Optional(Type.Number({ description: 'adam (default 0.999).' })),
        epsilon: Type.Optional(Type.Number({ description: 'adam (default 1e-8).' })),
      }),
    ),
    regularization: Type.Optional(
      Type.Object({
        type: Type.Enum(REGULARIZATION_TYPES),
        rate: Type.Number({ minimum: 0, maximum: 10 }),
      }),
    ),
    init: Type.Optional(Type.Enum(INIT_IDS, { description: 'Weight initialization.' })),
    epochs: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000 })),
    batchSize: Type.Optional(Type.Integer({ minimum: 1 })),
    seed: Type.Optional(Type.Integer({ minimum: 0, maximum: 0xffffffff })),
  },
  {
    additionalProperties: false,
    // A quick run "Try it out" can send as it is: the circle data, one tanh layer, 50 epochs.
    examples: [{ dataset: 'circle', hidden: [8], activation: 'tanh', epochs: 50, seed: 1 }],
  },
);

/** A decoded POST /v1/train body. */
export type TrainBody = Static<typeof TrainBody>;

/** One entry of the training history. */
const HistoryEntry = Type.Object({
  epoch: Type.Integer(),
  loss: WireNumber,
  testLoss: Type.Optional(WireNumber),
  accuracy: Type.Optional(WireNumber),
  testAccuracy: Type.Optional(WireNumber),
  r2: Type.Optional(WireNumber),
  testR2: Type.Optional(WireNumber),
  gradientNorms: Type.Array(WireNumber, { description: 'Per layer, input side first.' }),
});

/** One history entry on the wire (also the data of a `progress` event). */
export type WireHistoryEntry = Static<typeof HistoryEntry>;

/** Answer of POST /v1/train. */
export const TrainResult = Type.Object({
  history: Type.Array(HistoryEntry),
  model: ModelJson,
  metrics: Type.Record(Type.String(), Type.Unknown(), {
    description: 'The final metrics: losses, accuracy or R^2, per-layer norms and histograms.',
  }),
  diverged: Type.Optional(
    Type.Object(
      {
        epoch: Type.Integer({ description: 'The epoch whose training loss stopped being finite.' }),
        loss: WireNumber,
        advice: Type.Object({
          setting: Type.Literal('learningRate'),
          now: Type.Number(),
          try: Type.Number(),
        }),
        message: Type.String(),
      },
      {
        description:
          'Present when the run stopped early because its loss became NaN or infinite: where, and which setting to lower.',
      },
    ),
  ),
});

/** An answer of POST /v1/train. */
export type TrainResult = Static<typeof TrainResult>;
