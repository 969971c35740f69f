/**
 * The API benchmark (`pnpm --filter @actlab/api bench`, also run by the root `pnpm bench`): the
 * actlab API with its budgets in memory, the same with its budgets in a throwaway redis-server
 * (REDIS_URL), and a bare Fastify route, each in a child process, loaded by autocannon in rounds
 * of changing order; then /healthz during a training run, and trainings per minute at the default
 * budget. Writes its section of the root BENCHMARKS.md and prints a summary.
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
import { atTrainingBudget, measureTrainingCapacity } from './capacity.js';
import type { BenchServer } from './children.js';
import { startServer } from './children.js';
import { EVALUATE_SIZE, TRAINING_REQUEST, evaluateBody } from './inputs.js';
import { load } from './load.js';
import { countedRequests, startBenchRedis, waitForSharedBudgets } from './redis-store.js';
import type { ApiBenchReport } from './report.js';
import { renderSection, renderSummary } from './report.js';
import type { BenchEnvironment, BenchPlan, TrainingScenario } from './results.js';
import { storeScenario } from './scenario.js';
import { evaluateTargets } from './targets.js';
import { startTraining } from './training.js';
import { calibrateTrainingCost, renderTrainingCost } from './training-cost.js';
import { DEFAULT_LIMITS } from '../src/limits.js';

/** Where the report goes: the repository root (this file is at apps/api/dist/bench/bench/). */
const REPORT_PATH = fileURLToPath(new URL('../../../../../BENCHMARKS.md', import.meta.url));

const SEED = 0x5eed;

/**
 * About 150 s on two cores: two routes of 3 x 2 s warm-up and 7 rounds x 3 x 2 s, one training
 * run of a few seconds, then 40 s of trainings at the budget. Many short rounds rather than few
 * long ones, so that a burst of other work on the machine spoils one round's ratio, not the median.
 * Ten connections keep a server busy without long queues.
 */
const FULL: Omit<BenchPlan, 'bodyBytes'> = {
  connections: 10,
  rounds: 7,
  seconds: 2,
  warmupSeconds: 2,
  evaluateSize: EVALUATE_SIZE,
};
const QUICK: Omit<BenchPlan, 'bodyBytes'> = { ...FULL, rounds: 1, seconds: 1, warmupSeconds: 0.5 };

/**
 * Seconds of /healthz load during the training run (about 2 s idle, its first progress event
 * after about 0.2 s), which must outlast it: 1.5 s left it ending with the load or before.
 */
const TRAINING_LOAD_SECONDS = 1;

/** Seconds during which trainings at the budget are started back to back (then the last end). */
const CAPACITY_SECONDS = { full: 40, quick: 5 } as const;

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
  const execArgv = flags.profileDir ? ['--cpu-prof', '--cpu-prof-dir', flags.profileDir] : [];
  const progress = (line: string) => log(started, line);
  const store = await startBenchRedis();
  const servers: BenchServer[] = [];
  try {
    const memory = await startServer('actlab', { execArgv });
    servers.push(memory);
    const redis = await startServer('actlab', { execArgv, redisUrl: store.server.url });
    servers.push(redis);
    const bare = await startServer('bare');
    servers.push(bare);
    await waitForSharedBudgets(redis.url);
    progress(`redis-server ${store.version} at ${store.server.url}; budgets shared`);
    const evaluatePath = '/v1/activations/sigmoid/evaluate';
    const bareAnswer = await postJson(bare.url + BARE_EVALUATE_PATH, body);
    const checkOf = async (api: BenchServer) =>
      checkEvaluate(await postJson(api.url + evaluatePath, body), bareAnswer, EVALUATE_SIZE);
    const memoryCheck = await checkOf(memory);
    const redisCheck = await checkOf(redis);
    // Both answers must be right; the report states the first that is not, naming it.
    const check = !memoryCheck.ok
      ? memoryCheck
      : redisCheck.ok
        ? redisCheck
        : { ...redisCheck, detail: `with REDIS_URL: ${redisCheck.detail}` };
    log(started, `Evaluate check: ${check.ok ? 'ok' : 'FAILED'}, ${check.detail}`);

    progress('POST evaluate:');
    const post = { method: 'POST', body } as const;
    const evaluate = await storeScenario(
      plan,
      {
        memory: { server: memory, spec: { path: evaluatePath, ...post } },
        redis: { server: redis, spec: { path: evaluatePath, ...post } },
        bare: { server: bare, spec: { path: BARE_EVALUATE_PATH, ...post } },
      },
      progress,
    );
    const counted = await countedRequests(store.server.url);
    const answered = evaluate.rounds.reduce((sum, r) => sum + r.redis.ok, 0);
    progress(`${counted} requests counted in Redis, ${answered} timed answers`);
    progress('GET /healthz:');
    const get = { path: '/healthz', method: 'GET' } as const;
    const health = await storeScenario(
      plan,
      {
        memory: { server: memory, spec: get },
        redis: { server: redis, spec: get },
        bare: { server: bare, spec: { path: BARE_HEALTH_PATH, method: 'GET' } },
      },
      progress,
    );
    const training = await trainingScenario(memory, plan);
    progress(`GET /healthz during training: p99 ${training.load.p99.toFixed(2)} ms`);
    const base = { ...TRAINING_REQUEST, hidden: [...TRAINING_REQUEST.hidden] };
    const request = atTrainingBudget(base, DEFAULT_LIMITS);
    const capacitySeconds = flags.quick ? CAPACITY_SECONDS.quick : CAPACITY_SECONDS.full;
    progress(`Trainings at the budget (${request.body.epochs} epochs, cost ${request.cost}):`);
    const capacity = await measureTrainingCapacity(
      memory.url,
      request,
      DEFAULT_LIMITS.trainingConcurrency,
      capacitySeconds,
    );
    progress(`  ${capacity.runs.length} runs`);

    const results = {
      plan,
      check,
      evaluate: evaluate.summary.memory,
      health: health.summary.memory,
      redis: {
        version: store.version,
        evaluate: evaluate.summary.redis,
        health: health.summary.redis,
        evaluateCost: evaluate.summary.redisCost,
        healthCost: health.summary.redisCost,
        counted,
        answered,
      },
      training,
      capacity,
    };
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
    await Promise.all(servers.map((s) => s.stop()));
    await store.server.dispose();
  }
}

await main();
