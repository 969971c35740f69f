/**
 * The training request of the "health during training" scenario, sent as the web app sends it
 * (`Accept: text/event-stream`), so that its progress events show when the run was really
 * training: the first one proves it had started, the final `result` that it finished.
 */
import { parseEvents } from '../src/sse.js';

/** What became of one training request, times in `performance.now()` ms of this process. */
export interface TrainingRun {
  /** The HTTP status of the answer (0 when the request failed before one came). */
  readonly status: number;
  /** The last event: `result` when the run finished, `error` when it failed, `none` otherwise. */
  readonly outcome: 'result' | 'error' | 'none';
  /** When the request was sent. */
  readonly startedAt: number;
  /** When each progress event arrived. */
  readonly progressAt: readonly number[];
  /** When the final event (or the end of the answer) arrived. */
  readonly finishedAt: number;
  /** The epoch of the result's last history entry. */
  readonly lastEpoch: number | undefined;
  /** The error's detail, when there was one. */
  readonly detail: string;
}

/** A training request in flight. */
export interface TrainingHandle {
  /** Resolves when the first progress event arrives (or the run ends without one). */
  readonly started: Promise<void>;
  /** Resolves when the answer has ended. */
  readonly done: Promise<TrainingRun>;
}

/** The complete events at the front of `buffer` (blocks ending in a blank line) and the rest. */
export function splitEvents(buffer: string): { blocks: string[]; rest: string } {
  const parts = buffer.split('\n\n');
  const rest = parts.pop() ?? '';
  return { blocks: parts.filter((p) => p.trim() !== '').map((p) => `${p}\n\n`), rest };
}

/** POSTs `body` to `baseUrl`/v1/train as an event stream and follows its events. */
export function startTraining(baseUrl: string, body: object): TrainingHandle {
  let markStarted = (): void => {};
  const started = new Promise<void>((resolve) => (markStarted = resolve));
  const done = follow(baseUrl, body, markStarted).finally(markStarted);
  return { started, done };
}

async function follow(baseUrl: string, body: object, onFirst: () => void): Promise<TrainingRun> {
  const startedAt = performance.now();
  const progressAt: number[] = [];
  let outcome: TrainingRun['outcome'] = 'none';
  let lastEpoch: number | undefined;
  let detail = '';
  let status = 0;
  try {
    const response = await fetch(`${baseUrl}/v1/train`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify(body),
    });
    status = response.status;
    if (!response.ok || response.body === null) detail = await response.text();
    else {
      const decoder = new TextDecoder();
      let buffer = '';
      for await (const chunk of response.body) {
        const { blocks, rest } = splitEvents(buffer + decoder.decode(chunk, { stream: true }));
        buffer = rest;
        for (const { event, data } of blocks.flatMap(parseEvents)) {
          if (event === 'progress') {
            progressAt.push(performance.now());
            onFirst();
          } else if (event === 'result') {
            outcome = 'result';
            const history = (data as { history?: { epoch?: number }[] }).history ?? [];
            lastEpoch = history[history.length - 1]?.epoch;
          } else if (event === 'error') {
            outcome = 'error';
            detail = (data as { detail?: string }).detail ?? 'unknown error';
          }
        }
      }
    }
  } catch (error) {
    detail = error instanceof Error ? error.message : String(error);
  }
  return {
    status,
    outcome,
    startedAt,
    progressAt,
    finishedAt: performance.now(),
    lastEpoch,
    detail,
  };
}
