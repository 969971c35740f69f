/**
 * The API benchmark (`pnpm --filter @actlab/api bench`, also run by the root `pnpm bench`): the
 * actlab API and a bare Fastify route, each in a child process, loaded by autocannon in alternating
 * rounds; writes its section of the root BENCHMARKS.md and prints a summary.
 *
 * Flags: `--check` exits 1 when a target fails (otherwise the run exits 0 and the report says
 * FAIL); `--quick` runs a short smoke version; `--profile DIR` starts the API server with
 * `--cpu-prof` writing into DIR. The last two print only and leave BENCHMARKS.md alone.
 * `--training-cost` runs only the calibration of the training cost model (training-cost.ts) and
 * writes its own section.
 */
import { createRequire } from 'node:module';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { assertReportWritable, uniformNumbers, writeSection } from '@actlab/bench/kit';
import { BARE_EVALUATE_PATH, BARE_HEALTH_PATH } from './bare.js';
import { checkEvaluate } from './check.js';
import type { BenchServer } from './children.js';
import { startServer } from './children.js';
import { EVALUATE_SIZE, TRAINING_REQUEST, evaluateBody } from './inputs.js';
import type { LoadSpec } from './load.js';
import { load } from './load.js';
import type { ApiBenchReport } from './report.js';
import { renderSection, renderSummary } from './report.js';
import type { BenchEnvironment, BenchPlan, TrainingScenario } from './results.js';
import type { LoadResult, Round, ScenarioSummary } from './stats.js';
import { roundOrder, summarizeScenario } from './stats.js';
import { evaluateTargets } from './targets.js';
import { startTraining } from './training.js';
import { calibrateTrainingCost, renderTrainingCost } from './training-cost.js';
import { DEFAULT_LIMITS } from '../src/limits.js';

/** Where the report goes: the repository root (this file is at apps/api/dist/bench/bench/). */
const REPORT_PATH = fileURLToPath(new URL('../../../../../BENCHMARKS.md', import.meta.url));

const SEED = 0x5eed;

/**
 * About 75 s on two cores: two scenarios of 2 x 2 s warm-up and 7 rounds x 2 x 2 s, then one
 * training run of a few seconds. Many short rounds rather than few long ones, so that a burst of
 * other work on the machine spoils one round's ratio, not the median. Ten connections keep a
 * server busy without long queues.
 */
const FULL: Omit<BenchPlan, 'bodyBytes'> = {
  connections: 10,
  rounds: 7,
  seconds: 2,
  warmupSeconds: 2,
  evaluateSize: EVALUATE_SIZE,
};
const QUICK: Omit<BenchPlan, 'bodyBytes'> = { ...FULL, rounds: 1, seconds: 1, warmupSeconds: 0.5 };

/** Seconds of /healthz load during the training run (about 2 s idle), which must outlast it. */
const TRAINING_LOAD_SECONDS = 1.5;

interface Flags {
  readonly check: boolean;
  readonly quick: boolean;
  readonly profileDir: string | undefined;
}

function parseFlags(argv: readonly string[]): Flags {
  const at = argv.indexOf('--profile');
  return {
    check: argv.includes('--check'),
    quick: argv.includes('--quick'),
    profileDir: at >= 0 ? (argv[at + 1] ?? 'profiles') : undefined,
  };
}

/** A line of progress with the seconds since `started`. */
function log(started: number, text: string): void {
  console.log(`${text}  [${((performance.now() - started) / 1000).toFixed(1)} s]`);
}

/** The JSON answer to POSTing `body` to `url`; throws on any status but 2xx. */
async function postJson(url: string, body: string): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  if (!response.ok) throw new Error(`${url} answered ${response.status}: ${await response.text()}`);
  return response.json();
}

/** A server and what to send it. */
interface Contender {
  readonly server: BenchServer;
  readonly spec: Omit<LoadSpec, 'seconds' | 'connections'>;
}

/** One round as a progress line. */
function roundLine(i: number, round: Round): string {
  const part = (name: string, l: LoadResult): string =>
    `${name} ${Math.round(l.rps)}/s (server CPU ${l.cpu.toFixed(2)}, autocannon ${l.clientCpu.toFixed(2)})`;
  const ratio = (round.actlab.rps / round.bare.rps).toFixed(2);
  return `  round ${i + 1}: ${part('actlab', round.actlab)}, ${part('bare', round.bare)}, ratio ${ratio}`;
}

/** Warm-up, then alternating rounds of the two servers under the same load. */
async function scenario(
  plan: BenchPlan,
  actlab: Contender,
  bare: Contender,
  progress: (line: string) => void,
): Promise<ScenarioSummary> {
  const run = (c: Contender, seconds: number): Promise<LoadResult> =>
    load(c.server, { ...c.spec, seconds, connections: plan.connections });
  await run(actlab, plan.warmupSeconds);
  await run(bare, plan.warmupSeconds);
  const rounds: Round[] = [];
  for (let i = 0; i < plan.rounds; i++) {
    const [first, second] = roundOrder(i, actlab, bare);
    const a = await run(first, plan.seconds);
    const b = await run(second, plan.seconds);
    const round: Round = first === actlab ? { actlab: a, bare: b } : { actlab: b, bare: a };
    rounds.push(round);
    progress(roundLine(i, round));
  }
  return summarizeScenario(rounds);
}

/** /healthz of the API loaded while a training request runs in a worker. */
async function trainingScenario(server: BenchServer, plan: BenchPlan): Promise<TrainingScenario> {
  const handle = startTraining(server.url, TRAINING_REQUEST);
  await handle.started;
  const loaded = await load(server, {
    path: '/healthz',
    method: 'GET',
    connections: plan.connections,
    seconds: TRAINING_LOAD_SECONDS,
  });
  return { request: TRAINING_REQUEST, load: loaded, run: await handle.done };
}

/** The versions of the HTTP stack measured. */
function versions(): Pick<BenchEnvironment, 'fastify' | 'autocannon'> {
  const require = createRequire(import.meta.url);
  const version = (name: string) =>
    (require(`${name}/package.json`) as { version: string }).version;
  return { fastify: version('fastify'), autocannon: version('autocannon') };
}

/** The section of BENCHMARKS.md this benchmark owns, between its markers. */
const SECTION = 'api-bench';

/** The training cost calibration alone, written into its own section of BENCHMARKS.md. */
async function trainingCost(): Promise<void> {
  const section = 'training-cost';
  await assertReportWritable(REPORT_PATH, section);
  const started = performance.now();
  const date = new Date().toISOString();
  const budget = DEFAULT_LIMITS.maxTrainingWork;
  const measured = await calibrateTrainingCost(budget, (line) => log(started, line));
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown';
  const text = renderTrainingCost({ ...measured, budget, date, cpu, node: process.versions.node });
  await writeSection(REPORT_PATH, section, text);
  console.log(text);
}

async function main(): Promise<void> {
  if (process.argv.includes('--training-cost')) return trainingCost();
  const flags = parseFlags(process.argv.slice(2));
  const writes = !flags.quick && flags.profileDir === undefined;
  // A broken or missing marker would make the write throw: find out before the run, not after it.
  if (writes) await assertReportWritable(REPORT_PATH, SECTION);
  const started = performance.now();
  const date = new Date().toISOString();
  const loadStart = os.loadavg()[0] ?? NaN;
  const body = evaluateBody(uniformNumbers(EVALUATE_SIZE, -8, 8, SEED));
  const plan: BenchPlan = { ...(flags.quick ? QUICK : FULL), bodyBytes: Buffer.byteLength(body) };
  const profile = flags.profileDir ? ['--cpu-prof', '--cpu-prof-dir', flags.profileDir] : [];
  const actlab = await startServer('actlab', profile);
  const bare = await startServer('bare');
  try {
    const check = checkEvaluate(
      await postJson(`${actlab.url}/v1/activations/sigmoid/evaluate`, body),
      await postJson(bare.url + BARE_EVALUATE_PATH, body),
      EVALUATE_SIZE,
    );
    log(started, `Evaluate check: ${check.ok ? 'ok' : 'FAILED'}, ${check.detail}`);
    const progress = (line: string) => log(started, line);
    progress('POST evaluate:');
    const evaluate = await scenario(
      plan,
      { server: actlab, spec: { path: '/v1/activations/sigmoid/evaluate', method: 'POST', body } },
      { server: bare, spec: { path: BARE_EVALUATE_PATH, method: 'POST', body } },
      progress,
    );
    progress('GET /healthz:');
    const health = await scenario(
      plan,
      { server: actlab, spec: { path: '/healthz', method: 'GET' } },
      { server: bare, spec: { path: BARE_HEALTH_PATH, method: 'GET' } },
      progress,
    );
    const training = await trainingScenario(actlab, plan);
    progress(`GET /healthz during training: p99 ${training.load.p99.toFixed(2)} ms`);

    const results = { plan, check, evaluate, health, training };
    const report: ApiBenchReport = {
      ...results,
      targets: evaluateTargets(results),
      env: {
        date,
        cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
        cores: os.cpus().length,
        node: process.versions.node,
        ...versions(),
        loadStart,
        loadEnd: os.loadavg()[0] ?? NaN,
        seconds: (performance.now() - started) / 1000,
      },
    };
    if (writes) {
      await writeSection(REPORT_PATH, SECTION, renderSection(report));
      console.log(`Wrote the API section of ${REPORT_PATH}`);
    }
    console.log(renderSummary(report));
    if (flags.check && report.targets.some((t) => !t.pass)) process.exitCode = 1;
  } finally {
    await Promise.all([actlab.stop(), bare.stop()]);
  }
}

await main();
