/**
 * The process: reads its configuration from the environment (config.ts; a bad value exits 1 with a
 * message naming the variable), builds the app, listens on HOST:PORT (127.0.0.1:3000 by default),
 * prints the URL and closes gracefully on SIGINT or SIGTERM: it stops accepting connections, lets
 * running work finish for up to SHUTDOWN_GRACE_MS (30 s by default; then training is cancelled and
 * streams end with a `shutdown` event), and exits 0 when everything finished in time, 1 otherwise.
 */
import { buildApp } from './app.js';
import { ConfigError, readConfig } from './config.js';
import type { ServerConfig } from './config.js';
import { DEFAULT_LIMITS } from './limits.js';
import { findWebRoot } from './plugins/web.js';

/** The configuration, or the process ends with the message naming each bad variable. */
function configOrExit(): ServerConfig {
  try {
    return readConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`actlab: bad configuration\n${error.message}`);
    process.exit(1);
  }
}

const config = configOrExit();
const { port, host } = config;
const grace = config.app.limits?.shutdownGraceMs ?? DEFAULT_LIMITS.shutdownGraceMs;

const app = await buildApp({ ...config.app, logger: { level: config.logLevel } });

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
