/**
 * The one error handler: every failure, expected or not, leaves as an application/problem+json
 * document. 5xx causes go to the log only; unknown routes get a 404 problem too.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { problemFor } from '../problem.js';
import { RETRY_AFTER_SECONDS } from '../run-queue.js';
import type { ProblemDocument } from '../schemas/common.js';
import { sendPage, wantsPage } from './web.js';
import { PROBLEM_MEDIA_TYPE } from '../schemas/common.js';

/** Sends a problem as a ready string, so no response schema reshapes it. */
function sendProblem(reply: FastifyReply, problem: ProblemDocument): FastifyReply {
  return reply.code(problem.status).type(PROBLEM_MEDIA_TYPE).send(JSON.stringify(problem));
}

/**
 * Installs the error and not-found handlers on `app`. Called on the root instance (not
 * encapsulated in a plugin) so they cover every route and every plugin, rate limiting included.
 * With `webPage`, unknown paths that a browser asks for as a page get the web explorer's page.
 */
export function registerErrorHandlers(
  app: FastifyInstance,
  options: { webPage?: boolean } = {},
): void {
  app.setErrorHandler((error, request, reply) => {
    const problem = problemFor(error, request.url);
    // A run cancelled because its client left is no failure of ours.
    if (problem.status >= 500 && problem.code !== 'CANCELLED') {
      request.log.error({ err: error }, 'request failed');
    } else request.log.info({ problem: problem.code ?? problem.title }, problem.detail);
    if (problem.status === 429 && !reply.hasHeader('retry-after')) reply.header('retry-after', 60);
    if (problem.code === 'BUSY') reply.header('retry-after', RETRY_AFTER_SECONDS);
    return sendProblem(reply, problem);
  });

  app.setNotFoundHandler((request, reply) =>
    // The explorer's client routes (a shared link, a reload) are pages that only it knows.
    options.webPage && wantsPage(request)
      ? sendPage(reply)
      : sendProblem(reply, {
          type: 'about:blank',
          title: 'Not Found',
          status: 404,
          detail: `no route ${request.method} ${request.url.split('?')[0]}`,
          instance: request.url,
        }),
  );
}
