/**
 * `GET /healthz`: liveness for load balancers; cheap, and answers during training. It carries no
 * browser security headers: load balancers poll it thousands of times and no browser renders it,
 * and the eleven headers were a third of its cost (see BENCHMARKS.md).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ERROR_RESPONSES } from '../schemas/common.js';

/** The health route. */
export const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/healthz',
    {
      config: { securityHeaders: false },
      schema: {
        summary: 'Liveness check',
        description:
          'Answers { "status": "ok" } while the process serves requests (also during training runs).',
        response: {
          200: Type.Object({ status: Type.Literal('ok') }),
          ...ERROR_RESPONSES,
        },
      },
    },
    async () => ({ status: 'ok' as const }),
  );
};
