/**
 * The signal-propagation routes: an activation's variance-preserving weight gain, and POST
 * /v1/depth, which measures the variance of the pre-activations and of the backpropagated
 * gradients layer by layer through a seeded random network and sets mean-field theory's
 * prediction beside it.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AnswerPool } from '../answer-pool.js';
import { answerRequest } from '../answer-pool.js';
import { queryParams } from '../query-params.js';
import { IdParams } from '../schemas/activation.js';
import {
  BODY_ERROR_RESPONSES,
  ERROR_RESPONSES,
  NOT_FOUND_RESPONSE,
  UNPROCESSABLE_RESPONSE,
} from '../schemas/common.js';
import { DepthBody, DepthResult, GainQuery, GainResult } from '../schemas/signal.js';
import { gainOf } from '../signal.js';

/** Options of the signal routes. */
export interface SignalRouteOptions {
  /** Where depth answers are built (every one: even a small one is a few milliseconds). */
  readonly answers: AnswerPool;
}

/** GET /v1/activations/:id/gain and POST /v1/depth. */
export const signalRoutes: FastifyPluginAsyncTypebox<SignalRouteOptions> = async (
  app,
  { answers },
) => {
  app.get(
    '/v1/activations/:id/gain',
    {
      schema: {
        summary: "The weight gain that preserves variance through depth, and PyTorch's",
        description:
          'g = 1 / sqrt(E[f(z)^2]) for z ~ N(0, 1): initializing weights with variance ' +
          'g^2 / fan_in (and no bias) keeps a unit pre-activation variance from layer to layer. ' +
          "`pytorch` is torch.nn.init.calculate_gain's figure where it has one. Parameters go " +
          'in the query (`?alpha=0.2`); a URL-encoded `formula:` id is computed by quadrature. ' +
          'A vector activation has no gain (422).',
        params: IdParams,
        querystring: GainQuery,
        response: {
          200: GainResult,
          ...NOT_FOUND_RESPONSE,
          ...UNPROCESSABLE_RESPONSE,
          ...ERROR_RESPONSES,
        },
      },
    },
    async (request) => gainOf(request.params.id, queryParams(request.query)),
  );

  app.post(
    '/v1/depth',
    {
      schema: {
        summary: 'Variance of the signal and of the gradients through a deep random network',
        description:
          'For an activation, an initialization, a width and a depth: measured, the variance ' +
          'of the pre-activations and of dL/dz (relative to the last layer) per layer for a ' +
          'seeded batch through a seeded random network; predicted, by mean-field theory, ' +
          'q(l+1) = sigma_w^2 E[f(sqrt(q) z)^2] + sigma_b^2 and the gradient factor chi at the ' +
          'fixed point (chi < 1 ordered: gradients vanish; > 1 chaotic: they explode; 1: the ' +
          'edge of chaos). Also the variance-preserving gain. depth x width x batch x (width + ' +
          "a formula's work per value) is limited (422 WORK_LIMIT); a vector activation or a " +
          'bad parameter is a 422 naming the field.',
        body: DepthBody,
        response: { 200: DepthResult, ...BODY_ERROR_RESPONSES },
      },
    },
    async (request, reply) => answerRequest(answers, request, reply, 'depth', request.body, true),
  );
};
