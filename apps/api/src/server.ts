/**
 * The process: builds the app, listens on HOST:PORT (127.0.0.1:3000 by default), prints the URL
 * and closes gracefully on SIGINT or SIGTERM, letting requests in flight finish.
 */
import { buildApp } from './app.js';
import { findWebRoot } from './plugins/web.js';

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be an integer from 0 to 65535, got ${process.env.PORT}`);
  process.exit(1);
}

const app = await buildApp({
  logger: { level: process.env.LOG_LEVEL ?? 'info' },
  ...(process.env.CORS_ORIGINS ? { corsOrigins: process.env.CORS_ORIGINS.split(',') } : {}),
});

let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'closing');
    // A second signal, or a close that hangs, should not keep the process alive for ever.
    const timer = setTimeout(() => process.exit(1), 10_000);
    timer.unref();
    app.close().then(
      () => process.exit(0),
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
