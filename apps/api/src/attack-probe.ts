/**
 * The attack test's observer (not part of the build: see tsconfig.build.json): a separate Node
 * process that GETs /healthz every 20 ms and samples the server's resident memory, so that the
 * attacking test process, busy building bodies and reading answers, cannot delay the probes
 * itself and be mistaken for a stalled server.
 */
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';

/** What the probe saw between `startProbe` and `stop`. */
export interface ProbeReport {
  /** Milliseconds from sending each answered /healthz to reading its whole answer. */
  readonly latencies: readonly number[];
  /** When each of `latencies` was sent: `performance.timeOrigin + performance.now()`, in ms. */
  readonly sentAt: readonly number[];
  /** Status codes of the answered probes, with their counts. */
  readonly statuses: Readonly<Record<string, number>>;
  /** Probes that failed (connection refused or reset, or no answer within 10 s). */
  readonly failures: readonly string[];
  /** The largest VmRSS of the server process seen, in bytes (sampled every 20 ms). */
  readonly peakRssBytes: number;
  /** How many memory samples were read (0 means /proc could not be read). */
  readonly rssSamples: number;
}

/** A running probe. */
export interface Probe {
  /** Stops probing, waits for the probes in flight, and answers what was seen. */
  readonly stop: () => Promise<ProbeReport>;
}

/** Milliseconds between probes (and memory samples). */
const PROBE_INTERVAL_MS = 20;

/**
 * The probe itself, plain CommonJS for `node -e`. Each probe opens its own connection from one of
 * 16 loopback addresses in turn: the server limits each client address to 300 requests a minute,
 * and a probe answered 429 would measure the rate limiter, not the route.
 */
const SCRIPT = `
const http = require('node:http');
const fs = require('node:fs');
const port = Number(process.env.PROBE_PORT);
const pid = process.env.PROBE_PID;
const latencies = [], sentAt = [], failures = [], statuses = {};
let sent = 0, settled = 0, peakRssBytes = 0, rssSamples = 0;
function sampleRss() {
  try {
    const m = /VmRSS:\\s+(\\d+) kB/.exec(fs.readFileSync('/proc/' + pid + '/status', 'utf8'));
    if (m) { peakRssBytes = Math.max(peakRssBytes, Number(m[1]) * 1024); rssSamples++; }
  } catch {}
}
function probe() {
  const localAddress = '127.0.0.' + (2 + (sent++ % 16));
  const started = performance.now();
  const req = http.get({ host: '127.0.0.1', port, path: '/healthz', localAddress, agent: false }, (res) => {
    res.resume();
    res.on('end', () => {
      latencies.push(performance.now() - started);
      sentAt.push(performance.timeOrigin + started);
      statuses[res.statusCode] = (statuses[res.statusCode] || 0) + 1;
      settled++;
    });
  });
  req.setTimeout(10000, () => req.destroy(new Error('no answer within 10 s')));
  req.on('error', (e) => { failures.push(e.message); settled++; });
}
const timer = setInterval(() => { probe(); sampleRss(); }, ${PROBE_INTERVAL_MS});
process.stdin.on('data', () => {
  clearInterval(timer);
  const deadline = Date.now() + 11000;
  const finish = setInterval(() => {
    if (settled < sent && Date.now() < deadline) return;
    clearInterval(finish);
    process.stdout.write(JSON.stringify({ latencies, sentAt, statuses, failures, peakRssBytes, rssSamples }) + '\\n');
    process.exit(0);
  }, 10);
});
`;

/** Starts probing the server at `port` (process `pid`); resolves once the probe process runs. */
export async function startProbe(port: number, pid: number): Promise<Probe> {
  const child: ChildProcess = spawn(process.execPath, ['-e', SCRIPT], {
    env: { ...process.env, PROBE_PORT: String(port), PROBE_PID: String(pid) },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  await new Promise<void>((resolve, reject) => {
    child.once('spawn', resolve);
    child.once('error', reject);
  });
  return {
    stop: async () => {
      child.stdin?.write('stop\n');
      const code = await exited;
      if (code !== 0) throw new Error(`the /healthz probe exited with ${code}: ${out}`);
      return JSON.parse(out) as ProbeReport;
    },
  };
}
