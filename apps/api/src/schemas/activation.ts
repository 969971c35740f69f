/** Schemas of the activation routes: the catalog entry, evaluation and curves. */
import { MAX_FORMULA_LENGTH } from '@actlab/core';
import { DEFAULT_LIMITS } from '../limits.js';
import { Type } from 'typebox';
import type { Static } from 'typebox';
import {
  MAX_KEY_LENGTH,
  MAX_PARAMS,
  MAX_QUERY_NUMBER_LENGTH,
  ParamsRecord,
  WireNumber,
} from './common.js';

/** A parameter's name, default, valid range and meaning. */
export const ParamSpec = Type.Object({
  name: Type.String(),
  default: WireNumber,
  min: WireNumber,
  max: WireNumber,
  minInclusive: Type.Boolean(),
  maxInclusive: Type.Boolean(),
  description: Type.String(),
});

/** An interval of real numbers, ends open or closed. */
export const Interval = Type.Object({
  min: WireNumber,
  max: WireNumber,
  minInclusive: Type.Boolean(),
  maxInclusive: Type.Boolean(),
});

/** The six shape properties of an activation (a catalog entry's, or a formula's estimate). */
export const ShapeProperties = {
  monotonic: Type.Boolean(),
  bounded: Type.Boolean(),
  zeroCentred: Type.Boolean(),
  smooth: Type.Boolean(),
  saturating: Type.Boolean(),
  sparse: Type.Boolean(),
} as const;

const FrameworkName = Type.Object({ name: Type.String(), note: Type.Optional(Type.String()) });

/** One catalog entry: the core's `ActivationInfo` with its numbers encoded. */
export const ActivationInfo = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    aliases: Type.Array(Type.String()),
    kind: Type.Union([Type.Literal('scalar'), Type.Literal('vector')]),
    params: Type.Array(ParamSpec),
    formula: Type.String({ description: 'LaTeX of the formula.' }),
    derivative: Type.String({ description: 'LaTeX of the derivative.' }),
    range: Interval,
    properties: Type.Object(ShapeProperties),
    kinks: Type.Array(Type.Object({ x: WireNumber, derivative: WireNumber })),
    kinkConvention: Type.Optional(Type.String()),
    usefulGradient: Type.Boolean(),
    frameworks: Type.Object({
      pytorch: Type.Optional(FrameworkName),
      keras: Type.Optional(FrameworkName),
      tfjs: Type.Optional(FrameworkName),
    }),
    note: Type.String(),
    gain: Type.Optional(
      Type.Object(
        {
          variancePreserving: WireNumber,
          pytorch: Type.Optional(WireNumber),
          note: Type.Optional(Type.String()),
        },
        {
          description:
            'Scalar activations: the weight gain g that keeps a unit pre-activation variance ' +
            "through depth (Var(W) = g^2 / fan_in), and PyTorch's calculate_gain where it has one.",
        },
      ),
    ),
  },
  { $id: 'ActivationInfo', title: 'ActivationInfo' },
);

/** The whole catalog. */
export const Catalog = Type.Object({ activations: Type.Array(ActivationInfo) });

/**
 * Longest activation name a request may carry: a `formula:` id of the longest formula core
 * accepts, with room for spaces around the prefix. Longer ones are a 400 without being parsed;
 * core's own limit (a 422 INVALID_FORMULA) speaks first for any length up to this.
 */
export const MAX_NAME_LENGTH = 2 * MAX_FORMULA_LENGTH;

/** What a field that takes an activation name says about formulas. */
export const FORMULA_NAME_NOTE =
  'A typed formula goes wherever an id does: `formula:` and its text, e.g. ' +
  '`formula: x * sigmoid(beta * x); beta = 1.702 in (0, 10]` (at most ' +
  `${MAX_FORMULA_LENGTH} characters; its declared parameters take values from \`params\`).`;

/** `:id` in the path: a canonical id or an alias, or a URL-encoded `formula:` id. */
export const IdParams = Type.Object({
  id: Type.String({
    maxLength: MAX_NAME_LENGTH,
    description: `Canonical id or alias, e.g. \`swish\`. ${FORMULA_NAME_NOTE} URL-encode it.`,
    examples: ['swish', 'formula: x * tanh(softplus(x))'],
  }),
});

/** Body of POST /v1/activations/:id/evaluate. */
export const EvaluateBody = Type.Object(
  {
    x: Type.Array(WireNumber, {
      minItems: 1,
      description:
        `Inputs: up to ${DEFAULT_LIMITS.maxValues.toLocaleString('en-US')} values for a scalar ` +
        `activation, ${DEFAULT_LIMITS.maxJacobianInputs.toLocaleString('en-US')} for a vector ` +
        'one, by default (413 beyond).',
    }),
    params: Type.Optional(ParamsRecord),
  },
  // What "Try it out" sends first: the notes' inputs, no parameters (the defaults).
  { examples: [{ x: [-2, 0, 2.5, 'Infinity'] }] },
);

/** Evaluate body, as decoded from the wire. */
export type EvaluateBody = Static<typeof EvaluateBody>;

/** Longest `x` of a query (Node's 16 KiB header limit bounds a URL before this does). */
const MAX_QUERY_LIST_LENGTH = 65_536;

/**
 * Options of a query whose other keys are parameters: each a wire number of at most
 * `MAX_QUERY_NUMBER_LENGTH` characters, named in at most `MAX_KEY_LENGTH`.
 */
export function parameterQueryOptions(reserved: number) {
  return {
    additionalProperties: Type.String({ maxLength: MAX_QUERY_NUMBER_LENGTH }),
    maxProperties: MAX_PARAMS + reserved,
    propertyNames: { maxLength: MAX_KEY_LENGTH },
    description:
      'Every other key is a parameter of the activation, e.g. `alpha=0.2`: one number each, ' +
      'written as in JSON or as Infinity, -Infinity, NaN (no spaces, no `+`, no hex).',
  };
}

/** Query of GET /v1/activations/:id/evaluate: `x` and parameters by name. */
export const EvaluateQuery = Type.Object(
  {
    x: Type.String({
      minLength: 1,
      maxLength: MAX_QUERY_LIST_LENGTH,
      description:
        'Comma-separated inputs, e.g. `1,2,-Infinity`. A vector activation answers an n x n ' +
        'Jacobian: n + n x n numbers must fit the answer limit ' +
        `(${DEFAULT_LIMITS.maxAnswerNumbers.toLocaleString('en-US')} by default: n <= ` +
        `${Math.floor((Math.sqrt(1 + 4 * DEFAULT_LIMITS.maxAnswerNumbers) - 1) / 2)}), else 413 ` +
        'ANSWER_TOO_LARGE before anything is computed.',
    }),
  },
  parameterQueryOptions(1),
);

/** Answer of a scalar activation: f and f' at each x. */
export const ScalarResult = Type.Object({
  id: Type.String(),
  params: ParamsRecord,
  y: Type.Array(WireNumber),
  dy: Type.Array(WireNumber),
});

/** Answer of a vector activation: f(x) and its Jacobian (row i holds dy_i/dx_j). */
const VectorResult = Type.Object({
  id: Type.String(),
  params: ParamsRecord,
  y: Type.Array(WireNumber),
  jacobian: Type.Array(Type.Array(WireNumber)),
});

/** Either evaluation answer. */
export const EvaluateResult = Type.Union([ScalarResult, VectorResult]);

/** A number of a query, as a string: query-params.ts reads it as a wire number. */
function queryNumber(description: string) {
  return Type.Optional(
    Type.String({ minLength: 1, maxLength: MAX_QUERY_NUMBER_LENGTH, description }),
  );
}

/**
 * Query of GET /v1/activations/:id/curve. The numbers are strings here (queries are never
 * coerced) and read by query-params.ts's `curveQuery`, exactly as wire numbers.
 */
export const CurveQuery = Type.Object(
  {
    from: queryNumber('Left end, default -6: a number as JSON writes it.'),
    to: queryNumber('Right end, default 6; to - from must be finite (422 beyond).'),
    points: queryNumber('Evenly spaced samples, an integer from 2 to 10,000 (default 200).'),
  },
  parameterQueryOptions(3),
);

/** A sampled curve: parallel arrays, kinks included as sample points. */
export const CurveResult = Type.Object({
  id: Type.String(),
  params: ParamsRecord,
  x: Type.Array(WireNumber),
  y: Type.Array(WireNumber),
  dy: Type.Array(WireNumber),
});
