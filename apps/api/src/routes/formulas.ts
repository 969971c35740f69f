/**
 * The formula routes: a typed formula sent in a body, described (normalized text, LaTeX of f and
 * f', kinks, estimated properties), evaluated or sampled as a curve. Evaluation and curves are the
 * catalog's own code path (evaluate.ts) under the formula's `formula:` name; the body form exists
 * so that a client need not URL-encode a formula into a path.
 */
import { describeFormula } from '@actlab/core';
import { decodeRecord, encodeDeep } from '@actlab/format';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AnswerPool } from '../answer-pool.js';
import { answerRequest } from '../answer-pool.js';
import { curveIsLarge, evaluateIsLarge } from '../answers.js';
import { readingFormulaField } from '../formula-input.js';
import { CurveResult, ScalarResult } from '../schemas/activation.js';
import { BODY_ERROR_RESPONSES } from '../schemas/common.js';
import {
  FormulaBody,
  FormulaCurveBody,
  FormulaDescription,
  FormulaEvaluateBody,
} from '../schemas/formula.js';

/** Options of the formula routes. */
export interface FormulaRouteOptions {
  /** Where evaluations and curves are built (with the array and work limits). */
  readonly answers: AnswerPool;
}

/** What every formula route says about failures. */
const FAILURES =
  'A formula that does not parse is a 422 INVALID_FORMULA problem with `field: "formula"` and ' +
  '`position` (and `end`, `expected`, `suggestions`) in the string sent; a parameter out of its ' +
  'declared range is a 422 INVALID_PARAMS naming `params.<name>`.';

/** POST /v1/formulas, /v1/formulas/evaluate and /v1/formulas/curve. */
export const formulaRoutes: FastifyPluginAsyncTypebox<FormulaRouteOptions> = async (
  app,
  { answers },
) => {
  app.post(
    '/v1/formulas',
    {
      schema: {
        summary: 'Parse a typed formula and describe it',
        description:
          'Answers the normalized `formula:` id (use it wherever an activation id goes), the ' +
          'declared parameters, LaTeX of f and of its simplified exact derivative, the kinks, ' +
          `and shape properties estimated by sampling. Nothing is stored. ${FAILURES}`,
        body: FormulaBody,
        response: { 200: FormulaDescription, ...BODY_ERROR_RESPONSES },
      },
    },
    async (request) => {
      const { formula, params } = request.body;
      const described = readingFormulaField(formula, (name) =>
        describeFormula(name, decodeRecord(params)),
      );
      const { definition, ...rest } = described;
      return encodeDeep({
        ...rest,
        source: definition.source,
        text: definition.text,
        expression: definition.expression,
        declared: definition.params,
        params: { ...described.params },
      });
    },
  );

  app.post(
    '/v1/formulas/evaluate',
    {
      schema: {
        summary: 'f and its exact derivative at each x, for a typed formula',
        description: `The same answer as POST /v1/activations/{id}/evaluate. ${FAILURES}`,
        body: FormulaEvaluateBody,
        response: { 200: ScalarResult, ...BODY_ERROR_RESPONSES },
      },
    },
    async (request, reply) => {
      const { formula, params, x } = request.body;
      // A formula is scalar by construction (core's `formula` builds scalar activations only).
      const input = { name: formula, formulaField: true, x, params };
      const large = evaluateIsLarge(formula, x.length);
      return answerRequest(answers, request, reply, 'evaluate', input, large);
    },
  );

  app.post(
    '/v1/formulas/curve',
    {
      schema: {
        summary: 'f and its exact derivative sampled over [from, to], for a typed formula',
        description: `The same answer as GET /v1/activations/{id}/curve, kinks included. ${FAILURES}`,
        body: FormulaCurveBody,
        response: { 200: CurveResult, ...BODY_ERROR_RESPONSES },
      },
    },
    async (request, reply) => {
      const { formula, params, from, to, points } = request.body;
      const input = { name: formula, formulaField: true, params, from, to, points };
      const large = curveIsLarge(points);
      return answerRequest(answers, request, reply, 'curve', input, large);
    },
  );
};
