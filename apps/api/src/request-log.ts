/**
 * What a request puts in the log: its id (a client's `x-request-id` only when short and plain,
 * otherwise one of the server's own, which no client id can equal) and a request serializer that
 * quotes at most a short prefix of the URL and the Host header, so no log line carries a
 * client's megabyte.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyServerOptions } from 'fastify';
import { cutText } from './problem.js';

/** Longest client request id kept (a UUID is 36 characters; a trace id with a prefix fits). */
const MAX_CLIENT_REQUEST_ID = 64;

/** The characters a client's request id may use: nothing that could forge or break a log line. */
const CLIENT_REQUEST_ID = new RegExp(`^[A-Za-z0-9._:-]{1,${MAX_CLIENT_REQUEST_ID}}$`);

/**
 * Prefix of the server's own ids. `/` is not allowed in a client's id, so a client can never send
 * an id equal to one the server made (and so never blend its requests into another's log lines).
 */
export const SERVER_REQUEST_ID_PREFIX = 'srv/';

/**
 * The id of a request: its `x-request-id` header when that is one value of at most
 * MAX_CLIENT_REQUEST_ID safe characters (`[A-Za-z0-9._:-]`, e.g. a load balancer's UUID),
 * otherwise `srv/` and a random UUID.
 */
export function requestId(request: Pick<IncomingMessage, 'headers'>): string {
  const sent = request.headers['x-request-id'];
  if (typeof sent === 'string' && CLIENT_REQUEST_ID.test(sent)) return sent;
  return SERVER_REQUEST_ID_PREFIX + randomUUID();
}

/** Most characters of the URL and the Host header in a log line. */
const MAX_LOGGED_URL = 200;

/** The request as it is logged: Fastify's default fields, with the client's strings cut short. */
interface LoggedRequest {
  readonly method: string;
  readonly url: string;
  readonly host: string;
  readonly remoteAddress: string | undefined;
  readonly remotePort: number | undefined;
}

/** The fields of a request Fastify hands to the `req` serializer. */
interface SerializedRequestSource {
  readonly method: string;
  readonly url: string;
  readonly host?: string;
  readonly headers?: Readonly<Record<string, unknown>>;
  readonly ip?: string;
  readonly socket?: { readonly remoteAddress?: string; readonly remotePort?: number };
}

/** Fastify's default request fields, each client string cut to MAX_LOGGED_URL characters. */
function serializeRequest(request: SerializedRequestSource): LoggedRequest {
  const host = request.host ?? request.headers?.host;
  return {
    method: cutText(String(request.method), 16),
    url: cutText(String(request.url), MAX_LOGGED_URL),
    host: cutText(typeof host === 'string' ? host : '', MAX_LOGGED_URL),
    remoteAddress: request.ip ?? request.socket?.remoteAddress,
    remotePort: request.socket?.remotePort,
  };
}

/** Most characters of an error's message and stack in a log line. */
const MAX_LOGGED_MESSAGE = 300;
const MAX_LOGGED_STACK = 1200;

/** An error as logged: its type, code, and message and stack cut short. */
function serializeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: cutText(String(error), MAX_LOGGED_MESSAGE) };
  const code = (error as { code?: unknown }).code;
  return {
    type: error.name,
    message: cutText(error.message, MAX_LOGGED_MESSAGE),
    ...(typeof code === 'string' ? { code: cutText(code, 64) } : {}),
    ...(error.stack ? { stack: cutText(error.stack, MAX_LOGGED_STACK) } : {}),
  };
}

/**
 * The logger option with the serializers above: false stays false; true and pino options get
 * them (options' own serializers win, so a caller can still choose its own).
 */
export function withLogSerializers(
  logger: FastifyServerOptions['logger'],
): FastifyServerOptions['logger'] {
  if (!logger) return false;
  const options = logger === true ? {} : logger;
  return {
    ...options,
    serializers: { req: serializeRequest, err: serializeError, ...options.serializers },
  } as FastifyServerOptions['logger'];
}
