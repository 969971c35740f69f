/**
 * The attack test's figures (not part of the build: see tsconfig.build.json): printed on every run,
 * and written to BENCHMARKS.md between `<!-- attack:start -->` and `<!-- attack:end -->` when
 * asked (ACTLAB_WRITE_BENCHMARKS=1), leaving the rest of the file alone.
 */
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { DEFAULT_LIMITS } from './limits.js';
import { markdownTable, percentile, writeSection } from '@actlab/bench/kit';
import type { ProbeReport } from './attack-probe.js';

/** What one kind of request got. */
export interface KindFigures {
  readonly name: string;
  /** The statuses it may answer (0: the client hung up first, as intended). */
  readonly expected: readonly number[];
  /** The status of each request sent. */
  readonly statuses: readonly number[];
  /** Milliseconds from sending each request to reading its whole answer. */
  readonly ms: readonly number[];
  /**
   * The slowest /healthz sent while one of these requests was the only one of its kind in flight
   * (sent alone, one kind after another), in ms: the main-thread time it holds the server.
   */
  readonly worstHealthMs?: number;
  /** What else was seen, for kinds without a status. */
  readonly note?: string;
}

/** Everything the attack measured. */
export interface AttackFigures {
  /** The probes sent during the attack. */
  readonly probe: ProbeReport;
  /** Latencies of the probes sent in the second before the attack, with no other load, in ms. */
  readonly quietLatencies: readonly number[];
  readonly kinds: readonly KindFigures[];
  /** Wall time from the first probe to the last answer. */
  readonly seconds: number;
  /** The stated memory ceiling, in bytes. */
  readonly ceilingBytes: number;
  /** The stated bound on /healthz's 99th percentile, in ms. */
  readonly p99LimitMs: number;
}

const REPORT_PATH = new URL('../../../BENCHMARKS.md', import.meta.url).pathname;
const SECTION = 'attack';

const ms = (value: number) => value.toFixed(1);
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

/** The /healthz figures as one line. */
function healthLine(probe: ProbeReport): string {
  const l = probe.latencies;
  return (
    `${l.length} probes: p50 ${ms(percentile(l, 50))} ms, p99 ${ms(percentile(l, 99))} ms, ` +
    `max ${ms(Math.max(...l))} ms; ${probe.failures.length} failed`
  );
}

/** The per-kind table rows: kind, statuses, slowest and fastest answer. */
function kindRows(kinds: readonly KindFigures[]): string[][] {
  return kinds.map((k) => [
    k.name,
    k.note ?? (k.statuses.map((s) => (s === 0 ? 'hung up' : String(s))).join(', ') || '-'),
    k.ms.length ? `${ms(Math.min(...k.ms))} to ${ms(Math.max(...k.ms))}` : '-',
    k.worstHealthMs === undefined ? '-' : ms(k.worstHealthMs),
  ]);
}

/** Prints the figures for the test's log. */
export function printFigures(f: AttackFigures): void {
  const lines = [
    `attack: ${f.seconds.toFixed(1)} s; /healthz ${healthLine(f.probe)}`,
    `before the attack: /healthz p99 ${ms(percentile(f.quietLatencies, 99))} ms`,
    `server peak RSS ${mib(f.probe.peakRssBytes)} (ceiling ${mib(f.ceilingBytes)})`,
    ...kindRows(f.kinds).map(
      ([name, status, time, health]) =>
        `  ${name}: ${status}; ${time} ms; slowest /healthz while alone ${health} ms`,
    ),
  ];
  console.log(lines.join('\n'));
}

/** The section's markdown. */
function renderSection(f: AttackFigures): string {
  const l = f.probe.latencies;
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown';
  return [
    '## Attack: the worst request of each kind',
    '',
    `Written by \`ACTLAB_WRITE_BENCHMARKS=1 pnpm --filter @actlab/api test:attack\` ` +
      `(CI runs the test without writing, alone, after every other test) on ${new Date().toISOString().slice(0, 10)}, ${cpu}, ` +
      `${os.cpus().length} cores, Node ${process.versions.node}, load average (1 min) ${os.loadavg()[0]!.toFixed(2)} at the end. The real server (\`node dist/server.js\`, ` +
      `default limits: ${DEFAULT_LIMITS.trainingConcurrency} training at a time on this machine, ` +
      `${DEFAULT_LIMITS.trainingQueue} waiting, ${DEFAULT_LIMITS.answerWorkers} answer worker) ` +
      'receives every kind of request at the largest ' +
      'its limits accept, twice, three at a time, alongside four trainings at the budget, four queued ' +
      'trainings whose clients leave, two refused trainings and 50 stalled uploads, while a separate ' +
      "process GETs `/healthz` every 20 ms and reads the server's VmRSS.",
    '',
    markdownTable(
      ['figure', 'measured', 'bound'],
      [
        ['`/healthz` p50', `${ms(percentile(l, 50))} ms`, ''],
        ['`/healthz` p99', `${ms(percentile(l, 99))} ms`, `< ${f.p99LimitMs} ms`],
        ['`/healthz` max', `${ms(Math.max(...l))} ms`, ''],
        [
          '`/healthz` p99 in the second before the attack',
          `${ms(percentile(f.quietLatencies, 99))} ms`,
          '',
        ],
        ['`/healthz` probes (failed)', `${l.length} (${f.probe.failures.length})`, '0 failed'],
        ['server peak RSS', mib(f.probe.peakRssBytes), `< ${mib(f.ceilingBytes)}`],
        ['attack wall time', `${f.seconds.toFixed(1)} s`, ''],
      ],
    ),
    '',
    markdownTable(
      [
        'request',
        'status',
        'ms (fastest to slowest)',
        'slowest `/healthz` sent while it was the only request of its kind (trainings running), ms',
      ],
      kindRows(f.kinds),
    ),
    '',
    'Where the time goes: the event loop parses and validates each body (bounded by the 1 MiB ' +
      'body limit: a few milliseconds), checks its cost and hands it on. Answers over the inline ' +
      'bounds (4,000 numbers or 10^6 work units: evaluations, curves, predictions, gradients, ' +
      'every depth answer) are built and serialized to JSON in an answer worker ' +
      '(`answer-pool.ts`); a training run is planned (its data generated), run and serialized in ' +
      'its own worker; the event loop writes the bytes. Before that move, building and ' +
      'serializing the largest answers on the event loop (30 to 100 ms each) and generating ' +
      "training data there (10 to 50 ms a request) put this test's p99 at 180 to 270 ms.",
  ].join('\n');
}

/** Writes the section, appending its markers at the end of BENCHMARKS.md when missing. */
export async function writeFigures(f: AttackFigures): Promise<void> {
  const file = await readFile(REPORT_PATH, 'utf8');
  if (!file.includes(`<!-- ${SECTION}:start -->`)) {
    await writeFile(
      REPORT_PATH,
      `${file.trimEnd()}\n\n<!-- ${SECTION}:start -->\n\n<!-- ${SECTION}:end -->\n`,
    );
  }
  await writeSection(REPORT_PATH, SECTION, renderSection(f));
}
