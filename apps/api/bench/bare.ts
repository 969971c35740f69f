/**
 * The baseline the API is measured against: a plain Fastify instance with no plugins and no
 * schemas, doing the least work that answers the same questions.
 */
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';

/** Path of the bare evaluate route. */
export const BARE_EVALUATE_PATH = '/bare/evaluate';

/** Path of the bare health route. */
export const BARE_HEALTH_PATH = '/bare/healthz';

/**
 * A plain `Fastify()` with two routes: POST /bare/evaluate answers `{ y }`, the logistic sigmoid of
 * each number of the JSON body's `x`, with no validation; GET /bare/healthz answers `{ status }`.
 */
export function buildBare(): FastifyInstance {
  const app = Fastify();
  app.post(BARE_EVALUATE_PATH, async (request) => {
    const body = request.body as { x: number[] };
    return { y: body.x.map((x) => 1 / (1 + Math.exp(-x))) };
  });
  app.get(BARE_HEALTH_PATH, async () => ({ status: 'ok' }));
  return app;
}
