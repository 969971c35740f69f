/**
 * The process: builds the app, listens on HOST:PORT (127.0.0.1:3000 by default), prints the URL
 * and closes gracefully on SIGINT or SIGTERM: it stops accepting connections, lets running work
 * finish for up to SHUTDOWN_GRACE_MS (30 s by default; then training is cancelled and streams end
 * with a `shutdown` event), and exits 0 when everything finished in time, 1 otherwise.
 */
import { buildApp } from './app.js';
import { DEFAULT_LIMITS } from './limits.js';
import { findWebRoot } from './plugins/web.js';

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be an integer from 0 to 65535, got ${process.env.PORT}`);
  process.exit(1);
}

const grace = Number(process.env.SHUTDOWN_GRACE_MS ?? DEFAULT_LIMITS.shutdownGraceMs);
if (!Number.isInteger(grace) || grace < 0) {
  console.error(
    `SHUTDOWN_GRACE_MS must be a whole number of milliseconds, got ${process.env.SHUTDOWN_GRACE_MS}`,
  );
  process.exit(1);
}

const app = await buildApp({
  logger: { level: process.env.LOG_LEVEL ?? 'info' },
  limits: { shutdownGraceMs: grace },
  ...(process.env.CORS_ORIGINS ? { corsOrigins: process.env.CORS_ORIGINS.split(',') } : {}),
});

/** Time after the grace for cancelled work to answer before the process gives up on it. */
const CANCEL_MS = 5_000;

/** How often, while closing, connections that went idle are closed. */
const IDLE_CHECK_MS = 50;

let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    if (closing) return;
    closing = true;
    const started = Date.now();
    app.log.info({ signal, graceMs: grace }, 'closing: finishing the work in flight');
    // The training route cancels its runs when the grace is over; anything still open after that
    // and a short while to answer must not keep the process alive for ever.
    const timer = setTimeout(() => {
      app.log.error('close did not finish; exiting');
      app.server.closeAllConnections();
      process.exit(1);
    }, grace + CANCEL_MS);
    timer.unref();
    // A keep-alive connection that goes idle once its answer is sent would hold the close open
    // until its timeout: close each as soon as it is idle.
    const idle = setInterval(() => app.server.closeIdleConnections(), IDLE_CHECK_MS);
    idle.unref();
    app.close().then(
      () => {
        const inTime = Date.now() - started < grace;
        if (!inTime) app.log.warn('closed after the grace period; work was cancelled');
        process.exit(inTime ? 0 : 1);
      },
      (error: unknown) => {
        app.log.error({ err: error }, 'close failed');
        process.exit(1);
      },
    );
  });
}

try {
  const address = await app.listen({ port, host });
  const explorer = findWebRoot(undefined) ? `web explorer at ${address}/, ` : '';
  console.log(`actlab listening on ${address} (${explorer}API documentation at ${address}/docs)`);
} catch (error) {
  app.log.error({ err: error }, 'could not listen');
  process.exit(1);
}
