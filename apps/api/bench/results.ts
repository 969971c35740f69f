/** Everything one run of the API benchmark produces, as the targets and the report read it. */
import type { CapacityRun } from './capacity.js';
import type { EvaluateCheck } from './check.js';
import type { LoadResult, RatioSummary, ScenarioSummary } from './stats.js';
import type { TrainingRun } from './training.js';

/** How hard and how long each scenario loads the servers. */
export interface BenchPlan {
  /** Concurrent connections of every load. */
  readonly connections: number;
  /** Rounds per scenario (each round loads both servers once). */
  readonly rounds: number;
  /** Seconds of one load. */
  readonly seconds: number;
  /** Seconds of the untimed warm-up load of each server before a scenario's rounds. */
  readonly warmupSeconds: number;
  /** Numbers in the evaluate body. */
  readonly evaluateSize: number;
  /** Bytes of the evaluate body. */
  readonly bodyBytes: number;
}

/** Where and with what the run happened. */
export interface BenchEnvironment {
  /** When the run started, ISO 8601. */
  readonly date: string;
  /** The CPU model and logical cores. */
  readonly cpu: string;
  /** Logical cores. */
  readonly cores: number;
  /** Node's version. */
  readonly node: string;
  /** Fastify's version (both servers). */
  readonly fastify: string;
  /** autocannon's version. */
  readonly autocannon: string;
  /** 1-minute load average at the start. */
  readonly loadStart: number;
  /** 1-minute load average at the end. */
  readonly loadEnd: number;
  /** Wall-clock seconds of the whole run. */
  readonly seconds: number;
}

/** /healthz loaded while a training run keeps a worker thread busy. */
export interface TrainingScenario {
  /** The request body of the training run. */
  readonly request: { readonly epochs: number } & Readonly<Record<string, unknown>>;
  /** The load on /healthz, begun after the run's first progress event. */
  readonly load: LoadResult;
  /** The run itself. */
  readonly run: TrainingRun;
}

/**
 * The API with its budgets in Redis (REDIS_URL to a redis-server the benchmark started), measured
 * in the same rounds as the in-memory API and the bare route.
 */
export interface RedisResults {
  /** redis-server's version. */
  readonly version: string;
  /** POST evaluate, the Redis API against bare. */
  readonly evaluate: ScenarioSummary;
  /** GET /healthz, the Redis API against bare. */
  readonly health: ScenarioSummary;
  /** POST evaluate: the Redis API's requests/s over the in-memory API's. */
  readonly evaluateCost: RatioSummary;
  /** GET /healthz: the Redis API's requests/s over the in-memory API's. */
  readonly healthCost: RatioSummary;
  /** /v1 requests the request budget counted in Redis by the end of the evaluate rounds. */
  readonly counted: number;
  /** 2xx answers of the Redis API in the timed evaluate rounds (warm-up and check not included). */
  readonly answered: number;
}

/** One run's measurements. */
export interface ApiBenchResults {
  /** The plan it followed. */
  readonly plan: BenchPlan;
  /** The API's evaluate answer checked against the bare route's. */
  readonly check: EvaluateCheck;
  /** POST evaluate, the API with in-memory budgets against bare. */
  readonly evaluate: ScenarioSummary;
  /** GET /healthz, the API with in-memory budgets against bare. */
  readonly health: ScenarioSummary;
  /** Both routes with the budgets in Redis, and the cost of Redis. */
  readonly redis: RedisResults;
  /** GET /healthz during training (in-memory budgets). */
  readonly training: TrainingScenario;
  /** Trainings at the default per-run budget, back to back (in-memory budgets). */
  readonly capacity: CapacityRun;
}
