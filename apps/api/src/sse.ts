/**
 * Server-sent events: the text framing of one event, and a stream the training route writes
 * events into while Fastify sends it (so the security and CORS headers still apply).
 */
import { PassThrough } from 'node:stream';

/** One event in the text/event-stream format: `event:` and one `data:` line of JSON. */
export function formatEvent(event: string, data: unknown): string {
  // JSON.stringify never emits a raw newline, so the data fits on one line.
  return jsonEvent(event, JSON.stringify(data));
}

/** One event whose data is JSON already serialized (by JSON.stringify: one line). */
function jsonEvent(event: string, json: string): string {
  return `event: ${event}\ndata: ${json}\n\n`;
}

/** An event stream: write events, then end it. */
export interface EventStream {
  /** The stream to hand to `reply.send`. */
  readonly body: PassThrough;
  /** Writes one event (ignored once the stream is closed). */
  send(event: string, data: unknown): void;
  /** Writes one event whose data is already JSON (one line, as JSON.stringify makes it). */
  sendJson(event: string, json: string): void;
  /** Ends the stream. */
  end(): void;
}

/** A new event stream. */
export function createEventStream(): EventStream {
  const body = new PassThrough();
  return {
    body,
    send(event, data) {
      if (!body.writableEnded && !body.destroyed) body.write(formatEvent(event, data));
    },
    sendJson(event, json) {
      if (!body.writableEnded && !body.destroyed) body.write(jsonEvent(event, json));
    },
    end() {
      if (!body.writableEnded) body.end();
    },
  };
}

/** Parses a text/event-stream body into its events (for tests and clients). */
export function parseEvents(text: string): { event: string; data: unknown }[] {
  return text
    .split('\n\n')
    .filter((block) => block.trim() !== '')
    .map((block) => {
      const lines = block.split('\n');
      const event = lines.find((l) => l.startsWith('event: '))?.slice(7) ?? 'message';
      const data = lines
        .filter((l) => l.startsWith('data: '))
        .map((l) => l.slice(6))
        .join('\n');
      return { event, data: JSON.parse(data) as unknown };
    });
}
