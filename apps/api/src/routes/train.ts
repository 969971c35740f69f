/**
 * POST /v1/train: trains a small network and answers its history, model and final metrics; with
 * `Accept: text/event-stream` the same run streams `progress` events (at most every 100 ms) and a
 * final `result` event. A client that leaves (closes its connection) takes its run with it: a
 * waiting run leaves the queue and never starts, a running one is cancelled. Runs execute in worker
 * threads (see training-runner.ts), so other requests are answered meanwhile; the cost budget
 * bounds how long one request can take. At shutdown (the app closing) waiting runs are refused,
 * running ones get `limits.shutdownGraceMs` to finish, and then are cancelled: a stream ends with a
 * `shutdown` event, a plain request with a 503.
 */
import type { Metrics } from '@actlab/train';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import type { Limits } from '../limits.js';
import { ApiError, problemFor } from '../problem.js';
import { BODY_ERROR_RESPONSES, BUSY_RESPONSE } from '../schemas/common.js';
import { TrainBody, TrainResult } from '../schemas/train.js';
import { createRunQueue } from '../run-queue.js';
import { createEventStream } from '../sse.js';
import { trainingRunner } from '../training-runner.js';
import { planTraining, progressEntry, progressEvery } from '../training.js';
import { sendAnswer } from '../answer-pool.js';

/** Options of the training route. */
export interface TrainRouteOptions {
  /** The work budget. */
  readonly limits: Limits;
  /** The compiled worker script, false to train in-process, or undefined for the default. */
  readonly worker?: URL | false;
}

/** What the log says when a client's leaving cancelled its run. */
const LEFT = 'training cancelled: the client left';

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
  const run = (
    body: TrainBody,
    epochs: number,
    signal: AbortSignal,
    onProgress?: (m: Metrics) => void,
  ) => runner({ body, limits, progressEvery: progressEvery(epochs) }, signal, onProgress);
  /** The runs in flight (waiting or running), cancelled when the shutdown grace runs out. */
  const inFlight = new Set<AbortController>();
  let closing = false;
  app.addHook('preClose', () => {
    closing = true;
    // Quick on purpose: the hook only starts the drain, which the server's close then waits for.
    const grace = setTimeout(() => {
      app.log.warn({ runs: inFlight.size }, 'shutdown grace over; cancelling training runs');
      for (const controller of inFlight) controller.abort();
    }, limits.shutdownGraceMs);
    grace.unref();
    void queue.close().then(() => clearTimeout(grace));
  });
  /** The answer to a run that the shutdown refused or cut short. */
  const shutdownProblem = (): ApiError =>
    new ApiError(503, 'BUSY', 'the server is shutting down; the training run did not finish');
  app.post(
    '/v1/train',
    {
      schema: {
        summary: 'Train a small network on a named dataset',
        description:
          "The cost budget keeps one request to at most about five seconds of one core: a run's " +
          'cost counts its forward and backward passes, every evaluation over the training and ' +
          'test rows, its optimizer steps and its typed formulas, in work units (about one ' +
          'multiply-add each; 4,000,000,000 by default, the `maxTrainingWork` limit); over it the answer ' +
          'is 422 WORK_LIMIT stating the cost and the budget. A split may hold out at most 9 test ' +
          'rows per training row (testFraction 0.9). With ' +
          '`Accept: text/event-stream` the run streams `progress` events and a final `result` ' +
          '(or `error`) event, or `shutdown` when the server stops before the run ends. A client ' +
          'that disconnects cancels its run, waiting or running. Any activation may be a typed formula (`"activation": "formula: ' +
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
      /** The run through the queue, in flight until it settles. */
      const queued = <T>(task: () => Promise<T>): Promise<T> => {
        inFlight.add(controller);
        const started = () => {
          request.log.info({ epochs: plan.epochs, cost: plan.cost.total }, 'training run started');
          return task();
        };
        return queue.run(started, controller.signal).finally(() => inFlight.delete(controller));
      };
      if (!(request.headers.accept ?? '').includes('text/event-stream')) {
        try {
          const answer = await queued(() => run(request.body, plan.epochs, controller.signal));
          return sendAnswer(reply, answer);
        } catch (error) {
          if (closing && controller.signal.aborted && !reply.raw.destroyed) throw shutdownProblem();
          if (controller.signal.aborted) request.log.info(LEFT);
          throw error;
        }
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
      queued(() => run(request.body, plan.epochs, controller.signal, progress))
        .then(
          (answer) =>
            answer instanceof Uint8Array
              ? stream.sendJson('result', Buffer.from(answer).toString('utf8'))
              : stream.send('result', answer),
          (error: unknown) => {
            const refused = error instanceof ApiError && error.statusCode === 503;
            if (closing && (controller.signal.aborted || refused)) {
              stream.send('shutdown', problemFor(shutdownProblem(), request.url));
              return;
            }
            const problem = problemFor(error, request.url);
            if (problem.code === 'CANCELLED') request.log.info(LEFT);
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
