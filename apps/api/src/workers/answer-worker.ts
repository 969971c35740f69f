/**
 * An answer worker (answer-pool.ts): runs the answer function a job names, serializes the answer
 * to JSON here, off the event loop, and hands the bytes back (transferred, not copied). An error
 * goes back as the problem document the API would answer (status, code, field, a formula's
 * position), or as a failure message for a bug (a 500, logged by the main thread).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { AnswerJob, AnswerReply } from '../answer-pool.js';
import { ANSWERS } from '../answers.js';
import type { Limits } from '../limits.js';
import { problemFor } from '../problem.js';

const { limits } = workerData as { limits: Limits };
const encoder = new TextEncoder();

parentPort?.on('message', (job: AnswerJob) => {
  let reply: AnswerReply;
  const started = performance.now();
  try {
    const answer = (ANSWERS[job.kind] as (input: unknown, limits: Limits) => unknown)(
      job.input,
      limits,
    );
    const json = encoder.encode(JSON.stringify(answer));
    const ms = performance.now() - started;
    parentPort?.postMessage({ id: job.id, json, ms } satisfies AnswerReply, [json.buffer]);
    return;
  } catch (error) {
    const problem = problemFor(error, '/');
    reply =
      problem.status < 500
        ? { id: job.id, problem }
        : { id: job.id, failure: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
