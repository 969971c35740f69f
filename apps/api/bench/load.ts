/**
 * One load of one server with autocannon, in this process: the latencies are taken from
 * autocannon's `response` events (fractions of a millisecond) rather than its histogram, which
 * keeps whole milliseconds only and would round a 0.4 ms health check to 0.
 */
import { percentile } from '@actlab/bench/kit';
import autocannon from 'autocannon';
import type { BenchServer } from './children.js';
import type { LoadResult } from './stats.js';

/** What to send and how hard. */
export interface LoadSpec {
  /** The path, e.g. `/healthz`. */
  readonly path: string;
  /** GET or POST. */
  readonly method: 'GET' | 'POST';
  /** A JSON body (POST only). */
  readonly body?: string;
  /** Concurrent connections, each with one request in flight. */
  readonly connections: number;
  /** How long, in seconds. */
  readonly seconds: number;
}

/** Loads `server` as `spec` says and measures the answers and the server's CPU time. */
export async function load(server: BenchServer, spec: LoadSpec): Promise<LoadResult> {
  const latencies: number[] = [];
  const cpuBefore = await server.cpuMicros();
  const clientBefore = process.cpuUsage();
  const startedAt = performance.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: server.url + spec.path,
        method: spec.method,
        connections: spec.connections,
        pipelining: 1,
        duration: spec.seconds,
        ...(spec.body === undefined
          ? {}
          : { body: spec.body, headers: { 'content-type': 'application/json' } }),
      },
      (error: unknown, res) => (error ? reject(error) : resolve(res)),
    );
    instance.on('response', (_client, status, _bytes, ms) => {
      if (status >= 200 && status < 300) latencies.push(ms);
    });
  });
  const endedAt = performance.now();
  const client = process.cpuUsage(clientBefore);
  const cpuMicros = (await server.cpuMicros()) - cpuBefore;
  return {
    rps: result['2xx'] / result.duration,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    ok: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors,
    cpu: cpuMicros / 1000 / (endedAt - startedAt),
    clientCpu: (client.user + client.system) / 1000 / (endedAt - startedAt),
    startedAt,
    endedAt,
  };
}
