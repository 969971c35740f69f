/** Schemas of POST /v1/train: what to train, and the history, model and metrics it answers. */
import { Type } from 'typebox';
import type { Static } from 'typebox';
import { ParamsRecord, WireNumber } from './common.js';
import { ModelJson } from './model.js';

/** An activation by id, or by id with parameters. */
const ActivationChoice = Type.Union([
  Type.String({ maxLength: 100 }),
  Type.Object({ id: Type.String({ maxLength: 100 }), params: Type.Optional(ParamsRecord) }),
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
      Type.String({ maxLength: 100, description: 'A name from GET /v1/datasets.' }),
    ),
    points: Type.Optional(
      Type.Integer({ description: 'Rows to generate (datasets that take it).' }),
    ),
    noise: Type.Optional(Type.Number({ description: 'Noise level (datasets that take it).' })),
    features: Type.Optional(Type.Integer({ description: 'Iris: 2 (sepals) or 4 measurements.' })),
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
    loss: Type.Optional(Type.String()),
    optimizer: Type.Optional(
      Type.Object({
        type: Type.String(),
        learningRate: Type.Optional(Type.Number()),
      }),
    ),
    regularization: Type.Optional(
      Type.Object({
        type: Type.Union([Type.Literal('none'), Type.Literal('l1'), Type.Literal('l2')]),
        rate: Type.Number({ minimum: 0, maximum: 10 }),
      }),
    ),
    init: Type.Optional(
      Type.Union([
        Type.Literal('uniform'),
        Type.Literal('xavier'),
        Type.Literal('he'),
        Type.Literal('zeros'),
      ]),
    ),
    epochs: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000 })),
    batchSize: Type.Optional(Type.Integer({ minimum: 1 })),
    seed: Type.Optional(Type.Integer({ minimum: 0, maximum: 0xffffffff })),
  },
  { additionalProperties: false },
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

/** Answer of POST /v1/train. */
export const TrainResult = Type.Object({
  history: Type.Array(HistoryEntry),
  model: ModelJson,
  metrics: Type.Record(Type.String(), Type.Unknown(), {
    description: 'The final metrics: losses, accuracy or R^2, per-layer norms and histograms.',
  }),
});
