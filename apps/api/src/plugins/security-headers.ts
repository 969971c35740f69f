/**
 * Security headers: helmet's (the library @fastify/helmet wraps), with its defaults except the
 * Content-Security-Policy (the docs page and the web explorer load their own scripts and styles).
 * @fastify/helmet runs two hooks per request and rebuilds helmet's middleware inside them each
 * time, which cost about 10% of a `/healthz` answer in CPU profiles; the headers never change, so
 * helmet runs once at startup into a recorder and every reply gets the recorded headers in one
 * synchronous hook. A test checks they equal what @fastify/helmet sends.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';

/** The options given to helmet. */
export const HELMET_OPTIONS = { contentSecurityPolicy: false } as const;

/** The headers helmet sets with `HELMET_OPTIONS`, computed by running it once. */
export function securityHeaders(): Readonly<Record<string, string>> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  };
  let failed: unknown;
  helmet(HELMET_OPTIONS)(
    {} as IncomingMessage,
    recorder as unknown as ServerResponse,
    (error?: unknown) => {
      failed = error;
    },
  );
  if (failed) throw failed;
  return Object.freeze(headers);
}

/**
 * Adds the security headers to every reply, errors and 404s included, except on routes whose
 * `config.securityHeaders` is false (only `/healthz`, which no browser renders).
 */
export function registerSecurityHeaders(app: FastifyInstance): void {
  const headers = securityHeaders();
  app.addHook('onRequest', (request, reply, done) => {
    const config = request.routeOptions.config as { securityHeaders?: boolean };
    if (config.securityHeaders !== false) reply.headers(headers);
    done();
  });
}
