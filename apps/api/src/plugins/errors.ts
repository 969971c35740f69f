/**
 * The one error handler: every failure, expected or not, leaves as an application/problem+json
 * document. 5xx causes go to the log only; unknown routes get a 404 problem too, and so do the
 * refusals that happen before any route is found: the router's (a malformed URL, 400; a path
 * segment over the router's limit, 414) and the HTTP parser's (headers too large, 431; a request
 * not received in time, 408; a malformed request, 400), with the same security headers.
 */
import type { Socket } from 'node:net';
import { STATUS_CODES } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ApiError, cutText, instanceOf, problemFor } from '../problem.js';
import { RETRY_AFTER_SECONDS } from '../run-queue.js';
import type { ProblemDocument } from '../schemas/common.js';
import { API_CSP } from './security-headers.js';
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
    if (error instanceof ApiError && error.retryAfterSeconds !== undefined) {
      reply.header('retry-after', error.retryAfterSeconds);
    }
    // A thrower that knows when to retry said so above; otherwise the defaults by kind.
    if (!reply.hasHeader('retry-after')) {
      if (problem.code === 'BUSY') reply.header('retry-after', RETRY_AFTER_SECONDS);
      else if (problem.status === 429) reply.header('retry-after', 60);
    }
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
          detail: `no route ${cutText(request.method, 16)} ${cutText(request.url.split('?')[0] ?? '', 100)}`,
          instance: instanceOf(request.url),
        }),
  );
}

/** A problem for a refusal made before any route ran, with no request to describe. */
function bareProblem(status: number, code: string, detail: string, url?: string): ProblemDocument {
  return {
    type: `urn:actlab:problem:${code.toLowerCase().replace(/_/g, '-')}`,
    title: STATUS_CODES[status] ?? 'Client Error',
    status,
    detail,
    code,
    ...(url !== undefined ? { instance: instanceOf(url) } : {}),
  };
}

/**
 * Fastify's `frameworkErrors`: the router's refusals (FST_ERR_BAD_URL, a malformed percent-encoding,
 * 400; FST_ERR_MAX_PARAM_LENGTH, a path segment longer than `maxParamLength`, 414). No hook runs
 * for them, so the security headers are given here.
 */
export function frameworkErrorHandler(
  headers: Readonly<Record<string, string>>,
  maxParamLength: number,
) {
  return (error: Error & { code?: string }, request: FastifyRequest, reply: FastifyReply) => {
    const problem =
      error.code === 'FST_ERR_MAX_PARAM_LENGTH'
        ? bareProblem(
            414,
            'URI_TOO_LONG',
            `a path segment is longer than ${maxParamLength} characters`,
            request.url,
          )
        : error.code === 'FST_ERR_BAD_URL'
          ? bareProblem(
              400,
              'BAD_URL',
              'the path is not a valid URL (a malformed %-encoding)',
              request.url,
            )
          : bareProblem(500, 'INTERNAL', 'An internal error occurred; it has been logged.');
    request.log.info({ problem: problem.code }, problem.detail);
    reply.headers(headers).header('content-security-policy', API_CSP);
    return sendProblem(reply, problem);
  };
}

/** The raw answer and status for an error the HTTP parser reports on a socket. */
function clientProblem(error: Error & { code?: string }): ProblemDocument {
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    return bareProblem(408, 'REQUEST_TIMEOUT', 'the request was not received in time');
  }
  if (error.code === 'HPE_HEADER_OVERFLOW') {
    return bareProblem(
      431,
      'HEADERS_TOO_LARGE',
      'the request line and headers are larger than this server accepts',
    );
  }
  return bareProblem(400, 'MALFORMED_REQUEST', 'the request is not well-formed HTTP/1.1');
}

/**
 * Fastify's `clientErrorHandler` (Node's `clientError`): answers the parser's refusals with a
 * problem document and the security headers, then closes the socket. Nothing of the request is
 * quoted (there may be none), and nothing is written once an answer has begun.
 */
export function clientErrorHandler(headers: Readonly<Record<string, string>>) {
  return (error: Error & { code?: string }, socket: Socket): void => {
    if (error.code === 'ECONNRESET' || socket.destroyed) return;
    const started = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
    if (!socket.writable || started?.headersSent) {
      socket.destroy();
      return;
    }
    const problem = clientProblem(error);
    const body = JSON.stringify(problem);
    const lines = [
      `HTTP/1.1 ${problem.status} ${problem.title}`,
      `content-type: ${PROBLEM_MEDIA_TYPE}`,
      `content-length: ${Buffer.byteLength(body)}`,
      'connection: close',
      ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
      `content-security-policy: ${API_CSP}`,
    ];
    // Closed once written: a client that stalled must not keep the socket open.
    socket.end(`${lines.join('\r\n')}\r\n\r\n${body}`, () => socket.destroy());
  };
}
