/**
 * Schemas of POST /v1/backprop: a small model, one example, and the complete trace of one
 * training step that train's `backpropTrace` answers. The sizes (at most 4 layers of 6 units)
 * are train's to check, so that its 422 names the field at fault.
 */
import { LOSS_IDS, TRACE_LIMITS } from '@actlab/train';
import { Type } from 'typebox';
import { MAX_KEY_LENGTH, ParamsRecord, WireNumber } from './common.js';
import { ModelJson } from './model.js';

/** A 2-2-1 example model: tanh hidden units, a sigmoid output. */
const EXAMPLE_MODEL = {
  format: 'actlab.mlp/1',
  inputSize: 2,
  layers: [
    {
      activation: 'tanh',
      weights: [
        [0.5, -0.3],
        [0.8, 0.2],
      ],
      biases: [0.1, -0.1],
    },
    { activation: 'sigmoid', weights: [[1.2, -0.7]], biases: [0.05] },
  ],
};

/** Body of POST /v1/backprop. */
export const BackpropBody = Type.Object(
  {
    model: ModelJson,
    input: Type.Array(Type.Number(), {
      minItems: 1,
      description: 'The one example: inputSize numbers.',
    }),
    target: Type.Union([Type.Number(), Type.Array(Type.Number())], {
      description:
        'Output values (or one number) for mse and binary_cross_entropy (from 0 to 1), a class ' +
        'index for cross_entropy.',
    }),
    // A string rather than an enum: an unknown loss stays train's 422 INVALID_CONFIG naming the ids.
    loss: Type.String({ maxLength: MAX_KEY_LENGTH, description: `One of ${LOSS_IDS.join(', ')}.` }),
    learningRate: Type.Number({ description: 'The step size lr of w <- w - lr * dL/dw.' }),
  },
  {
    additionalProperties: false,
    description:
      `A model of at most ${TRACE_LIMITS.maxInputs} inputs and ${TRACE_LIMITS.maxLayers} layers ` +
      `of ${TRACE_LIMITS.maxUnits} units ` +
      '(422 INVALID_CONFIG beyond), any activation per layer (typed formulas included), one ' +
      'example and a loss.',
    examples: [
      {
        model: EXAMPLE_MODEL,
        input: [1, -0.5],
        target: 1,
        loss: 'binary_cross_entropy',
        learningRate: 0.1,
      },
    ],
  },
);

/** One unit of the trace: its forward values, its gradients and its update. */
const TraceUnit = Type.Object({
  inputs: Type.Array(WireNumber, { description: "The layer's inputs x (the previous a)." }),
  weights: Type.Array(WireNumber, { description: "The unit's weights w before the step." }),
  bias: WireNumber,
  z: WireNumber,
  a: WireNumber,
  dLda: WireNumber,
  // f'(z); absent for a vector activation (softmax), whose dL/dz is its vector-Jacobian product.
  fPrime: Type.Optional(WireNumber),
  dLdz: WireNumber,
  dLdw: Type.Array(WireNumber, { description: 'dL/dz x each input.' }),
  dLdb: WireNumber,
  newWeights: Type.Array(WireNumber, { description: 'w - lr x dL/dw.' }),
  newBias: WireNumber,
});

/** One layer of the trace. */
const TraceLayer = Type.Object({
  activation: Type.String({ description: 'The canonical id (or `formula:` id).' }),
  params: ParamsRecord,
  units: Type.Array(TraceUnit),
});

/** One step of the narrated order. */
const TraceStep = Type.Object({
  phase: Type.Union([
    Type.Literal('forward'),
    Type.Literal('loss'),
    Type.Literal('backward'),
    Type.Literal('update'),
    Type.Literal('new-loss'),
  ]),
  layer: Type.Optional(Type.Integer({ minimum: 0, description: '0-based, input side first.' })),
  unit: Type.Optional(Type.Integer({ minimum: 0 })),
  text: Type.String({ description: 'The step in plain words with its numbers.' }),
});

/** Answer of POST /v1/backprop. */
export const BackpropResult = Type.Object(
  {
    loss: WireNumber,
    newLoss: WireNumber,
    learningRate: WireNumber,
    layers: Type.Array(TraceLayer),
    steps: Type.Array(TraceStep, {
      description:
        'In order: forward layer by layer, unit by unit; the loss; backward from the last layer ' +
        'to the first, unit by unit; the updates layer by layer; the new loss.',
    }),
  },
  { $id: 'BackpropTrace', title: 'BackpropTrace' },
);
