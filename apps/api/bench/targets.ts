/** The targets of the issue, judged from one run's measurements. */
import { summarizeCapacity } from './capacity.js';
import type { ApiBenchResults, TrainingScenario } from './results.js';
import type { ContenderSummary } from './stats.js';

/** Least requests/s of POST evaluate over the bare route's. */
export const MIN_EVALUATE_RATIO = 1;

/** Least requests/s of GET /healthz over the bare route's. */
export const MIN_HEALTH_RATIO = 0.8;

/** Largest p99 latency of GET /healthz while a training run is in progress, ms. */
const MAX_TRAINING_P99_MS = 50;

/** One target's verdict. */
export interface TargetResult {
  /** What the target asks. */
  readonly name: string;
  /** Whether this run met it. */
  readonly pass: boolean;
  /** The figures behind the verdict. */
  readonly detail: string;
}

/** `12345.6` as `12.3k/s`: requests per second, three digits are plenty for noisy figures. */
export function perSecond(rps: number): string {
  return rps >= 1000 ? `${(rps / 1000).toFixed(1)}k/s` : `${rps.toFixed(0)}/s`;
}

/** Milliseconds to two decimals, the resolution the latencies are reported at. */
function ms(value: number): string {
  return `${value.toFixed(2)} ms`;
}

/** `12.3k/s (p99 1.23 ms)` for one contender. */
function contender(label: string, c: ContenderSummary): string {
  return `${label} ${perSecond(c.rps)} (p99 ${ms(c.p99)})`;
}

/**
 * Whether the training run was in progress during the whole load: it had sent a progress event
 * before the load began, sent more during it, and ended only after it.
 */
export function trainingOverlap(t: TrainingScenario): {
  readonly ok: boolean;
  readonly why: string;
} {
  const { run, load } = t;
  const first = run.progressAt[0];
  const during = run.progressAt.filter((at) => at >= load.startedAt && at <= load.endedAt).length;
  if (first === undefined || first > load.startedAt) {
    return { ok: false, why: 'no progress event before the load began' };
  }
  if (run.finishedAt < load.endedAt) {
    const early = ((load.endedAt - run.finishedAt) / 1000).toFixed(1);
    return { ok: false, why: `the run ended ${early} s before the load did` };
  }
  if (during === 0) return { ok: false, why: 'no progress event during the load' };
  const after = ((run.finishedAt - load.endedAt) / 1000).toFixed(1);
  return {
    ok: true,
    why: `${during} progress events during the load, run ended ${after} s after it`,
  };
}

/** Whether the training request succeeded: status 200, a `result` event, every epoch run. */
export function trainingCompleted(t: TrainingScenario): boolean {
  return t.run.status === 200 && t.run.outcome === 'result' && t.run.lastEpoch === t.request.epochs;
}

/** The verdicts of a run, correctness first. */
export function evaluateTargets(r: ApiBenchResults): TargetResult[] {
  const { evaluate, health, training } = r;
  const failures =
    evaluate.actlab.failures +
    evaluate.bare.failures +
    health.actlab.failures +
    health.bare.failures;
  const overlap = trainingOverlap(training);
  const completed = trainingCompleted(training);
  const run = training.run;
  const load = training.load;
  const redis = r.redis;
  const redisFailures = redis.evaluate.actlab.failures + redis.health.actlab.failures;
  const capacity = summarizeCapacity(r.capacity);
  const runs = r.capacity.runs.length;
  return [
    {
      name: 'evaluate answers agree with the bare route, and every timed request got a 2xx',
      pass: r.check.ok && failures === 0,
      detail: `${r.check.detail}; ${failures} non-2xx answers or errors`,
    },
    {
      name: `POST /v1/activations/sigmoid/evaluate (${r.plan.evaluateSize.toLocaleString('en-US')} numbers): at least ${MIN_EVALUATE_RATIO.toFixed(1)}x the requests/s of the bare route`,
      pass: evaluate.ratio >= MIN_EVALUATE_RATIO,
      detail: `${evaluate.ratio.toFixed(2)}x: ${contender('actlab', evaluate.actlab)}, ${contender('bare', evaluate.bare)}`,
    },
    {
      name: `GET /healthz: at least ${MIN_HEALTH_RATIO}x the requests/s of the bare route`,
      pass: health.ratio >= MIN_HEALTH_RATIO,
      detail: `${health.ratio.toFixed(2)}x: ${contender('actlab', health.actlab)}, ${contender('bare', health.bare)}`,
    },
    {
      name: `GET /healthz p99 under ${MAX_TRAINING_P99_MS} ms while a training run is in progress`,
      pass:
        load.p99 < MAX_TRAINING_P99_MS &&
        load.non2xx + load.errors === 0 &&
        overlap.ok &&
        completed,
      detail:
        `p99 ${ms(load.p99)} (${ms(health.actlab.p99)} without training), ${perSecond(load.rps)}, ` +
        `${load.non2xx + load.errors} failures; training ${overlap.why}; ` +
        (completed
          ? `it answered ${run.status} and finished all ${run.lastEpoch} epochs`
          : `it did not complete: status ${run.status}, ${run.outcome} ${run.detail}`.trim()),
    },
    {
      name: 'with REDIS_URL: every timed request got a 2xx, and the request budget was counted in Redis',
      pass: redisFailures === 0 && redis.answered > 0 && redis.counted >= redis.answered,
      detail:
        `${redisFailures} non-2xx answers or errors; ${redis.counted.toLocaleString('en-US')} ` +
        `requests counted in Redis for ${redis.answered.toLocaleString('en-US')} timed evaluate answers`,
    },
    {
      name: 'trainings at the default budget, back to back: every run completed',
      pass: runs > 0 && capacity.failed === 0,
      detail:
        `${capacity.completed} of ${runs} runs answered 200 with a result, ` +
        `${capacity.runsPerMinute.toFixed(1)} a minute`,
    },
  ];
}
