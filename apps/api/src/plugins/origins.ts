/**
 * Cross-origin requests: off by default (the explorer and the docs are served from the API's own
 * origin, so no browser page of ours needs CORS), allowed for a configured list of origins. An
 * `OPTIONS` request is only ever a CORS preflight: any other (a bare OPTIONS, a preflight from an
 * origin not listed) answers a problem document, never @fastify/cors's text/plain.
 */
import cors from '@fastify/cors';
import { quoteInput } from '@actlab/core';
import type { FastifyInstance } from 'fastify';
import { instanceOf } from '../problem.js';
import { PROBLEM_MEDIA_TYPE } from '../schemas/common.js';

/** An origin as a browser sends it: scheme, host and optional port, nothing else. */
const ORIGIN = /^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$/;

/**
 * The configured origins, checked: each must be a plain `http(s)://host[:port]`, so `null` (sent by
 * sandboxed frames and `file:` pages, which any attacker can produce), `*` and paths are refused
 * when the app is built rather than reflected later.
 */
function checkedOrigins(origins: readonly string[]): readonly string[] {
  for (const origin of origins) {
    if (!ORIGIN.test(origin)) {
      throw new Error(
        `corsOrigins: ${quoteInput(origin)} is not an origin like https://lab.example ` +
          '(scheme and host, optional port; never null or *)',
      );
    }
  }
  return origins;
}

/**
 * Registers CORS for `origins` (none: no CORS headers at all) and answers every OPTIONS request
 * that is not a preflight from a listed origin with a problem. Call after the security headers.
 */
export async function registerOrigins(
  app: FastifyInstance,
  origins: readonly string[],
): Promise<void> {
  const allowed = new Set(checkedOrigins(origins));
  app.addHook('onRequest', (request, reply, done) => {
    if (request.method !== 'OPTIONS') return done();
    const origin = request.headers.origin;
    const method = request.headers['access-control-request-method'];
    if (typeof origin === 'string' && method !== undefined && allowed.has(origin)) return done();
    const preflight = typeof origin === 'string' && method !== undefined;
    const status = preflight ? 403 : 400;
    const detail = !preflight
      ? 'OPTIONS is answered only as a CORS preflight (with Origin and ' +
        'Access-Control-Request-Method headers)'
      : allowed.size === 0
        ? 'this server does not answer cross-origin requests'
        : `cross-origin requests from ${quoteInput(origin)} are not allowed`;
    const code = preflight ? 'ORIGIN_NOT_ALLOWED' : 'NOT_A_PREFLIGHT';
    reply
      .code(status)
      .type(PROBLEM_MEDIA_TYPE)
      .send(
        JSON.stringify({
          type: `urn:actlab:problem:${code.toLowerCase().replace(/_/g, '-')}`,
          title: status === 403 ? 'Forbidden' : 'Bad Request',
          status,
          detail,
          code,
          instance: instanceOf(request.url),
        }),
      );
  });
  if (allowed.size > 0) await app.register(cors, { origin: [...allowed] });
}
