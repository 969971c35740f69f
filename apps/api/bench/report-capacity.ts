/**
 * The parts of the API section about deployment: the cost of keeping the budgets in Redis, under
 * each route's table, and the capacity of one process (evaluate requests a second, trainings a
 * minute at the default budget), the figures apps/api/README.md quotes.
 */
import { markdownTable } from '@actlab/bench/kit';
import { summarizeCapacity } from './capacity.js';
import type { ApiBenchResults } from './results.js';

/** `1,234`, a count as the report writes it. */
function count(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** The ratio of Redis to memory on `route`, with the CPU per request and why it costs what it costs. */
export function redisCostLine(r: ApiBenchResults, route: 'evaluate' | 'health'): string {
  const cost = route === 'evaluate' ? r.redis.evaluateCost : r.redis.healthCost;
  const memory = r[route].actlab.cpuPerRequest;
  const redis = r.redis[route].actlab.cpuPerRequest;
  const rounds = cost.ratios.map((x) => x.toFixed(2)).join(', ');
  const head =
    `**Cost of Redis**: ${cost.ratio.toFixed(2)}x, the requests/s of the API with its budgets in ` +
    `Redis over the in-memory API's (rounds: ${rounds}); server CPU ${redis.toFixed(0)} µs against ` +
    `${memory.toFixed(0)} µs a request.`;
  if (route === 'health') {
    return (
      `${head} \`/healthz\` is never counted by either budget, so the API does not talk to ` +
      'Redis on it: a ratio away from 1 here is a difference between the two processes, not a ' +
      'cost of Redis (a separate probe on 2026-12-04 found the in-memory one 15-25% slower on ' +
      '`/healthz`, in either start order; its cause is not found yet).'
    );
  }
  return (
    `${head} Each \`/v1\` request runs one Lua script (INCR, PTTL) in Redis for the request ` +
    `budget, awaited before the route; Redis counted ${count(r.redis.counted)} requests, ` +
    `${count(r.redis.answered)} of them the timed answers (the rest warm-up and check).`
  );
}

/** The "Capacity of one process" subsection. */
export function capacitySection(r: ApiBenchResults): string {
  const c = r.capacity;
  const s = summarizeCapacity(c);
  const share = ((100 * c.request.cost) / c.request.budget).toFixed(1);
  const table = markdownTable(
    ['figure', 'measured'],
    [
      [
        `POST evaluate, ${r.plan.evaluateSize.toLocaleString('en-US')} values: requests/s, budgets in memory (the table above)`,
        count(r.evaluate.actlab.rps),
      ],
      ['the same, budgets in Redis', count(r.redis.evaluate.actlab.rps)],
      ['trainings a minute at the default budget', s.runsPerMinute.toFixed(1)],
      ['median time of one training run', `${s.medianSeconds.toFixed(2)} s`],
      ['runs completed / started', `${s.completed} / ${c.runs.length}`],
      ['training requests in flight (training workers)', String(c.concurrency)],
    ],
  );
  return `### Capacity of one process

${table}

Trainings: \`${JSON.stringify(c.request.body)}\`, costing ${count(c.request.cost)} work units, ${share}% of the default per-run budget (\`MAX_TRAINING_WORK\`, ${count(c.request.budget)}); its epochs were grown to the budget with the API's own \`planTraining\`. Sent as the web app sends them (\`Accept: text/event-stream\`), back to back, as many at once as the server has training workers (the default \`TRAINING_CONCURRENCY\`, the cores less one, at least one), so none waits in the queue; new ones for ${c.seconds} s, then the last awaited. Trainings a minute are the completed runs over the whole ${((c.endedAt - c.startedAt) / 1000).toFixed(1)} s; a run's time is from its request to its final event. One kind of run: other kinds at the same budget run faster or up to about 1.5 times slower (their ns per unit in "Training cost"). The API had its budgets in memory; the other two servers were idle.`;
}

/** The capacity as one line of the summary on stdout. */
export function capacitySummary(r: ApiBenchResults): string {
  const s = summarizeCapacity(r.capacity);
  return `  capacity: ${s.runsPerMinute.toFixed(1)} trainings a minute (median ${s.medianSeconds.toFixed(2)} s), evaluate ${count(r.evaluate.actlab.rps)}/s`;
}
