/**
 * Schemas of the signal-propagation routes: an activation's variance-preserving gain, and
 * POST /v1/depth, which measures and predicts the variance of the signal and of the gradients
 * layer by layer through a deep random network. The bounds are train's `DEPTH_LIMITS`, so the
 * OpenAPI document states them and a change there appears here without an edit.
 */
import { DEPTH_LIMITS } from '@actlab/train';
import { Type } from 'typebox';
import { FORMULA_NAME_NOTE, MAX_NAME_LENGTH } from './activation.js';
import {
  MAX_KEY_LENGTH,
  MAX_PARAMS,
  MAX_QUERY_NUMBER_LENGTH,
  ParamsRecord,
  WireNumber,
  wireNumber,
} from './common.js';

/** A wire number (finite, or "Infinity", "-Infinity", "NaN") with its own description. */
function described(description: string) {
  return wireNumber(`${description} Non-finite values travel as strings.`);
}

/** Answer of GET /v1/activations/:id/gain. */
export const GainResult = Type.Object(
  {
    id: Type.String({ description: 'The canonical id (or `formula:` id).' }),
    params: ParamsRecord,
    variancePreserving: described(
      'g = 1 / sqrt(E[f(z)^2]), z ~ N(0, 1): with weights of variance g^2 / fan_in and no ' +
        'bias, a pre-activation variance of 1 stays 1 from layer to layer.',
    ),
    pytorch: Type.Optional(
      described(
        "PyTorch's torch.nn.init.calculate_gain for this activation, where it has one " +
          '(linear 1, sigmoid 1, tanh 5/3, relu sqrt(2), leaky_relu sqrt(2 / (1 + alpha^2)), ' +
          'selu 3/4).',
      ),
    ),
    note: Type.Optional(Type.String()),
  },
  {
    $id: 'GainResult',
    title: 'GainResult',
    examples: [{ id: 'relu', params: {}, variancePreserving: Math.SQRT2, pytorch: Math.SQRT2 }],
  },
);

/** An initialization: a named one, or weights N(0, gain^2 / fan_in). */
const DepthInit = Type.Union(
  [
    Type.Union(
      [Type.Literal('uniform'), Type.Literal('xavier'), Type.Literal('he'), Type.Literal('lecun')],
      {
        description:
          "`uniform`: TensorFlow Playground's U[-0.5, 0.5] with biases 0.1; `xavier`: Glorot " +
          'uniform; `he`: N(0, 2 / fan_in); `lecun`: N(0, 1 / fan_in); biases 0 except for uniform.',
      },
    ),
    Type.Object(
      { gain: Type.Number({ exclusiveMinimum: 0, maximum: DEPTH_LIMITS.gain }) },
      { additionalProperties: false, description: 'Weights N(0, gain^2 / fan_in), biases 0.' },
    ),
  ],
  { examples: ['he', { gain: 1.5935 }] },
);

/** Body of POST /v1/depth. */
export const DepthBody = Type.Object(
  {
    activation: Type.String({
      maxLength: MAX_NAME_LENGTH,
      description: `A scalar activation of GET /v1/activations by id or alias. ${FORMULA_NAME_NOTE}`,
    }),
    params: Type.Optional(ParamsRecord),
    init: DepthInit,
    width: Type.Integer({
      minimum: 1,
      maximum: DEPTH_LIMITS.width,
      description: 'Units per layer.',
    }),
    depth: Type.Integer({ minimum: 1, maximum: DEPTH_LIMITS.depth, description: 'Layers.' }),
    biasVariance: Type.Optional(
      Type.Number({
        minimum: 0,
        maximum: DEPTH_LIMITS.biasVariance,
        description: "Biases drawn from N(0, biasVariance) instead of the init's constant.",
      }),
    ),
    batch: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: DEPTH_LIMITS.batch,
        description:
          'Inputs pushed through together (default about 1,024 values per layer: ' +
          `min(${DEPTH_LIMITS.batch}, max(4, ceil(1024 / width)))).`,
      }),
    ),
    seed: Type.Optional(Type.Integer({ minimum: 0, maximum: 0xffffffff, default: 1 })),
  },
  {
    additionalProperties: false,
    description:
      "depth x width^2 x batch (plus a formula activation's work) is limited: 422 WORK_LIMIT " +
      'beyond.',
    examples: [{ activation: 'tanh', init: 'xavier', width: 64, depth: 30, seed: 1 }],
  },
);

/** Variance per layer, input side first. */
const DepthCurves = Type.Object({
  forward: Type.Array(WireNumber, {
    description: 'Variance of the pre-activations z of each layer.',
  }),
  gradient: Type.Array(WireNumber, {
    description: 'Variance of dL/dz of each layer divided by that of the last layer (1).',
  }),
});

/** Answer of POST /v1/depth. */
export const DepthResult = Type.Object(
  {
    measured: DepthCurves,
    predicted: DepthCurves,
    weightVariance: described('sigma_w^2 = fan_in x Var(W) of the initialization.'),
    biasVariance: described('sigma_b^2 = Var(b).'),
    fixedPoint: Type.Optional(
      Type.Object(
        {
          q: WireNumber,
          chi: WireNumber,
          phase: Type.Union([
            Type.Literal('ordered'),
            Type.Literal('chaotic'),
            Type.Literal('edge'),
          ]),
        },
        {
          description:
            "The forward map's fixed point q* and chi = sigma_w^2 E[f'(sqrt(q*) z)^2]: " +
            'ordered (chi < 1) gradients vanish, chaotic (chi > 1) they explode.',
        },
      ),
    ),
    gain: described("The activation's variance-preserving gain 1 / sqrt(E[f(z)^2])."),
  },
  { $id: 'DepthResult', title: 'DepthResult' },
);

/** Query of GET /v1/activations/:id/gain: parameters by name, one wire number each. */
export const GainQuery = Type.Record(
  Type.String(),
  Type.String({ maxLength: MAX_QUERY_NUMBER_LENGTH }),
  {
    description: 'Every key is a parameter of the activation, e.g. `alpha=0.2`.',
    maxProperties: MAX_PARAMS,
    propertyNames: { maxLength: MAX_KEY_LENGTH },
  },
);
