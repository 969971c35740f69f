/**
 * `GET /healthz`: liveness for load balancers; cheap, and answers during training. `GET /readyz`:
 * readiness, with the training pool's and the answer pool's size and load and, when REDIS_URL is
 * set, whether Redis answers. Redis being down does not make the server unready: the budgets fail open (each process
 * counts its own until Redis returns), so taking this replica out of a load balancer would only
 * lose capacity; the answer says `"redis": "down"` and `"budgets": "per-process"`. Neither is rate limited (a probe polled by a
 * load balancer must never be refused for its own polling), and neither carries the browser
 * security headers: load balancers poll them thousands of times and no browser renders them, and
 * the eleven headers were a third of /healthz's cost (see BENCHMARKS.md). While the server shuts
 * down, Fastify answers every request, these included, 503 and closes the connection, so a load
 * balancer stops sending work here.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AnswerPool } from '../answer-pool.js';
import type { Limits } from '../limits.js';
import type { TrainingLoad } from '../plugins/client-limits.js';
import type { RedisLink } from '../redis.js';
import { ERROR_RESPONSES } from '../schemas/common.js';

/** Options of the health routes. */
export interface HealthRouteOptions {
  /** The limits, for the training pool's size. */
  readonly limits: Limits;
  /** The training requests in flight. */
  readonly training: TrainingLoad;
  /** The Redis link keeping the budgets, when REDIS_URL is set. */
  readonly redis?: Pick<RedisLink, 'state'>;
  /** The pool building large answers. */
  readonly answers: Pick<AnswerPool, 'load'>;
}

/** The readiness answer: the training pool and how busy it is, and Redis when configured. */
const Readiness = Type.Object({
  status: Type.Literal('ready'),
  training: Type.Object({
    workers: Type.Integer({ description: 'Training runs at once (TRAINING_CONCURRENCY).' }),
    queue: Type.Integer({ description: 'Runs that may wait beyond those (TRAINING_QUEUE).' }),
    inFlight: Type.Integer({
      description: 'Training requests accepted and not yet answered, running or waiting.',
    }),
  }),
  answers: Type.Object({
    workers: Type.Integer({
      description: 'Threads building large answers (ANSWER_WORKERS; 0: on the event loop).',
    }),
    running: Type.Integer({ description: 'Large answers being built now.' }),
    queued: Type.Integer({
      description: 'Large answers waiting for a thread (ANSWER_QUEUE at most).',
    }),
  }),
  redis: Type.Optional(
    Type.Union([Type.Literal('up'), Type.Literal('down')], {
      description:
        'Only when REDIS_URL is set: whether Redis answers. Down does not make the server ' +
        'unready: the budgets fail open, counted in each process until Redis returns.',
    }),
  ),
  budgets: Type.Optional(
    Type.Union([Type.Literal('shared'), Type.Literal('per-process')], {
      description:
        'Only when REDIS_URL is set: where the per-client budgets are counted now, in Redis ' +
        'for all replicas (shared) or in this process alone while Redis is down (per-process).',
    }),
  ),
});

/** The health and readiness routes. */
export const healthRoutes: FastifyPluginAsyncTypebox<HealthRouteOptions> = async (
  app,
  { limits, training, redis, answers },
) => {
  app.get(
    '/healthz',
    {
      config: { securityHeaders: false },
      schema: {
        summary: 'Liveness check',
        description:
          'Answers { "status": "ok" } while the process serves requests (also during training ' +
          'runs). Never rate limited.',
        response: {
          200: Type.Object({ status: Type.Literal('ok') }),
          500: ERROR_RESPONSES[500],
        },
      },
    },
    async () => ({ status: 'ok' as const }),
  );
  app.get(
    '/readyz',
    {
      config: { securityHeaders: false },
      schema: {
        summary: 'Readiness check',
        description:
          'Answers 200 with the training pool (workers, queue length, requests in flight), the ' +
          'answer pool (workers, answers being built and waiting) and, ' +
          'when REDIS_URL is set, whether Redis answers, while the server takes new work (also ' +
          'while Redis is down: the budgets then count per process); 503 once it is shutting down (a load balancer then sends ' +
          'work elsewhere). Never rate limited.',
        response: {
          200: Readiness,
          500: ERROR_RESPONSES[500],
        },
      },
    },
    async () => ({
      status: 'ready' as const,
      training: {
        workers: limits.trainingConcurrency,
        queue: limits.trainingQueue,
        inFlight: training.inFlight,
      },
      answers: answers.load,
      ...(redis
        ? {
            redis: redis.state,
            budgets: redis.state === 'up' ? ('shared' as const) : ('per-process' as const),
          }
        : {}),
    }),
  );
};
