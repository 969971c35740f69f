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
          'application/problem+json (RFC 9457).',
      },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  app.get('/openapi.json', { schema: { hide: true } }, () => app.swagger());
}
