/**
 * The activation routes: the catalog, one entry (aliases accepted), evaluation by POST or by GET
 * with the inputs and parameters in the query, and curves for plotting. Wherever an id goes, a
 * typed formula does too (`formula: x * sigmoid(x)`, URL-encoded); one that does not parse is a
 * 422 whose position is counted in the id.
 */
import { activationInfo, catalog } from '@actlab/core';
import { encodeDeep, parseNumberList } from '@actlab/format';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AnswerPool } from '../answer-pool.js';
import { answerRequest } from '../answer-pool.js';
import { curveIsLarge, evaluateIsLarge } from '../answers.js';
import { readingFormula } from '../formula-input.js';
import type { Limits } from '../limits.js';
import { ApiError } from '../problem.js';
import { curveQuery, queryParams } from '../query-params.js';
import {
  ActivationInfo,
  Catalog,
  CurveQuery,
  CurveResult,
  EvaluateBody,
  EvaluateQuery,
  EvaluateResult,
  IdParams,
} from '../schemas/activation.js';
import {
  BODY_ERROR_RESPONSES,
  ERROR_RESPONSES,
  NOT_FOUND_RESPONSE,
  UNPROCESSABLE_RESPONSE,
} from '../schemas/common.js';

/** Options of the activation routes. */
export interface ActivationRouteOptions {
  /** Array limits (stated in the descriptions). */
  readonly limits: Limits;
  /** Where evaluations and curves are built. */
  readonly answers: AnswerPool;
}

/** The catalog, one entry, evaluation and curves. */
export const activationRoutes: FastifyPluginAsyncTypebox<ActivationRouteOptions> = async (
  app,
  { limits, answers },
) => {
  const n = (value: number) => value.toLocaleString('en-US');
  // The catalog never changes while the process runs: encode it once.
  const encodedCatalog = { activations: encodeDeep(catalog) };

  app.get(
    '/v1/activations',
    {
      schema: {
        summary: 'Every activation with its metadata',
        response: { 200: Catalog, ...ERROR_RESPONSES },
      },
    },
    async () => encodedCatalog,
  );

  app.get(
    '/v1/activations/:id',
    {
      schema: {
        summary: 'One activation (aliases accepted), or the entry of a typed formula',
        description:
          'A `formula:` id answers a synthesized entry: its parameters as declared, LaTeX of f ' +
          'and of its simplified derivative, kinks, and a range and properties estimated by ' +
          'sampling. POST /v1/formulas describes one at given parameter values.',
        params: IdParams,
        response: {
          200: ActivationInfo,
          ...NOT_FOUND_RESPONSE,
          ...UNPROCESSABLE_RESPONSE,
          ...ERROR_RESPONSES,
        },
      },
    },
    async (request) => {
      const { id } = request.params;
      return encodeDeep(readingFormula('id', () => activationInfo(id)));
    },
  );

  app.post(
    '/v1/activations/:id/evaluate',
    {
      schema: {
        summary: 'f and df at each x (scalar) or f and its Jacobian (vector)',
        description:
          `Before any work (cost.ts): at most ${n(limits.maxValues)} values for a scalar ` +
          `activation and ${n(limits.maxJacobianInputs)} for a vector one (413 ` +
          'TOO_MANY_VALUES); the answer (2n numbers, or n + n x n for a Jacobian) at most ' +
          `${n(limits.maxAnswerNumbers)} numbers (413 ANSWER_TOO_LARGE); a formula's work ` +
          `within the forward budget of ${n(limits.maxForwardWork)} work units (422 WORK_LIMIT).`,
        params: IdParams,
        body: EvaluateBody,
        response: { 200: EvaluateResult, ...NOT_FOUND_RESPONSE, ...BODY_ERROR_RESPONSES },
      },
    },
    async (request, reply) => {
      const { x, params } = request.body;
      const { id } = request.params;
      const large = evaluateIsLarge(id, x.length);
      const input = { name: id, x, params };
      return answerRequest(answers, request, reply, 'evaluate', input, large);
    },
  );

  app.get(
    '/v1/activations/:id/evaluate',
    {
      schema: {
        summary: 'Evaluate from the query string: ?x=1,2,3&alpha=0.2',
        description:
          'The same answer as the POST, with the same limits: a vector activation (softmax) ' +
          'answers an n x n Jacobian, and n + n x n numbers must fit the answer limit ' +
          `(${n(limits.maxAnswerNumbers)}), else a 413 ANSWER_TOO_LARGE stating the count, ` +
          'before any work.',
        params: IdParams,
        querystring: EvaluateQuery,
        response: {
          200: EvaluateResult,
          ...NOT_FOUND_RESPONSE,
          ...UNPROCESSABLE_RESPONSE,
          ...ERROR_RESPONSES,
        },
      },
    },
    async (request, reply) => {
      const xs = parseNumberList(request.query.x);
      if (xs === undefined) {
        throw new ApiError(
          400,
          'INVALID_REQUEST',
          'querystring.x must be comma-separated numbers (or Infinity, -Infinity, NaN)',
          'x',
        );
      }
      const params = queryParams(request.query);
      const { id } = request.params;
      const large = evaluateIsLarge(id, xs.length);
      const input = { name: id, x: xs, params };
      return answerRequest(answers, request, reply, 'evaluate', input, large);
    },
  );

  app.get(
    '/v1/activations/:id/curve',
    {
      schema: {
        summary: 'f and df sampled over [from, to] for plotting, kinks included',
        description:
          'from, to and points are read exactly as wire numbers (`from=0x10` or `to=+1` is a ' +
          '400 naming the key); to - from must be finite (from=-1e308&to=1e308 is a 422).',
        params: IdParams,
        querystring: CurveQuery,
        response: {
          200: CurveResult,
          ...NOT_FOUND_RESPONSE,
          ...UNPROCESSABLE_RESPONSE,
          ...ERROR_RESPONSES,
        },
      },
    },
    async (request, reply) => {
      const range = curveQuery(request.query);
      const { id } = request.params;
      const input = { name: id, params: queryParams(request.query), ...range };
      const large = curveIsLarge(range.points);
      return answerRequest(answers, request, reply, 'curve', input, large);
    },
  );
};
