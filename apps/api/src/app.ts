/**
 * Builds the actlab API as a Fastify instance without listening: external plugins (security
 * headers, CORS, rate limit, OpenAPI) first, then the error handling, then the routes. Tests call
 * `buildApp()` and `app.inject`; `server.ts` is the only place that listens.
 */
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify from 'fastify';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import { registerErrorHandlers } from './plugins/errors.js';
import { registerOpenApi } from './plugins/openapi.js';
import { registerSecurityHeaders } from './plugins/security-headers.js';
import { findWebRoot, registerWeb } from './plugins/web.js';
import { activationRoutes } from './routes/activations.js';
import { backpropRoutes } from './routes/backprop.js';
import { catalogRoutes } from './routes/catalog.js';
import { exportRoutes } from './routes/export.js';
import { formulaRoutes } from './routes/formulas.js';
import { healthRoutes } from './routes/health.js';
import { homeRoutes } from './routes/home.js';
import { modelRoutes } from './routes/models.js';
import { signalRoutes } from './routes/signal.js';
import { trainRoutes } from './routes/train.js';
import type { Limits } from './limits.js';
import { DEFAULT_LIMITS } from './limits.js';
import { MAX_NAME_LENGTH } from './schemas/activation.js';

/** How to build the app; every field has a default suited to a local server. */
export interface AppOptions {
  /** Fastify's logger option: false (the default, for tests), true, or pino options. */
  readonly logger?: FastifyServerOptions['logger'];
  /** Largest request body in bytes (default 1 MiB). */
  readonly bodyLimit?: number;
  /** Array lengths and the training budget (defaults in `DEFAULT_LIMITS`). */
  readonly limits?: Partial<Limits>;
  /** Origins allowed by CORS: true for any (the default), false for none, or a list. */
  readonly corsOrigins?: boolean | string | readonly string[];
  /** Requests per client per window; false turns rate limiting off (default 300 a minute). */
  readonly rateLimit?: false | { readonly max: number; readonly timeWindow: number | string };
  /** Whether to serve /openapi.json and /docs (default true). */
  readonly docs?: boolean;
  /**
   * Where training runs: a URL to the compiled worker script, false for in-process, or undefined
   * for the worker beside the compiled app (in-process when running the TypeScript sources).
   */
  readonly trainingWorker?: URL | false;
  /**
   * The web explorer's build to serve at `/`: a directory holding index.html, false for none, or
   * undefined for ACTLAB_WEB_DIST or apps/web/dist. Without one, `/` is a plain page of links.
   */
  readonly webRoot?: string | false;
}

/** A ready (not listening) actlab API. Close it with `app.close()`. */
export async function buildApp(options: AppOptions = {}): Promise<FastifyInstance> {
  const limits: Limits = { ...DEFAULT_LIMITS, ...options.limits };
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? 1024 * 1024,
    // Request ids in every log line; honour a load balancer's id when it sends one.
    requestIdHeader: 'x-request-id',
    // A path id may be a URL-encoded formula (up to three characters per encoded one); longer
    // params would not match any route and answer a misleading 404. No route has a regex param.
    routerOptions: { maxParamLength: 3 * MAX_NAME_LENGTH },
    // Report the first schema failure only: one field per problem, and no quadratic error lists.
    // Unknown properties are refused where a schema says so (a misspelt option must not be
    // silently dropped), never stripped.
    ajv: { customOptions: { allErrors: false, removeAdditional: false } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  const webRoot = findWebRoot(options.webRoot);
  registerErrorHandlers(app, { webPage: webRoot !== undefined });
  registerSecurityHeaders(app);
  const origins = options.corsOrigins ?? true;
  await app.register(cors, { origin: typeof origins === 'boolean' ? origins : [origins].flat() });
  if (options.rateLimit !== false) {
    await app.register(rateLimit, {
      max: options.rateLimit?.max ?? 300,
      timeWindow: options.rateLimit?.timeWindow ?? '1 minute',
    });
  }
  if (options.docs ?? true) await registerOpenApi(app);

  if (webRoot) await registerWeb(app, webRoot);
  else await app.register(homeRoutes);
  await app.register(healthRoutes);
  await app.register(activationRoutes, { limits });
  await app.register(formulaRoutes, { limits });
  await app.register(exportRoutes);
  await app.register(modelRoutes, { limits });
  await app.register(backpropRoutes, { limits });
  await app.register(signalRoutes, { limits });
  await app.register(catalogRoutes);
  await app.register(trainRoutes, {
    limits,
    ...(options.trainingWorker !== undefined ? { worker: options.trainingWorker } : {}),
  });
  return app;
}
