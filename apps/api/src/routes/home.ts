/**
 * `GET /`: until the web explorer's build is served here, a plain page that says what this server
 * is and links to the interactive documentation and the OpenAPI document.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

/** The page, plain HTML with no scripts (so the security headers' defaults fit it). */
const HOME = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>actlab API</title></head>
<body>
<main>
<h1>actlab</h1>
<p>The activation-function lab's HTTP API: evaluate any activation and its derivative, inspect gradients, predict and train small networks.</p>
<ul>
<li><a href="/docs">Interactive documentation</a></li>
<li><a href="/openapi.json">OpenAPI document</a></li>
<li><a href="/v1/activations">The catalog of activations</a></li>
</ul>
</main>
</body>
</html>
`;

/** The home route. */
export const homeRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/', { schema: { hide: true } }, async (_request, reply) =>
    reply.type('text/html; charset=utf-8').send(HOME),
  );
};
