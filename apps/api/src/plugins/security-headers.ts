/**
 * Security headers: helmet's (the library @fastify/helmet wraps), with its defaults except the
 * Content-Security-Policy, which is ours and depends on the page (the explorer, the docs, or an
 * API answer), and HSTS, sent only when the deployment says it is served over HTTPS (over plain
 * HTTP the header is meaningless, and behind a proxy only the operator knows). @fastify/helmet
 * runs two hooks per request and rebuilds helmet's middleware inside them each time, which cost
 * about 10% of a `/healthz` answer in CPU profiles; the headers never change, so helmet runs once
 * at startup into a recorder and every reply gets the recorded headers in one synchronous hook. A
 * test checks they equal what @fastify/helmet sends.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';

/** The options given to helmet: no CSP (set per page below), HSTS only when `hsts`. */
export function helmetOptions(hsts: boolean) {
  return { contentSecurityPolicy: false, strictTransportSecurity: hsts } as const;
}

/**
 * The explorer's policy (`/`, its client routes and its static files, whose scripts run as
 * workers under the policy they are served with): its own scripts, workers and images only, never
 * code from strings (formulas are compiled to closures, not eval'd); inline styles (KaTeX and the
 * plots set style attributes) and data: fonts (KaTeX's stylesheet embeds them). The strictest
 * policy the pages satisfy: apps/web/e2e/csp.test.ts opens every page under it, served by this
 * server, and asserts that no violation is reported.
 */
export const EXPLORER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self'",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

/**
 * The docs' policy (`/docs`, Swagger UI): its own scripts; inline styles (its bundle injects a
 * style element) and data: images (its SVG icons), which it cannot do without; nothing else.
 * Checked in the browser like the explorer's.
 */
export const DOCS_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

/** The policy of every API answer (JSON, problems): a browser shown one runs nothing. */
export const API_CSP = "default-src 'none'; frame-ancestors 'self'";

/** Paths whose answers are the API's data, not pages. */
const API_PATH = /^\/(v\d+(\/|$|\?)|openapi\.json|healthz)/;

/** The Content-Security-Policy for an answer to `url`. */
function contentSecurityPolicy(url: string): string {
  if (url.startsWith('/docs')) return DOCS_CSP;
  return API_PATH.test(url) ? API_CSP : EXPLORER_CSP;
}

/** The headers helmet sets with `helmetOptions(hsts)`, computed by running it once. */
export function securityHeaders(hsts = false): Readonly<Record<string, string>> {
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
  helmet(helmetOptions(hsts))(
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
 * Adds the security headers and the page's Content-Security-Policy to every reply, errors and
 * 404s included, except on routes whose `config.securityHeaders` is false (only `/healthz`, which
 * no browser renders). With `hsts`, Strict-Transport-Security too.
 */
export function registerSecurityHeaders(
  app: FastifyInstance,
  options: { hsts?: boolean } = {},
): void {
  const headers = securityHeaders(options.hsts ?? false);
  app.addHook('onRequest', (request, reply, done) => {
    const config = request.routeOptions.config as { securityHeaders?: boolean };
    if (config.securityHeaders !== false) {
      reply.headers(headers);
      reply.header('content-security-policy', contentSecurityPolicy(request.url));
    }
    done();
  });
}
