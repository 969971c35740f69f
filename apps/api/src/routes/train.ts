/**
 * POST /v1/train: trains a small network and answers its history, model and final metrics; with
 * `Accept: text/event-stream` the same run streams `progress` events (at most every 100 ms) and a
 * final `result` event, and closing the connection cancels the run. Runs execute in worker threads
 * (see training-runner.ts), so other requests are answered meanwhile; the work budget bounds how
 * long one request can take.
 */
import type { Metrics, TrainPlan } from '@actlab/train';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import type { Limits } from '../limits.js';
import { problemFor } from '../problem.js';
import { BODY_ERROR_RESPONSES, BUSY_RESPONSE } from '../schemas/common.js';
import { TrainBody, TrainResult } from '../schemas/train.js';
import { createRunQueue } from '../run-queue.js';
import { createEventStream } from '../sse.js';
import { trainingRunner } from '../training-runner.js';
import { planTraining, progressEntry, trainResponse } from '../training.js';

/** Options of the training route. */
export interface TrainRouteOptions {
  /** The work budget. */
  readonly limits: Limits;
  /** The compiled worker script, false to train in-process, or undefined for the default. */
  readonly worker?: URL | false;
}

/** Most history entries returned: long runs report every k-th epoch. */
const MAX_HISTORY = 200;

/** Least time between two progress events. */
const PROGRESS_INTERVAL_MS = 100;

/** POST /v1/train. */
export const trainRoutes: FastifyPluginAsyncTypebox<TrainRouteOptions> = async (
  app,
  { limits, worker },
) => {
  const queue = createRunQueue(limits.trainingConcurrency, limits.trainingQueue);
  const runner = trainingRunner(worker);
  /** Runs a plan; `onProgress` sees each history entry's metrics. */
  const run = (plan: TrainPlan, signal: AbortSignal, onProgress?: (m: Metrics) => void) =>
    runner(plan, Math.max(1, Math.ceil(plan.epochs / MAX_HISTORY)), signal, onProgress);
  app.post(
    '/v1/train',
    {
      schema: {
        summary: 'Train a small network on a named dataset',
        description:
          'The work budget (epochs x training examples x parameters, 500,000,000 by default) ' +
          'keeps one request to a few seconds; over it the answer is 422 WORK_LIMIT. With ' +
          '`Accept: text/event-stream` the run streams `progress` events and a final `result` ' +
          '(or `error`) event. Any activation may be a typed formula (`"activation": "formula: ' +
          'x * tanh(softplus(x))"`, its declared parameters in `params`); its evaluations count ' +
          'toward the budget, and one that does not parse is a 422 INVALID_FORMULA with its ' +
          '`field` and `position`.',
        body: TrainBody,
        response: {
          200: {
            description: 'The trained model, or with Accept: text/event-stream its progress.',
            content: {
              'application/json': { schema: TrainResult },
              'text/event-stream': { schema: { type: 'string' } },
            },
          },
          ...BODY_ERROR_RESPONSES,
          ...BUSY_RESPONSE,
        },
      },
    },
    async (request, reply) => {
      // Planning checks every option (and the budget) before anything is sent: bad input stays a
      // plain problem answer, even for a streaming request.
      const plan = planTraining(request.body, limits);
      const controller = new AbortController();
      // The response closes before it has finished only when the client went away.
      reply.raw.once('close', () => {
        if (!reply.raw.writableFinished) controller.abort();
      });
      if (!(request.headers.accept ?? '').includes('text/event-stream')) {
        return trainResponse(await queue.run(() => run(plan, controller.signal)), plan);
      }
      // Refuse now, while the answer can still be a plain 503 problem rather than a stream.
      if (queue.full) throw queue.busy();
      const stream = createEventStream();
      let last = 0;
      const progress = (metrics: Metrics): void => {
        const now = Date.now();
        if (now - last < PROGRESS_INTERVAL_MS) return;
        last = now;
        stream.send('progress', progressEntry(metrics));
      };
      queue
        .run(() => run(plan, controller.signal, progress))
        .then(
          (result) => stream.send('result', trainResponse(result, plan)),
          (error: unknown) => {
            const problem = problemFor(error, request.url);
            if (problem.code === 'CANCELLED') request.log.info('client left; training cancelled');
            else if (problem.status >= 500) request.log.error({ err: error }, 'training failed');
            stream.send('error', problem);
          },
        )
        .finally(() => stream.end());
      // The typed reply accepts only the JSON shapes; a stream is sent through the plain reply.
      const plain: FastifyReply = reply;
      return plain.type('text/event-stream').header('cache-control', 'no-cache').send(stream.body);
    },
  );
};
