/** `GET /healthz`: liveness for load balancers; cheap, and answers during training. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ERROR_RESPONSES } from '../schemas/common.js';

/** The health route. */
export const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/healthz',
    {
      schema: {
        summary: 'Liveness check',
        response: {
          200: Type.Object({ status: Type.Literal('ok') }),
          ...ERROR_RESPONSES,
        },
      },
    },
    async () => ({ status: 'ok' as const }),
  );
};
