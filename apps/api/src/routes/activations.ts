/**
 * The activation routes: the catalog, one entry (aliases accepted), evaluation by POST or by GET
 * with the inputs and parameters in the query, and curves for plotting.
 */
import { activationInfo, catalog } from '@actlab/core';
import {
  decodeNumbers,
  decodeRecord,
  encodeDeep,
  parseNumberList,
  parseWireNumber,
} from '@actlab/format';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { curve, evaluate } from '../evaluate.js';
import type { Limits } from '../limits.js';
import { ApiError } from '../problem.js';
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
  /** Array limits. */
  readonly limits: Limits;
}

/** Query keys that are not parameters. */
const RESERVED = new Set(['x', 'from', 'to', 'points']);

/** Parameters from a query string: every key but the reserved ones, each one number. */
function queryParams(query: Readonly<Record<string, unknown>>): Record<string, number> {
  const params: Record<string, number> = {};
  for (const [name, raw] of Object.entries(query)) {
    if (RESERVED.has(name)) continue;
    const value = typeof raw === 'string' ? parseWireNumber(raw.trim()) : undefined;
    if (value === undefined) {
      throw new ApiError(400, 'INVALID_REQUEST', `querystring.${name} must be a number`, name);
    }
    params[name] = value;
  }
  return params;
}

/** The catalog, one entry, evaluation and curves. */
export const activationRoutes: FastifyPluginAsyncTypebox<ActivationRouteOptions> = async (
  app,
  { limits },
) => {
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
        summary: 'One activation (aliases accepted)',
        params: IdParams,
        response: { 200: ActivationInfo, ...NOT_FOUND_RESPONSE, ...ERROR_RESPONSES },
      },
    },
    async (request) => encodeDeep(activationInfo(request.params.id)),
  );

  app.post(
    '/v1/activations/:id/evaluate',
    {
      schema: {
        summary: 'f and df at each x (scalar) or f and its Jacobian (vector)',
        params: IdParams,
        body: EvaluateBody,
        response: { 200: EvaluateResult, ...NOT_FOUND_RESPONSE, ...BODY_ERROR_RESPONSES },
      },
    },
    async (request) => {
      const { x, params } = request.body;
      return evaluate(request.params.id, decodeNumbers(x), decodeRecord(params), limits);
    },
  );

  app.get(
    '/v1/activations/:id/evaluate',
    {
      schema: {
        summary: 'Evaluate from the query string: ?x=1,2,3&alpha=0.2',
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
    async (request) => {
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
      return evaluate(request.params.id, Float64Array.from(xs), params, limits);
    },
  );

  app.get(
    '/v1/activations/:id/curve',
    {
      schema: {
        summary: 'f and df sampled over [from, to] for plotting, kinks included',
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
    async (request) => {
      const { from, to, points } = request.query;
      return curve(request.params.id, queryParams(request.query), { from, to, points });
    },
  );
};
