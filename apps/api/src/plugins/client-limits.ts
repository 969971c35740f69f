/**
 * Per-client limits that protect the API without locking out a class. Two budgets, both keyed by
 * the client's address (`request.ip`, the student's own behind a trusted proxy):
 *
 * - a request budget (`@fastify/rate-limit`, 600 a minute by default) on the API routes only
 *   (`/v1/...`): the web explorer's page and assets, /docs, /openapi.json, /healthz and /readyz
 *   are never counted, so a classroom behind one school address always gets the page;
 * - a work budget (work-budget.ts) charged by each training run's cost, known before it starts,
 *   so one client flooding /v1/train is slowed while everyone else's evaluations go on. Every
 *   other route is bounded per request by its own cost limits (cost.ts), far under a training run.
 *
 * Both refusals are 429 problem documents with Retry-After.
 *
 * With a Redis link (REDIS_URL) both budgets are kept in Redis, one per client for all replicas:
 * the request budget in @fastify/rate-limit's Redis store, the work budget in redis-work-budget.ts.
 * Both fail open, per process: while Redis is unreachable the request budget is not counted
 * (`skipOnError`) and the work budget is counted in this process's memory.
 */
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { TrainBody } from '../schemas/train.js';
import type { Limits } from '../limits.js';
import { ApiError } from '../problem.js';
import { planTraining } from '../training.js';
import type { RedisLink } from '../redis.js';
import { createRedisWorkBudget } from '../redis-work-budget.js';
import type { ClientWorkBudget, WorkBudget } from '../work-budget.js';
import { localWorkBudget } from '../work-budget.js';

/** Paths counted by the request budget: the versioned API. */
const LIMITED_PATH = /^\/v\d+(\/|$)/;

/** Prefix of the request budget's keys in Redis (the client's address follows). */
const REQUEST_BUDGET_NAMESPACE = 'actlab-rl:';

/** How often clients whose work budget has filled again are forgotten. */
const SWEEP_MS = 60_000;

/** The request budget: requests per client per window, or false for none. */
export type RequestBudget = false | { readonly max: number; readonly timeWindow: number | string };

/** What the limits report to the readiness route, and the work budget for the answer pool. */
export interface TrainingLoad {
  /** Training requests accepted and not yet answered (running or waiting for a worker). */
  readonly inFlight: number;
  /** The per-client work budget (in this process or in Redis), or false when off. */
  readonly work: ClientWorkBudget | false;
}

/** Options of `registerClientLimits`. */
export interface ClientLimitsOptions {
  /** The request budget. */
  readonly requests: RequestBudget;
  /**
   * The work budget for training, or false for none: this process's counters, used alone without
   * Redis and while Redis is unreachable.
   */
  readonly work: WorkBudget | false;
  /** The Redis that keeps both budgets for all replicas, if any. */
  readonly redis?: RedisLink;
  /** The per-request limits (the training budget used to plan a run's cost). */
  readonly limits: Limits;
}

/** True when requests to `url` (a route's path) count toward the request budget. */
function isLimitedPath(url: string): boolean {
  return LIMITED_PATH.test(url);
}

/**
 * Registers both budgets on `app` (the root instance, before any route) and returns the training
 * load it observes. Must run before the routes are registered: it sees each route as it is added.
 */
export async function registerClientLimits(
  app: FastifyInstance,
  options: ClientLimitsOptions,
): Promise<TrainingLoad> {
  let inFlight = 0;
  const { limits, redis } = options;
  const work = !options.work
    ? false
    : redis
      ? createRedisWorkBudget(redis, options.work)
      : localWorkBudget(options.work);
  // Runs before rate-limit's own onRoute hook (registered below), which skips a route whose
  // config says `rateLimit: false`: the exempt routes then cost nothing per request.
  app.addHook('onRoute', (route) => {
    if (!isLimitedPath(route.url)) route.config = { ...route.config, rateLimit: false };
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (route.url === '/v1/train' && methods.includes('POST')) {
      const chargeRun = async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
        const charged = work ? await chargeTraining(work, limits, request, reply) : 0;
        inFlight++;
        reply.raw.once('close', () => {
          inFlight--;
          // A run refused as busy (queue full, shutting down) did no work: its cost goes back.
          if (work && charged > 0 && reply.statusCode === 503) {
            work.refund(request.ip, charged).catch(() => undefined);
          }
        });
      };
      const existing = route.preHandler;
      route.preHandler = existing
        ? [...(Array.isArray(existing) ? existing : [existing]), chargeRun]
        : chargeRun;
    }
  });
  if (options.requests !== false) {
    const { max, timeWindow } = options.requests;
    await app.register(rateLimit, {
      max,
      timeWindow,
      ...(redis
        ? { redis: redis.client, nameSpace: REQUEST_BUDGET_NAMESPACE, skipOnError: true }
        : {}),
      // Thrown to the error handler, which makes it a problem document (with Retry-After).
      errorResponseBuilder: (_request, context) =>
        new ApiError(
          429,
          'REQUEST_BUDGET',
          `this client has made ${context.max} API requests in ${context.after}, its budget; ` +
            `retry in ${Math.max(1, Math.ceil(context.ttl / 1000))} s`,
        ),
    });
  }
  if (work) {
    const sweep = setInterval(() => work.sweep(), SWEEP_MS);
    sweep.unref();
    app.addHook('onClose', async () => clearInterval(sweep));
  }
  return {
    get inFlight() {
      return inFlight;
    },
    work,
  };
}

/**
 * Charges a training request's cost to its client and returns it, or refuses the request (429
 * WORK_BUDGET with Retry-After). A request whose plan fails (a bad option, over the per-run limit)
 * is not charged (0): the route refuses it with the same error.
 */
async function chargeTraining(
  work: ClientWorkBudget,
  limits: Limits,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<number> {
  let cost: number;
  try {
    cost = planTraining(request.body as TrainBody, limits).cost.total;
  } catch {
    return 0;
  }
  const charge = await work.charge(request.ip, cost);
  reply.header('x-work-budget-remaining', String(charge.remaining));
  if (charge.ok) return cost;
  reply.header('retry-after', String(charge.retryAfterSeconds));
  throw new ApiError(
    429,
    'WORK_BUDGET',
    `this training run costs ${cost.toLocaleString('en-US')} work units and this client has ` +
      `${charge.remaining.toLocaleString('en-US')} left of its budget of ` +
      `${work.options.budget.toLocaleString('en-US')} per ${work.options.windowMs / 1000} s; ` +
      `retry in ${charge.retryAfterSeconds} s or train a smaller run`,
  );
}
