/**
 * Where large answers are built: a few long-lived worker threads that run an answer function
 * (answers.ts) and serialize its JSON, handing back the bytes. Parsing a request body is bounded
 * by the body limit, but building and serializing a 50,000-number answer took 30 to 100 ms of the
 * event loop, and a few at once held /healthz and every other client for longer than that (the
 * attack test, attack.test.ts). Small answers are still built inline: a message to a worker and
 * back costs more than they do.
 *
 * The pool bounds the work in flight: `size` jobs run at once, at most `maxQueued` wait, and
 * beyond that a request is refused at once (503 BUSY with Retry-After). A waiting job whose client
 * left gives its place up and never runs. Without the compiled worker script (tests running the
 * TypeScript sources) or with `size` 0, every answer is built inline.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AnswerInputs, AnswerKind } from './answers.js';
import { ANSWERS } from './answers.js';
import type { Limits } from './limits.js';
import type { ClientWorkBudget } from './work-budget.js';
import type { ProblemDocument } from './schemas/common.js';
import { ApiError } from './problem.js';
import { RETRY_AFTER_SECONDS } from './run-queue.js';

/** The compiled worker beside this module (present in `dist`, absent when running the sources). */
const DEFAULT_WORKER_URL = new URL('./workers/answer-worker.js', import.meta.url);

/** A job as the worker receives it. */
export interface AnswerJob {
  readonly id: number;
  readonly kind: AnswerKind;
  readonly input: unknown;
}

/** The worker's reply: the answer's JSON as UTF-8 bytes, or the problem it raised. */
export type AnswerReply =
  | { readonly id: number; readonly json: Uint8Array; readonly ms: number }
  | { readonly id: number; readonly problem: ProblemDocument }
  | { readonly id: number; readonly failure: string };

/** Builds answers in worker threads, or inline. */
export interface AnswerPool {
  /**
   * The answer of `kind` for `input`: an object built inline when `large` is false (or there are no
   * workers), else the JSON bytes built by a worker. Throws what the answer function throws (an
   * ApiError rebuilt from the worker's problem document), 503 BUSY when the queue is full, and a
   * 499-like ApiError when `signal` aborts while the job waits.
   */
  answer<K extends AnswerKind>(
    kind: K,
    input: AnswerInputs[K],
    large: boolean,
    signal?: AbortSignal,
    client?: string,
  ): Promise<unknown>;
  /** Jobs running and waiting now (for /readyz). */
  readonly load: { readonly workers: number; readonly running: number; readonly queued: number };
  /** Refuses waiting jobs, lets running ones finish, then stops the workers. */
  close(): Promise<void>;
}

/** Options of `createAnswerPool`. */
export interface AnswerPoolOptions {
  readonly limits: Limits;
  /** Worker threads (0 builds every answer inline). */
  readonly size: number;
  /** Jobs that may wait for a worker; beyond, 503. */
  readonly maxQueued: number;
  /** The compiled worker script (default: beside this module, when compiled). */
  readonly script?: URL;
  /**
   * The per-client work budget that large answers are charged to (with the `client` given to
   * `answer`): `RESERVED_UNITS` up front (429 WORK_BUDGET when the client has less left), then
   * settled to the nanoseconds the worker spent, a work unit being about a nanosecond of a core as
   * training's cost model is calibrated. Small answers are never charged.
   */
  readonly work?: ClientWorkBudget | false;
}

/** Work units reserved for a large answer before it is built: 0.1 s of a core. */
export const RESERVED_UNITS = 100_000_000;

/** One worker and the job it is running. */
interface Slot {
  worker: Worker;
  job: Pending | undefined;
}

/** A job waiting for, or running in, a worker. */
interface Pending {
  readonly job: AnswerJob;
  readonly resolve: (built: Built) => void;
  readonly reject: (error: Error) => void;
}

/** A worker's answer: its JSON bytes and the milliseconds the worker spent on it. */
interface Built {
  readonly bytes: Uint8Array;
  readonly ms: number;
}

/** The error a worker's problem document stands for, with its status, code and field. */
function fromProblem(problem: ProblemDocument): ApiError {
  const { status, code, detail, field, position, end, expected, suggestions } = problem;
  return new ApiError(status, code ?? 'INVALID_REQUEST', detail, field, {
    ...(position !== undefined ? { position } : {}),
    ...(end !== undefined ? { end } : {}),
    ...(expected !== undefined ? { expected } : {}),
    ...(suggestions !== undefined ? { suggestions } : {}),
  });
}

/** The 503 of a pool that is closing: waiting and later jobs are refused. */
function shuttingDown(): ApiError {
  return new ApiError(503, 'BUSY', 'the server is shutting down; retry on another instance');
}

/** Takes `RESERVED_UNITS` from `client`'s work budget, or refuses (429 WORK_BUDGET, Retry-After). */
async function reserve(work: ClientWorkBudget, client: string): Promise<void> {
  const charge = await work.charge(client, RESERVED_UNITS);
  if (charge.ok) return;
  const { budget, windowMs } = work.options;
  const refused = new ApiError(
    429,
    'WORK_BUDGET',
    `a large answer reserves ${RESERVED_UNITS.toLocaleString('en-US')} work units (0.1 s of a ` +
      `core) and this client has ${charge.remaining.toLocaleString('en-US')} left of its budget ` +
      `of ${budget.toLocaleString('en-US')} per ${windowMs / 1000} s; retry in ` +
      `${charge.retryAfterSeconds} s or ask for a smaller answer`,
  );
  refused.retryAfterSeconds = charge.retryAfterSeconds;
  throw refused;
}

/**
 * Takes `units` from `client`'s budget, or all that is left when that is less: work already done
 * is charged even when it overran what the client had (a charge that does not fit takes nothing).
 */
async function takeUpTo(work: ClientWorkBudget, client: string, units: number): Promise<void> {
  const charge = await work.charge(client, units);
  if (!charge.ok && charge.remaining > 0) await work.charge(client, charge.remaining);
}

/** A pool of `size` answer workers (none when `size` is 0 or the script is not compiled). */
export function createAnswerPool(options: AnswerPoolOptions): AnswerPool {
  const { limits, maxQueued } = options;
  const script = options.script ?? DEFAULT_WORKER_URL;
  const size = existsSync(fileURLToPath(script)) ? options.size : 0;
  const slots: Slot[] = [];
  const waiting: Pending[] = [];
  let nextId = 0;
  let closed = false;

  const settle = (slot: Slot, reply: AnswerReply): void => {
    const pending = slot.job;
    if (!pending || pending.job.id !== reply.id) return;
    slot.job = undefined;
    slot.worker.unref();
    if ('json' in reply) pending.resolve({ bytes: reply.json, ms: reply.ms });
    else if ('problem' in reply) pending.reject(fromProblem(reply.problem));
    else pending.reject(new Error(`answer worker: ${reply.failure}`));
    next(slot);
  };
  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(script, { workerData: { limits } }), job: undefined };
    slot.worker.on('message', (reply: AnswerReply) => settle(slot, reply));
    // A worker that dies (out of memory, a bug) fails its job and is replaced.
    const replace = (why: string): void => {
      const pending = slot.job;
      slot.job = undefined;
      pending?.reject(new Error(`answer worker ${why}`));
      if (closed) return;
      slot.worker.removeAllListeners();
      const fresh = spawn();
      slots[slots.indexOf(slot)] = fresh;
      next(fresh);
    };
    slot.worker.on('error', (error) => replace(`failed: ${error.message}`));
    slot.worker.on('exit', (code) => replace(`exited with code ${code}`));
    // An idle worker must not keep the process alive; a busy one does (`next`).
    slot.worker.unref();
    return slot;
  };
  const next = (slot: Slot): void => {
    const pending = waiting.shift();
    if (!pending) return;
    slot.job = pending;
    slot.worker.ref();
    slot.worker.postMessage(pending.job);
  };
  for (let i = 0; i < size; i++) slots.push(spawn());

  const inWorker = (kind: AnswerKind, input: unknown, signal?: AbortSignal): Promise<Built> =>
    new Promise<Built>((resolve, reject) => {
      if (closed) throw shuttingDown();
      if (waiting.length >= maxQueued && slots.every((s) => s.job)) {
        throw new ApiError(
          503,
          'BUSY',
          `${slots.length} large answers are being built and ${waiting.length} are waiting; ` +
            `retry in ${RETRY_AFTER_SECONDS} s`,
        );
      }
      const leave = (): void => {
        const at = waiting.indexOf(pending);
        if (at >= 0) waiting.splice(at, 1);
        reject(new ApiError(499, 'CANCELLED', 'the client left before its answer was built'));
      };
      const pending: Pending = {
        job: { id: nextId++, kind, input },
        resolve: (built) => {
          signal?.removeEventListener('abort', leave);
          resolve(built);
        },
        reject: (error) => {
          signal?.removeEventListener('abort', leave);
          reject(error);
        },
      };
      signal?.addEventListener('abort', leave, { once: true });
      waiting.push(pending);
      const idle = slots.find((s) => !s.job);
      if (idle) next(idle);
    });

  const { work } = options;
  return {
    async answer(kind, input, large, signal, client) {
      if (!large || slots.length === 0) return ANSWERS[kind](input, limits);
      if (!work || client === undefined) return (await inWorker(kind, input, signal)).bytes;
      await reserve(work, client);
      let built: Built;
      try {
        built = await inWorker(kind, input, signal);
      } catch (error) {
        // Nothing was built (refused, cancelled, a problem found at once): the reservation goes back.
        void work.refund(client, RESERVED_UNITS).catch(() => undefined);
        throw error;
      }
      const used = Math.round(built.ms * 1e6);
      // Settled after the fact: what was used beyond the reservation is taken if it is there.
      if (used < RESERVED_UNITS)
        void work.refund(client, RESERVED_UNITS - used).catch(() => undefined);
      else void takeUpTo(work, client, used - RESERVED_UNITS).catch(() => undefined);
      return built.bytes;
    },
    get load() {
      return {
        workers: slots.length,
        running: slots.filter((s) => s.job).length,
        queued: waiting.length,
      };
    },
    async close() {
      closed = true;
      for (const pending of waiting.splice(0)) pending.reject(shuttingDown());
      await Promise.all(
        slots.map(async (slot) => {
          slot.worker.removeAllListeners('exit');
          slot.worker.removeAllListeners('error');
          while (slot.job) await new Promise((r) => setTimeout(r, 10));
          await slot.worker.terminate();
        }),
      );
    },
  };
}

/**
 * Sends what `AnswerPool.answer` gave: JSON bytes from a worker as they are (the route's schema
 * serializer is skipped for bytes; the worker built the same JSON with the same wire numbers), or
 * an object for the route's serializer. Returns the reply for the handler to return.
 */
export function sendAnswer(reply: FastifyReply, answer: unknown): FastifyReply {
  if (answer instanceof Uint8Array) {
    return reply
      .type('application/json; charset=utf-8')
      .send(Buffer.from(answer.buffer, answer.byteOffset, answer.byteLength));
  }
  return reply.send(answer);
}

/**
 * Answers `request` with `pool`'s answer of `kind` for `input`: built in a worker when `large`
 * (charged to the client's work budget, dropped if the client leaves while it waits), else inline.
 * Returns the reply for the handler to return.
 */
export async function answerRequest<K extends AnswerKind>(
  pool: AnswerPool,
  request: FastifyRequest,
  reply: FastifyReply,
  kind: K,
  input: AnswerInputs[K],
  large: boolean,
): Promise<FastifyReply> {
  return sendAnswer(reply, await pool.answer(kind, input, large, clientLeft(reply), request.ip));
}

/** A signal that aborts when the client disconnects before its answer is sent. */
function clientLeft(reply: FastifyReply): AbortSignal {
  const controller = new AbortController();
  // The response closes before it has finished only when the client went away.
  reply.raw.once('close', () => {
    if (!reply.raw.writableFinished) controller.abort();
  });
  return controller.signal;
}
