/**
 * Schemas of the formula routes: a typed formula (with or without `formula:`) and its parameter
 * values in, its description, evaluation or curve out.
 */
import { MAX_FORMULA_LENGTH } from '@actlab/core';
import { DEFAULT_LIMITS } from '../limits.js';
import { Type } from 'typebox';
import { Interval, MAX_NAME_LENGTH, ParamSpec, ShapeProperties } from './activation.js';
import { MAX_KEY_LENGTH, MAX_PARAMS, ParamsRecord, WireNumber } from './common.js';

/** The formula text of a request body. */
const Formula = Type.String({
  minLength: 1,
  maxLength: MAX_NAME_LENGTH,
  description:
    'A formula in x, with or without the `formula:` prefix: numbers, pi, e, + - * / ^, ' +
    'elementary functions (exp, log, sqrt, tanh, erf, ...), any scalar activation of GET ' +
    '/v1/activations by id with its parameters by name (`leaky_relu(x, alpha = 0.2)`), ' +
    '`where(cond, a, b)`, and parameters declared after `;` (`beta = 1.702 in (0, 10]`). At most ' +
    `${MAX_FORMULA_LENGTH} characters; a formula that does not parse is a 422 INVALID_FORMULA ` +
    'whose `position` and `end` are offsets in this string.',
  examples: ['x * sigmoid(beta * x); beta = 1.702 in (0, 10]', 'formula: x * tanh(softplus(x))'],
});

/** Values of the formula's declared parameters. */
const FormulaParams = Type.Optional(
  Type.Record(Type.String(), WireNumber, {
    description:
      'Values of the declared parameters by name; missing ones take their declared defaults.',
    maxProperties: MAX_PARAMS,
    propertyNames: { maxLength: MAX_KEY_LENGTH },
    examples: [{ beta: 2 }],
  }),
);

/** Body of POST /v1/formulas. */
export const FormulaBody = Type.Object(
  { formula: Formula, params: FormulaParams },
  {
    additionalProperties: false,
    examples: [{ formula: 'x * sigmoid(beta * x); beta = 1.702 in (0, 10]', params: { beta: 2 } }],
  },
);

/** Body of POST /v1/formulas/evaluate. */
export const FormulaEvaluateBody = Type.Object(
  {
    formula: Formula,
    params: FormulaParams,
    x: Type.Array(WireNumber, {
      minItems: 1,
      description:
        `Inputs: up to ${DEFAULT_LIMITS.maxValues.toLocaleString('en-US')} values by default ` +
        "(413 beyond), and values x the formula's cost within the forward-work limit (422 " +
        'WORK_LIMIT beyond).',
    }),
  },
  {
    additionalProperties: false,
    examples: [{ formula: 'x * sigmoid(x)', x: [-1, 0, 1, 'Infinity'] }],
  },
);

/** Body of POST /v1/formulas/curve. */
export const FormulaCurveBody = Type.Object(
  {
    formula: Formula,
    params: FormulaParams,
    from: Type.Number({ default: -6 }),
    to: Type.Number({
      default: 6,
      description: 'to - from must be finite (from=-1e308, to=1e308 is a 422).',
    }),
    points: Type.Integer({ default: 200, minimum: 2, maximum: 10_000 }),
  },
  {
    additionalProperties: false,
    examples: [{ formula: 'where(x >= 0, x, 0.1 * x)', from: -2, to: 2, points: 50 }],
  },
);

/** Shape properties estimated by sampling f and f'. */
const EstimatedProperties = Type.Object({
  ...ShapeProperties,
  estimated: Type.Literal(true, { description: 'Always true: sampled, not proven.' }),
  over: Type.Object(
    { from: WireNumber, to: WireNumber },
    { description: 'The interval sampled densely.' },
  ),
  range: Interval,
  smallGradient: Type.Object(
    {
      below: WireNumber,
      intervals: Type.Array(Type.Object({ from: WireNumber, to: WireNumber })),
    },
    { description: "Where |f'(x)| < below over the sampled interval: where gradients vanish." },
  ),
});

/** Answer of POST /v1/formulas: everything a front end shows about a formula. */
export const FormulaDescription = Type.Object(
  {
    id: Type.String({
      description: 'The normalized `formula:` id: pass it wherever an activation id goes.',
    }),
    source: Type.String({ description: 'The formula as sent, without the prefix.' }),
    text: Type.String({ description: 'Expression and declarations printed canonically.' }),
    expression: Type.String({ description: 'The expression printed canonically.' }),
    declared: Type.Array(ParamSpec, { description: 'The declared parameters, in order.' }),
    params: ParamsRecord,
    latex: Type.String({ description: 'LaTeX of f(x).' }),
    derivativeLatex: Type.String({ description: "LaTeX of the simplified derivative f'(x)." }),
    derivativeText: Type.String({ description: "f'(x) as formula text (it parses back)." }),
    kinks: Type.Array(Type.Object({ x: WireNumber, derivative: WireNumber }), {
      description: 'Where f is not differentiable, with the derivative used there.',
    }),
    properties: EstimatedProperties,
  },
  {
    $id: 'FormulaDescription',
    title: 'FormulaDescription',
    examples: [
      {
        id: 'formula:x * sigmoid(x)',
        source: 'x * sigmoid(x)',
        text: 'x * sigmoid(x)',
        expression: 'x * sigmoid(x)',
        declared: [],
        params: {},
        latex: 'x \\sigma(x)',
        derivativeLatex: '\\sigma(x) + x \\sigma(x) (1 - \\sigma(x))',
        derivativeText: 'sigmoid(x) + x * sigmoid(x) * (1 - sigmoid(x))',
        kinks: [],
        properties: {
          monotonic: false,
          bounded: false,
          zeroCentred: true,
          smooth: true,
          saturating: true,
          sparse: false,
          estimated: true,
          over: { from: -20, to: 20 },
          range: { min: -0.2785, max: 'Infinity', minInclusive: true, maxInclusive: false },
          smallGradient: {
            below: 0.05,
            intervals: [
              { from: -20, to: -4.0826 },
              { from: -1.5586, to: -1.0769 },
            ],
          },
        },
      },
    ],
  },
);
