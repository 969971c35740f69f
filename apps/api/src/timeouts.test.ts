/**
 * Slow and oversized clients on real sockets (inject cannot stall or overflow a parser): a body
 * that stops arriving, headers that never end and an idle keep-alive connection are each closed
 * within their timeout, and the parser's refusals (408, 431, 400) are problem documents with the
 * security headers.
 */
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { AppOptions } from './app.js';
import { buildApp } from './app.js';

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** Starts an app with `options` on a free port and returns the port. */
async function listening(options: AppOptions): Promise<number> {
  app = await buildApp({ webRoot: false, rateLimit: false, ...options });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return (app.server.address() as AddressInfo).port;
}

/** What the server wrote on a socket that sent `text` and then nothing, and when it closed. */
function sendAndWait(
  port: number,
  text: string,
  limitMs = 5000,
): Promise<{ answer: string; closedAfterMs: number }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const started = performance.now();
    let answer = '';
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`socket still open after ${limitMs} ms; received ${answer.slice(0, 200)}`));
    }, limitMs);
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (answer += chunk));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ answer, closedAfterMs: performance.now() - started });
    });
    socket.write(text);
  });
}

/** The status, headers (lower-cased) and JSON body of a raw HTTP/1.1 answer. */
function parse(answer: string) {
  const [head = '', body = ''] = answer.split('\r\n\r\n');
  const [statusLine = '', ...headerLines] = head.split('\r\n');
  const headers = Object.fromEntries(
    headerLines.map((line) => {
      const colon = line.indexOf(':');
      return [line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim()];
    }),
  );
  return { status: Number(statusLine.split(' ')[1]), headers, body };
}

/** Asserts a raw answer is a problem document of `status` with the security headers. */
function expectRawProblem(answer: string, status: number) {
  const { status: got, headers, body } = parse(answer);
  expect(got).toBe(status);
  expect(headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['content-security-policy']).toMatch(/default-src 'none'/);
  const problem = JSON.parse(body) as { status: number; detail: string };
  expect(problem.status).toBe(status);
  expect(Buffer.byteLength(body)).toBe(Number(headers['content-length']));
  return problem;
}

describe('timeouts', () => {
  it('closes a socket whose body stalled, answering 408, within the request timeout', async () => {
    const port = await listening({ requestTimeout: 400, headersTimeout: 300 });
    const partial =
      'POST /v1/activations/relu/evaluate HTTP/1.1\r\nHost: x\r\n' +
      'Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"x": [1, 2, ';
    const { answer, closedAfterMs } = await sendAndWait(port, partial);
    expectRawProblem(answer, 408);
    expect(closedAfterMs).toBeGreaterThanOrEqual(350);
    // The configured 0.4 s, not the 30 s default (generous: a busy machine delays the check).
    expect(closedAfterMs).toBeLessThan(15_000);
  });

  it('closes a socket whose headers never end, answering 408, within the headers timeout', async () => {
    const port = await listening({ requestTimeout: 2000, headersTimeout: 300 });
    const { answer, closedAfterMs } = await sendAndWait(
      port,
      'GET /healthz HTTP/1.1\r\nHost: x\r\n',
    );
    expectRawProblem(answer, 408);
    // The configured 0.3 s, not the 10 s default.
    expect(closedAfterMs).toBeLessThan(8_000);
  });

  it('closes an idle keep-alive connection after the keep-alive timeout', async () => {
    const port = await listening({ keepAliveTimeout: 300 });
    const { answer, closedAfterMs } = await sendAndWait(
      port,
      'GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n\r\n',
    );
    expect(parse(answer).status).toBe(200);
    expect(closedAfterMs).toBeGreaterThanOrEqual(250);
    // Well before the 5 s default would close it, with room for a machine busy with other tests.
    expect(closedAfterMs).toBeLessThan(4900);
  });

  it('has defaults: 30 s per request, 10 s for headers, 5 s keep-alive', async () => {
    await listening({});
    const server = app?.server;
    expect(server?.requestTimeout).toBe(30_000);
    expect(server?.headersTimeout).toBe(10_000);
    expect(server?.keepAliveTimeout).toBe(5_000);
    expect(server?.timeout).toBe(120_000);
  });
});

describe("the parser's refusals", () => {
  it('answers headers over the limit with a 431 problem', async () => {
    const port = await listening({ maxHeaderSize: 4096 });
    const { answer } = await sendAndWait(
      port,
      `GET /v1/activations HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(8000)}\r\n\r\n`,
    );
    expectRawProblem(answer, 431);
  });

  it('answers a URL over the default 16 KiB head with a 431 problem', async () => {
    const port = await listening({});
    const { answer } = await sendAndWait(
      port,
      `GET /v1/activations/relu?x=${'1'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`,
    );
    expectRawProblem(answer, 431);
  });

  it('answers malformed HTTP with a 400 problem', async () => {
    const port = await listening({});
    const { answer } = await sendAndWait(port, 'GET / HTTP/1.1\r\nHost x\r\n\r\n');
    expectRawProblem(answer, 400);
  });

  it('answers a path segment over the router limit with a 414 problem on a real socket', async () => {
    const port = await listening({});
    const { answer } = await sendAndWait(
      port,
      `GET /v1/activations/${'a'.repeat(7000)} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`,
    );
    expectRawProblem(answer, 414);
  });
});
