/**
 * The second of the API's two per-client limits: a budget of work units (about one multiply-add
 * each, the unit of every cost measure) that refills steadily over a window. The first limit, a
 * count of requests, treats a catalog read and a five-second training run alike; this one charges
 * each training run its cost (train's `trainingCost`, known before the run starts), so one client
 * cannot fill the training pool while the many clients evaluating functions are never refused.
 *
 * It is a token bucket per client address: a client starts with the whole budget, a run takes its
 * cost out, and the budget flows back at `budget / windowMs` units a millisecond, up to the whole
 * budget. A run that costs more than what is left is refused (429 WORK_BUDGET) with the seconds
 * until enough has flowed back in Retry-After. The counters live in this process's memory
 * (`createWorkBudget`), or with REDIS_URL in Redis, shared by every replica (redis-work-budget.ts,
 * the same bucket in a Lua script); `ClientWorkBudget` is what both offer the route.
 */

/** The size and refill time of every client's work budget. */
export interface WorkBudgetOptions {
  /** Work units a client may spend at once, and what flows back in one window. */
  readonly budget: number;
  /** Milliseconds for an empty budget to fill again. */
  readonly windowMs: number;
}

/** The outcome of charging a client: spent, or refused with the wait until it would fit. */
export type Charge =
  | { readonly ok: true; readonly remaining: number }
  | { readonly ok: false; readonly remaining: number; readonly retryAfterSeconds: number };

/** Per-client work budgets. */
export interface WorkBudget {
  /** The options it was made with. */
  readonly options: WorkBudgetOptions;
  /** Takes `units` from `client`'s budget at time `now` (ms), or refuses without taking any. */
  charge(client: string, units: number, now?: number): Charge;
  /** Gives `units` back to `client` (a charged run that was then refused as busy), up to full. */
  refund(client: string, units: number, now?: number): void;
  /** Clients whose budget is not full (the others are forgotten: a full budget is the default). */
  readonly tracked: number;
  /** Forgets the clients whose budget has filled again by `now`; called on a timer. */
  sweep(now?: number): void;
}

/** One client's state: what was left at `at` (ms). */
interface Bucket {
  left: number;
  at: number;
}

/** A fresh set of per-client budgets. */
export function createWorkBudget(options: WorkBudgetOptions): WorkBudget {
  const { budget, windowMs } = options;
  const perMs = budget / windowMs;
  const buckets = new Map<string, Bucket>();
  const refilled = (bucket: Bucket, now: number): number =>
    Math.min(budget, bucket.left + Math.max(0, now - bucket.at) * perMs);
  return {
    options,
    charge(client, units, now = Date.now()) {
      const bucket = buckets.get(client);
      const left = bucket ? refilled(bucket, now) : budget;
      if (units > left) {
        if (bucket) Object.assign(bucket, { left, at: now });
        return {
          ok: false,
          remaining: Math.floor(left),
          retryAfterSeconds: Math.max(1, Math.ceil((units - left) / perMs / 1000)),
        };
      }
      buckets.set(client, { left: left - units, at: now });
      return { ok: true, remaining: Math.floor(left - units) };
    },
    refund(client, units, now = Date.now()) {
      const bucket = buckets.get(client);
      if (bucket)
        Object.assign(bucket, { left: Math.min(budget, refilled(bucket, now) + units), at: now });
    },
    get tracked() {
      return buckets.size;
    },
    sweep(now = Date.now()) {
      for (const [client, bucket] of buckets) {
        if (refilled(bucket, now) >= budget) buckets.delete(client);
      }
    },
  };
}

/**
 * Per-client work budgets as the training route uses them, wherever the counters live: in this
 * process (`localWorkBudget`) or in Redis (redis-work-budget.ts), so every call may wait.
 */
export interface ClientWorkBudget {
  /** The options it was made with. */
  readonly options: WorkBudgetOptions;
  /** Takes `units` from `client`'s budget now, or refuses without taking any. */
  charge(client: string, units: number): Promise<Charge>;
  /** Gives `units` back to `client`, up to the whole budget. */
  refund(client: string, units: number): Promise<void>;
  /** Forgets the full budgets held in this process; called on a timer. */
  sweep(): void;
}

/** `work` (this process's counters) as a `ClientWorkBudget`. */
export function localWorkBudget(work: WorkBudget): ClientWorkBudget {
  return {
    options: work.options,
    charge: async (client, units) => work.charge(client, units),
    refund: async (client, units) => work.refund(client, units),
    sweep: () => work.sweep(),
  };
}
