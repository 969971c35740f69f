/**
 * Serves the web explorer's production build (apps/web/dist) at `/`, so one address gives the
 * whole product: hashed assets cached for a year, the page itself revalidated every time, and
 * the explorer's client routes (`/playground`, `/lessons/digits`, ...) answered with its
 * index.html so a shared link or a reload lands on the right page. API paths keep their problem
 * documents. The build is found on disk by path, never imported: the API does not depend on the
 * web app, and runs without it (then `GET /` is the plain page of routes/home.ts).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** Where the web build is when the repository is laid out as usual (apps/api beside apps/web). */
const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../../web/dist/', import.meta.url));

/** Paths that belong to the API and never fall back to the explorer's page. */
const API_PATH = /^\/(v\d+\/|v\d+$|docs|openapi\.json|healthz)/;

/** The web root to serve: an explicit one, ACTLAB_WEB_DIST, or the default, if it holds index.html. */
export function findWebRoot(root: string | false | undefined): string | undefined {
  if (root === false) return undefined;
  const candidate = root ?? process.env.ACTLAB_WEB_DIST ?? DEFAULT_WEB_ROOT;
  return existsSync(join(candidate, 'index.html')) ? candidate : undefined;
}

/** True when a request for an unknown path should get the explorer's page. */
export function wantsPage(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const path = request.url.split('?')[0] ?? '/';
  if (API_PATH.test(path)) return false;
  // A missing asset (a file name with an extension) is a plain 404, not the page.
  if (/\.[a-z0-9]+$/i.test(path)) return false;
  return (request.headers.accept ?? '').includes('text/html');
}

/** Sends the explorer's page, never cached so a new deployment is picked up at once. */
export function sendPage(reply: FastifyReply): FastifyReply {
  return reply.header('cache-control', 'no-cache').sendFile('index.html');
}

/** Registers the static files of `root` at `/`. */
export async function registerWeb(app: FastifyInstance, root: string): Promise<void> {
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    // index.html goes through sendPage (no-cache); everything else is a hashed, immutable asset.
    index: false,
    cacheControl: false,
    // The web build writes .br and .gz beside its files: sent as they are, no work per request.
    preCompressed: true,
    setHeaders: (res, path) => {
      res.setHeader(
        'cache-control',
        /[\\/]assets[\\/]/.test(path)
          ? 'public, max-age=31536000, immutable'
          : 'public, max-age=3600',
      );
    },
  });
  app.get('/', { schema: { hide: true } }, async (_request, reply) => sendPage(reply));
}
