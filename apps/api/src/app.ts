/**
 * Builds the actlab API as a Fastify instance without listening: external plugins (security
 * headers, CORS, rate limit, OpenAPI) first, then the error handling, then the routes. Tests call
 * `buildApp()` and `app.inject`; `server.ts` is the only place that listens.
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify from 'fastify';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import {
  clientErrorHandler,
  frameworkErrorHandler,
  registerErrorHandlers,
} from './plugins/errors.js';
import { createAnswerPool } from './answer-pool.js';
import { registerOpenApi } from './plugins/openapi.js';
import type { RequestBudget } from './plugins/client-limits.js';
import { registerClientLimits } from './plugins/client-limits.js';
import { registerOrigins } from './plugins/origins.js';
import { registerSecurityHeaders, securityHeaders } from './plugins/security-headers.js';
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
import { DEFAULT_CLIENT_BUDGETS, DEFAULT_LIMITS } from './limits.js';
import { requestId, withLogSerializers } from './request-log.js';
import { connectRedis } from './redis.js';
import { MAX_NAME_LENGTH } from './schemas/activation.js';
import type { WorkBudgetOptions } from './work-budget.js';
import { createWorkBudget } from './work-budget.js';

/**
 * Default connection limits, in milliseconds (bytes for the header size): a slow or stalled client
 * holds a socket for at most these long.
 */
const DEFAULT_CONNECTION_LIMITS = {
  /** A whole request, head and body, must arrive within 30 s, or it is answered 408 and closed. */
  requestTimeout: 30_000,
  /** The request line and headers must arrive within 10 s (408 and closed). */
  headersTimeout: 10_000,
  /** An idle keep-alive connection is closed 5 s after its last answer. */
  keepAliveTimeout: 5_000,
  /**
   * A socket with no traffic either way for 2 minutes is closed, even mid-answer: far longer than
   * any accepted work waits silently (a training stream sends progress events as it goes).
   */
  connectionTimeout: 120_000,
  /** Request line and headers at most 16 KiB (Node's default); beyond, 431. */
  maxHeaderSize: 16 * 1024,
} as const;

/** How to build the app; every field has a default suited to a local server. */
export interface AppOptions {
  /** Fastify's logger option: false (the default, for tests), true, or pino options. */
  readonly logger?: FastifyServerOptions['logger'];
  /** Largest request body in bytes (default 1 MiB). */
  readonly bodyLimit?: number;
  /** Array lengths and the training budget (defaults in `DEFAULT_LIMITS`). */
  readonly limits?: Partial<Limits>;
  /**
   * Origins allowed by CORS, each `http(s)://host[:port]` (`null` and `*` are refused). Default
   * none: the explorer and the docs are served from the API's own origin.
   */
  readonly corsOrigins?: readonly string[];
  /**
   * Send Strict-Transport-Security (default false): only for a deployment reached over HTTPS
   * (directly or behind a proxy that terminates TLS); over plain HTTP it means nothing.
   */
  readonly hsts?: boolean;
  /** Time to receive a whole request, head and body, in ms (default 30 s; 0 for none): then 408. */
  readonly requestTimeout?: number;
  /** Time to receive a request's line and headers, in ms (default 10 s; at most requestTimeout). */
  readonly headersTimeout?: number;
  /** How long an idle keep-alive connection stays open, in ms (default 5 s). */
  readonly keepAliveTimeout?: number;
  /** A socket silent this long either way is closed, in ms (default 120 s; 0 for never). */
  readonly connectionTimeout?: number;
  /** Largest request line plus headers in bytes (default 16 KiB); beyond, 431. */
  readonly maxHeaderSize?: number;
  /**
   * Requests to the API routes (/v1/...) per client per window; false turns it off (default 600 a
   * minute). The web explorer, /docs, /openapi.json, /healthz and /readyz are never counted.
   */
  readonly rateLimit?: RequestBudget;
  /**
   * Work units of training per client per window, or false for none (default ten runs at
   * `maxTrainingWork` per ten minutes): each run is charged its cost before it starts.
   */
  readonly workBudget?: false | WorkBudgetOptions;
  /**
   * Which proxies to believe about the client's address (X-Forwarded-For): false (the default:
   * the address is the connection's), a hop count, or a list of addresses and CIDR ranges. The
   * address names the client in both budgets and in the logs.
   */
  readonly trustProxy?: false | number | readonly string[];
  /**
   * A redis:// or rediss:// URL: both per-client budgets are then kept in that Redis, one per
   * client for every replica, failing open to this process's counters while it is unreachable.
   * Default none: the budgets live in this process's memory.
   */
  readonly redisUrl?: string;
  /** Whether to serve /openapi.json and /docs (default true). */
  readonly docs?: boolean;
  /**
   * Where training runs: a URL to the compiled worker script, false for in-process, or undefined
   * for the worker beside the compiled app (in-process when running the TypeScript sources).
   */
  readonly trainingWorker?: URL | false;
  /**
   * The compiled answer worker (answer-pool.ts): a URL to its script, or undefined for the one
   * beside the compiled app (none when running the TypeScript sources: answers are built inline).
   */
  readonly answerWorker?: URL;
  /**
   * The web explorer's build to serve at `/`: a directory holding index.html, false for none, or
   * undefined for ACTLAB_WEB_DIST or apps/web/dist. Without one, `/` is a plain page of links.
   */
  readonly webRoot?: string | false;
}

/** A ready (not listening) actlab API. Close it with `app.close()`. */
export async function buildApp(options: AppOptions = {}): Promise<FastifyInstance> {
  const limits: Limits = { ...DEFAULT_LIMITS, ...options.limits };
  const connection = { ...DEFAULT_CONNECTION_LIMITS, ...definedOnly(options) };
  const headersTimeout =
    connection.requestTimeout > 0
      ? Math.min(connection.headersTimeout, connection.requestTimeout)
      : connection.headersTimeout;
  const headers = securityHeaders(options.hsts ?? false);
  // A path id may be a URL-encoded formula (up to three characters per encoded one); a longer
  // param answers 414. No route has a regex param.
  const maxParamLength = 3 * MAX_NAME_LENGTH;
  const app = Fastify({
    logger: withLogSerializers(options.logger ?? false),
    bodyLimit: options.bodyLimit ?? 1024 * 1024,
    // Request ids in every log line: a load balancer's id when it is short and plain, else ours.
    requestIdHeader: false,
    genReqId: requestId,
    trustProxy: trustProxyOption(options.trustProxy),
    requestTimeout: connection.requestTimeout,
    keepAliveTimeout: connection.keepAliveTimeout,
    connectionTimeout: connection.connectionTimeout,
    http: {
      headersTimeout,
      requestTimeout: connection.requestTimeout,
      maxHeaderSize: connection.maxHeaderSize,
      // Node checks the request and header deadlines on this period (30 s by default, which
      // would let a stalled upload live up to twice its timeout).
      connectionsCheckingInterval: checkingInterval(headersTimeout, connection.requestTimeout),
    },
    frameworkErrors: frameworkErrorHandler(headers, maxParamLength),
    clientErrorHandler: clientErrorHandler(headers),
    routerOptions: { maxParamLength },
    // Report the first schema failure only: one field per problem, and no quadratic error lists.
    // Unknown properties are refused where a schema says so (a misspelt option must not be
    // silently dropped), never stripped. No coercion: `null`, `true` and `"2"` are not numbers
    // (a diverged model's NaN weights, serialized as null, must not load as zeros). Queries and
    // path params are declared as strings and read by query-params.ts.
    ajv: { customOptions: { allErrors: false, removeAdditional: false, coerceTypes: false } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  const webRoot = findWebRoot(options.webRoot);
  registerErrorHandlers(app, { webPage: webRoot !== undefined });
  registerSecurityHeaders(app, { hsts: options.hsts ?? false });
  await registerOrigins(app, options.corsOrigins ?? []);
  const redis =
    options.redisUrl === undefined ? undefined : connectRedis(options.redisUrl, app.log);
  if (redis) app.addHook('onClose', () => redis.close());
  const training = await registerClientLimits(app, {
    ...(redis ? { redis } : {}),
    requests: options.rateLimit ?? {
      max: DEFAULT_CLIENT_BUDGETS.requestMax,
      timeWindow: DEFAULT_CLIENT_BUDGETS.requestWindowMs,
    },
    work:
      options.workBudget === false
        ? false
        : createWorkBudget(
            options.workBudget ?? {
              budget: DEFAULT_CLIENT_BUDGETS.trainingRuns * limits.maxTrainingWork,
              windowMs: DEFAULT_CLIENT_BUDGETS.workWindowMs,
            },
          ),
    limits,
  });
  if (options.docs ?? true) await registerOpenApi(app);

  if (webRoot) await registerWeb(app, webRoot);
  else await app.register(homeRoutes);
  const answers = createAnswerPool({
    limits,
    size: limits.answerWorkers,
    maxQueued: limits.answerQueue,
    work: training.work,
    ...(options.answerWorker !== undefined ? { script: options.answerWorker } : {}),
  });
  // After the routes' own close hooks: answers being built finish before their workers stop.
  app.addHook('onClose', async () => answers.close());
  await app.register(healthRoutes, { limits, training, answers, ...(redis ? { redis } : {}) });
  await app.register(activationRoutes, { limits, answers });
  await app.register(formulaRoutes, { answers });
  await app.register(exportRoutes);
  await app.register(modelRoutes, { limits, answers });
  await app.register(backpropRoutes, { limits });
  await app.register(signalRoutes, { answers });
  await app.register(catalogRoutes);
  await app.register(trainRoutes, {
    limits,
    ...(options.trainingWorker !== undefined ? { worker: options.trainingWorker } : {}),
  });
  return app;
}

/** Fastify's `trustProxy` for the option: off, a hop count, or the trusted addresses. */
function trustProxyOption(
  trust: AppOptions['trustProxy'],
): false | string[] | ((address: string, hop: number) => boolean) {
  if (trust === undefined || trust === false) return false;
  // A hop count trusts the nearest `trust` proxies, whatever their addresses (as Fastify does).
  return typeof trust === 'number' ? (_address, hop) => hop < trust : [...trust];
}

/** The connection options `options` sets (an explicit undefined keeps the default). */
function definedOnly(
  options: AppOptions,
): Partial<Record<keyof typeof DEFAULT_CONNECTION_LIMITS, number>> {
  const keys = Object.keys(DEFAULT_CONNECTION_LIMITS) as (keyof typeof DEFAULT_CONNECTION_LIMITS)[];
  return Object.fromEntries(
    keys.filter((key) => options[key] !== undefined).map((key) => [key, options[key]]),
  );
}

/** How often Node checks the deadlines: a tenth of the shortest, between 10 ms and 1 s. */
function checkingInterval(...timeouts: number[]): number {
  const shortest = Math.min(...timeouts.filter((t) => t > 0), 10_000);
  return Math.min(1000, Math.max(10, Math.round(shortest / 10)));
}
