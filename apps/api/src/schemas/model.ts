/**
 * Schemas of the model routes. The model's shape is checked here only loosely (types, not sizes):
 * @actlab/train's `modelFromJson` validates it fully and names the first field at fault.
 */
import { LOSS_IDS } from '@actlab/train';
import { Type } from 'typebox';
import { FORMULA_NAME_NOTE, MAX_NAME_LENGTH } from './activation.js';
import { MAX_KEY_LENGTH, ParamsRecord, WireNumber } from './common.js';

/**
 * Most inputs a model may declare: a row of weights holds that many numbers, so the 1 MiB body
 * bounds it anyway (about 500,000 one-digit numbers); this refuses 2^31 and 2^32 in the schema.
 */
const MAX_MODEL_INPUTS = 1_048_576;

/** A model in the actlab.mlp/1 format. */
export const ModelJson = Type.Object(
  {
    format: Type.Literal('actlab.mlp/1'),
    inputSize: Type.Integer({
      minimum: 1,
      maximum: MAX_MODEL_INPUTS,
      description:
        "Values per input row. Each row of the first layer's weights must hold this many numbers " +
        '(422 INVALID_MODEL, checked before anything is allocated).',
    }),
    layers: Type.Array(
      Type.Object({
        activation: Type.String({
          maxLength: MAX_NAME_LENGTH,
          description: `An activation id or alias of GET /v1/activations. ${FORMULA_NAME_NOTE}`,
        }),
        params: Type.Optional(ParamsRecord),
        // Wire numbers, so a diverged model still serializes; the model reader rejects non-finite ones.
        weights: Type.Array(Type.Array(WireNumber), { description: 'rows x inputs' }),
        biases: Type.Array(WireNumber),
      }),
      { minItems: 1 },
    ),
    loss: Type.Optional(Type.String({ maxLength: MAX_KEY_LENGTH })),
  },
  { $id: 'ModelJson', title: 'ModelJson', description: 'A model in the actlab.mlp/1 format.' },
);

/** Input rows. */
const Inputs = Type.Array(Type.Array(Type.Number()), {
  minItems: 1,
  description: 'Input rows, inputSize numbers each (at most 10,000 rows).',
});

/** Body of POST /v1/predict. */
export const PredictBody = Type.Object(
  { model: ModelJson, inputs: Inputs },
  // The course's sigmoid neuron on two examples: what "Try it out" sends first.
  {
    examples: [
      {
        model: {
          format: 'actlab.mlp/1',
          inputSize: 2,
          layers: [{ activation: 'sigmoid', params: {}, weights: [[0.5, -0.3]], biases: [0.1] }],
        },
        inputs: [
          [1, 0.5],
          [-1, 2],
        ],
      },
    ],
  },
);

/** Answer of POST /v1/predict: the last layer's outputs per row. */
export const PredictResult = Type.Object({ outputs: Type.Array(Type.Array(WireNumber)) });

/** Body of POST /v1/gradients. */
export const GradientsBody = Type.Object(
  {
    model: ModelJson,
    inputs: Inputs,
    targets: Type.Array(Type.Union([Type.Number(), Type.Array(Type.Number())]), {
      description:
        'One per row: output values (or one number) for mse and binary_cross_entropy (from 0 to 1: ' +
        '422 INVALID_TARGET otherwise), a class index for cross_entropy.',
    }),
    // A string rather than an enum: an unknown loss stays train's 422 INVALID_CONFIG naming the ids.
    loss: Type.String({ maxLength: MAX_KEY_LENGTH, description: `One of ${LOSS_IDS.join(', ')}.` }),
  },
  {
    examples: [
      {
        model: {
          format: 'actlab.mlp/1',
          inputSize: 2,
          layers: [{ activation: 'sigmoid', params: {}, weights: [[0.5, -0.3]], biases: [0.1] }],
        },
        inputs: [[1, 0.5]],
        targets: [1],
        loss: 'binary_cross_entropy',
      },
    ],
  },
);

/** Answer of POST /v1/gradients: the mean loss and dL/dW, dL/db per layer. */
export const GradientsResult = Type.Object({
  loss: WireNumber,
  layers: Type.Array(
    Type.Object({
      weights: Type.Array(Type.Array(WireNumber)),
      biases: Type.Array(WireNumber),
    }),
  ),
});
