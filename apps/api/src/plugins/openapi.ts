/**
 * The OpenAPI 3.1 document, generated from the route schemas, at /openapi.json, and the
 * interactive documentation at /docs.
 */
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';

/** Registers the generator and the docs page; the routes registered after it are documented. */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'actlab API',
        version: '1.0.0',
        description:
          'Activation functions and their exact derivatives, gradients, prediction and training. ' +
          'Non-finite numbers travel as the strings "Infinity", "-Infinity" and "NaN". Errors are ' +
          'application/problem+json (RFC 9457), including the refusals made before any route runs: ' +
          '400 for malformed HTTP or a malformed %-encoding, 408 for a request not received within ' +
          'the request timeout (30 s; headers 10 s), 414 for a path segment over the router limit, ' +
          '431 for a request line and headers over 16 KiB, and OPTIONS other than a CORS preflight ' +
          'from an allowed origin (CORS is off unless origins are configured). Problems quote at ' +
          'most a short prefix of any value sent. An `x-request-id` of at most 64 characters of ' +
          '[A-Za-z0-9._:-] names the request in the server log; any other is replaced. Limits ' +
          'are per client (its address; behind a trusted proxy, from X-Forwarded-For) and per ' +
          'cost: every /v1 request counts against a request budget (600 a minute by default, ' +
          'x-ratelimit-* headers), and each training run is charged its cost in work units ' +
          '(a large answer: the time its worker spends, 0.1 s reserved up front) against a work budget (ten runs at the full per-run budget, refilling over ten ' +
          'minutes; x-work-budget-remaining). Over either, the answer is a 429 problem with ' +
          'Retry-After (code WORK_BUDGET for the work budget, stating the cost and what is ' +
          'left). The web explorer, /docs, /healthz and /readyz are never limited. Each route ' +
          'states its size limits (those this server runs with) and refuses a request over them ' +
          'before any work: 413 for too many values, rows or answer numbers, 422 WORK_LIMIT for ' +
          'work over the budget, each stating the count and the limit. Large answers and ' +
          'training runs are built off the event loop; when too many wait, 503 BUSY with ' +
          'Retry-After. A server operator changes every limit by environment variable (MAX_VALUES, ' +
          'MAX_ROWS, MAX_ANSWER_NUMBERS, MAX_FORWARD_WORK, MAX_DEPTH_WORK, MAX_TRAINING_WORK, ' +
          'RATE_LIMIT_MAX, WORK_BUDGET, ...: apps/api/README.md, "Configuration").',
      },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  app.get('/openapi.json', { schema: { hide: true } }, () => app.swagger());
}
