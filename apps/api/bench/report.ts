/**
 * The API benchmark's section of BENCHMARKS.md and its summary on stdout. Plain string building;
 * prettier lays the tables out afterwards.
 */
import { markdownTable } from '@actlab/bench/kit';
import { BENCH_REQUEST_BUDGET } from './budgets.js';
import { capacitySection, capacitySummary, redisCostLine } from './report-capacity.js';
import type { ApiBenchResults, BenchEnvironment } from './results.js';
import type { ContenderSummary, RatioSummary, ScenarioSummary } from './stats.js';
import type { TargetResult } from './targets.js';
import { MIN_EVALUATE_RATIO, MIN_HEALTH_RATIO, perSecond, trainingOverlap } from './targets.js';

/** A run's measurements, verdicts and environment: everything the section is made from. */
export interface ApiBenchReport extends ApiBenchResults {
  /** Where and with what it ran. */
  readonly env: BenchEnvironment;
  /** The verdicts. */
  readonly targets: readonly TargetResult[];
}

/** A ratio to two decimals, bold when under `min`. */
function ratioText(ratio: number, min: number): string {
  const text = ratio.toFixed(2);
  return ratio >= min ? text : `**${text}**`;
}

/** `12,345`: requests per second as the tables write them. */
function rpsText(rps: number): string {
  return Math.round(rps).toLocaleString('en-US');
}

/** One contender's row. */
function row(name: string, route: string, c: ContenderSummary, ratio: string): string[] {
  return [
    name,
    route,
    rpsText(c.rps),
    c.p50.toFixed(2),
    c.p99.toFixed(2),
    c.cpu.toFixed(2),
    c.cpuPerRequest.toFixed(0),
    c.clientCpu.toFixed(2),
    ratio,
  ];
}

/** The columns of a scenario table. */
const SCENARIO_HEADER = [
  'server',
  'route',
  'requests/s',
  'p50 ms',
  'p99 ms',
  'server CPU',
  'server CPU µs/request',
  'autocannon CPU',
  'ratio to bare',
];

/** `0.97 (rounds: 1.01, 0.95, ...)`, bold under `min`. */
function ratioWithRounds(r: RatioSummary, min: number): string {
  return `${ratioText(r.ratio, min)} (rounds: ${r.ratios.map((x) => x.toFixed(2)).join(', ')})`;
}

/**
 * The table of one route: the API with in-memory budgets, the API with budgets in Redis, each
 * against the bare route measured in the same rounds.
 */
function scenarioTable(
  memory: ScenarioSummary,
  redis: ScenarioSummary,
  routes: { readonly actlab: string; readonly bare: string },
  min: number,
): string {
  const route = `\`${routes.actlab}\``;
  return markdownTable(SCENARIO_HEADER, [
    row('actlab, budgets in memory', route, memory.actlab, ratioWithRounds(memory, min)),
    row('actlab, budgets in Redis', route, redis.actlab, ratioWithRounds(redis, min)),
    row('bare', `\`${routes.bare}\``, memory.bare, '1'),
  ]);
}

/** The table of /healthz without training against during training. */
function trainingTable(r: ApiBenchResults): string {
  const load = r.training.load;
  const calm = r.health.actlab;
  return markdownTable(
    ['GET /healthz', 'requests/s', 'p50 ms', 'p99 ms', 'server CPU (all threads)'],
    [
      [
        'without training (the scenario above)',
        rpsText(calm.rps),
        calm.p50.toFixed(2),
        calm.p99.toFixed(2),
        calm.cpu.toFixed(2),
      ],
      [
        'during the training run',
        rpsText(load.rps),
        load.p50.toFixed(2),
        load.p99.toFixed(2),
        load.cpu.toFixed(2),
      ],
    ],
  );
}

/** What the training run was and how it went. */
function trainingNote(r: ApiBenchResults): string {
  const { run, load, request } = r.training;
  const seconds = (a: number, b: number): string => `${((b - a) / 1000).toFixed(1)} s`;
  const first = run.progressAt[0];
  return [
    `The training request: \`${JSON.stringify(request)}\`, sent with \`Accept: text/event-stream\`; it answered ${run.status} with a final \`${run.outcome}\` event (last epoch ${run.lastEpoch ?? 'none'}) after ${seconds(run.startedAt, run.finishedAt)}.`,
    `First progress event ${first === undefined ? 'never' : `${seconds(run.startedAt, first)} after the request`}; the load ran from ${seconds(run.startedAt, load.startedAt)} to ${seconds(run.startedAt, load.endedAt)}; ${trainingOverlap(r.training).why}.`,
  ].join(' ');
}

/**
 * Shown under the evaluate table when it is under its target: the part of the gap that comes
 * from what the route answers rather than how (found with `--profile`).
 */
const EVALUATE_UNDER =
  "The API answers y and dy, 2,000 numbers to write as JSON text against the bare route's 1,000, and turning doubles into text is the largest single cost of both servers in `--profile` CPU profiles (fast-json-stringify's `asNumber` for the API, `JSON.stringify` for bare): the derivative is not free on this route. The rest of the gap is overhead per request and per number; see the profiles.";

/** Why /healthz may fall under its ratio, with this run's per-request CPU. */
function healthUnder(r: ApiBenchReport): string {
  const a = r.health.actlab.cpuPerRequest;
  const b = r.health.bare.cpuPerRequest;
  return (
    `In this run the API's server spent ${a.toFixed(0)} µs of CPU per \`/healthz\` answer and the bare ` +
    `server ${b.toFixed(0)} µs (medians). Measured apart from the benchmark (fresh processes, five ` +
    'alternating 2 s loads), the two cost the same, 24-26 µs against 23-25 µs; the requests/s ratio ' +
    'also moves with the share of the two cores the load generator takes in each round. ' +
    '`/healthz` carries no security headers (no browser renders it), and the other routes get ' +
    "helmet's headers computed once at startup: @fastify/helmet rebuilt helmet's middleware on " +
    'every request.'
  );
}

/** How the numbers were made, as a bullet list. */
function method(r: ApiBenchReport): string {
  const p = r.plan;
  return [
    `- **Servers**: each in a child process of its own (\`node dist/bench/bench/server.js actlab|bare\`), listening on 127.0.0.1 at a free port; autocannon runs in the parent, so on ${r.env.cores} cores the server under load and the load generator each have about one core. Both servers are up throughout; the one not under load is idle.`,
    `- **actlab**: \`buildApp\` as deployed (security headers, CORS, OpenAPI, schemas, error handlers, the answer and training workers, both per-client budgets) but without request logging, which would measure the log's destination. The load comes from one address, so the budgets are on, counted on every \`/v1\` request, but too large to refuse: ${BENCH_REQUEST_BUDGET.max.toLocaleString('en-US')} requests per ${BENCH_REQUEST_BUDGET.timeWindow / 60_000} minutes (\`RATE_LIMIT_MAX\`, \`RATE_LIMIT_WINDOW\`) and a million full training runs per window (\`WORK_BUDGET\`). Two such servers run: one with its budgets in its own memory (the default), one with \`REDIS_URL\` to a throwaway redis-server ${r.redis.version} the benchmark starts on 127.0.0.1 (no persistence) and stops at the end; it is measured only once its \`/readyz\` says \`"budgets": "shared"\`.`,
    '- **bare**: a plain `Fastify()` with no plugins and no schema: `POST /bare/evaluate` answers `{ y: body.x.map(x => 1/(1+Math.exp(-x))) }`, `GET /bare/healthz` answers `{ status: "ok" }`.',
    `- **Load**: autocannon, ${p.connections} connections, one request in flight on each, ${p.seconds} s per load; each route warms the three servers up for ${p.warmupSeconds} s untimed, then runs ${p.rounds} rounds of one load per server, the order changing every round (A B C, B C A, C A B, C B A, ...). Requests/s and latencies are medians over rounds; a ratio is the median of the per-round ratios (each round's listed): each API's requests/s over bare's, and the cost of Redis, the Redis API's over the in-memory API's. Latencies are taken from every 2xx answer (not autocannon's whole-millisecond histogram).`,
    "- **CPU**: server CPU is the server process's CPU time (all threads) over the load's wall time, 1.00 being one core busy throughout; below about 0.9 the server was not the bottleneck (the load generator or other work on the machine was). Server CPU µs/request is that CPU time per answer: the cost of a request whoever saturates, though contention for the cores inflates it too. autocannon CPU is the load generator's (the parent process's) share.",
    `- **Evaluate body**: \`{ "x": [...] }\` with ${p.evaluateSize.toLocaleString('en-US')} numbers uniform in [-8, 8) from mulberry32, ${p.bodyBytes.toLocaleString('en-US')} bytes; the same bytes to both servers. Before timing, both answers are compared: the API's y with the bare y, its dy with y(1 - y).`,
    '- **During training**: one training request keeps a worker thread of the API (budgets in memory) busy; the /healthz load starts after its first progress event and must end before its final event.',
    `- **Noise**: server and load generator keep both of the ${r.env.cores} cores busy, so anything else running shows at once: a load average at the start well above 1, or a server CPU well under 1.00 with a fast contender, means the ratios are noisier than the rounds can smooth.`,
  ].join('\n');
}

/** The section's markdown (without its markers), before prettier. */
export function renderSection(r: ApiBenchReport): string {
  const e = r.env;
  const targets = markdownTable(
    ['target', 'result', 'numbers'],
    r.targets.map((t) => [t.name, t.pass ? 'PASS' : '**FAIL**', t.detail]),
  );
  const environment = markdownTable(
    ['', ''],
    [
      ['date', e.date],
      ['CPU', `${e.cpu}, ${e.cores} logical cores`],
      ['Node / Fastify / autocannon', `${e.node} / ${e.fastify} / ${e.autocannon}`],
      ['redis-server', r.redis.version],
      [
        'load average (1 min) at start / end',
        `${e.loadStart.toFixed(2)} / ${e.loadEnd.toFixed(2)}`,
      ],
      ['run time', `${Math.round(e.seconds)} s`],
    ],
  );
  const size = r.plan.evaluateSize.toLocaleString('en-US');
  return `## HTTP API

Written by \`pnpm --filter @actlab/api bench\` (\`apps/api/bench\`, also run by \`pnpm bench\`) between its markers; the rest of this file is \`packages/bench\`'s.

${environment}

### API targets

${targets}

### POST evaluate, sigmoid, ${size} numbers

Ratio: actlab's requests/s over bare's in the same rounds; the target is at least ${MIN_EVALUATE_RATIO.toFixed(1)} (**bold** when under).

${scenarioTable(r.evaluate, r.redis.evaluate, { actlab: 'POST /v1/activations/sigmoid/evaluate', bare: 'POST /bare/evaluate' }, MIN_EVALUATE_RATIO)}

${redisCostLine(r, 'evaluate')}
${r.evaluate.ratio >= MIN_EVALUATE_RATIO ? '' : `\n${EVALUATE_UNDER}\n`}
### GET /healthz

The target is a ratio of at least ${MIN_HEALTH_RATIO}.

${scenarioTable(r.health, r.redis.health, { actlab: 'GET /healthz', bare: 'GET /bare/healthz' }, MIN_HEALTH_RATIO)}

${redisCostLine(r, 'health')}
${r.health.ratio >= MIN_HEALTH_RATIO ? '' : `\n${healthUnder(r)}\n`}
### GET /healthz during a training run

${trainingTable(r)}

${trainingNote(r)}

${capacitySection(r)}

### API method

${method(r)}
`;
}

/** The summary printed to stdout. */
export function renderSummary(r: ApiBenchReport): string {
  const lines = [`actlab API bench: ${Math.round(r.env.seconds)} s`];
  for (const t of r.targets) lines.push(`  ${t.pass ? 'PASS' : 'FAIL'}  ${t.name}: ${t.detail}`);
  lines.push(
    `  evaluate: actlab ${perSecond(r.evaluate.actlab.rps)}, bare ${perSecond(r.evaluate.bare.rps)}`,
  );
  lines.push(
    `  healthz: actlab ${perSecond(r.health.actlab.rps)}, bare ${perSecond(r.health.bare.rps)}`,
  );
  const cost = (c: RatioSummary): string => `${c.ratio.toFixed(2)}x`;
  lines.push(
    `  with Redis: evaluate ${perSecond(r.redis.evaluate.actlab.rps)} (${cost(r.redis.evaluateCost)} of in-memory), ` +
      `healthz ${perSecond(r.redis.health.actlab.rps)} (${cost(r.redis.healthCost)})`,
  );
  lines.push(capacitySummary(r));
  return lines.join('\n');
}
