/**
 * The work budget (work-budget.ts) kept in Redis, so that every replica charges one bucket per
 * client. The bucket is the same as the in-process one: what is left and when, refilled at
 * `budget / windowMs` units a millisecond up to the budget. One Lua script reads, refills, charges
 * and writes atomically, so two replicas charging the same client at once cannot both spend the
 * last units; it uses Redis's clock, so replicas whose clocks differ still agree. A key expires a
 * window after its last charge (by then the bucket is full, which is what a missing key means), so
 * idle clients vanish without a sweep.
 *
 * Fail-open: while Redis is down, or when a command fails or times out, a client is charged in
 * this process's own bucket instead (`local`), and Redis is used again as soon as it is back.
 */
import type { RedisLink } from './redis.js';
import type { Charge, ClientWorkBudget, WorkBudget } from './work-budget.js';

/** Prefix of the work budget's keys (the client's address follows). */
export const WORK_BUDGET_NAMESPACE = 'actlab-work:';

/** The name the script is defined under on the ioredis client. */
const COMMAND = 'actlabWorkBudget';

/**
 * KEYS[1] the client's bucket (a hash: left, at); ARGV budget, windowMs, units, mode (`charge` or
 * `refund`), now in ms (empty for Redis's clock). Answers { ok (1 or 0), floor(left),
 * retryAfterSeconds }.
 */
const SCRIPT = `
local key = KEYS[1]
local budget = tonumber(ARGV[1])
local windowMs = tonumber(ARGV[2])
local units = tonumber(ARGV[3])
local refund = ARGV[4] == 'refund'
local now = tonumber(ARGV[5])
if not now then
  local time = redis.call('TIME')
  now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
end
local perMs = budget / windowMs
local saved = redis.call('HMGET', key, 'left', 'at')
local exists = saved[1] ~= false
local left = budget
if exists then
  left = math.min(budget, tonumber(saved[1]) + math.max(0, now - tonumber(saved[2])) * perMs)
end
local function save(value)
  redis.call('HSET', key, 'left', string.format('%.17g', value), 'at', string.format('%.17g', now))
  redis.call('PEXPIRE', key, windowMs)
end
if refund then
  if exists then
    left = math.min(budget, left + units)
    save(left)
  end
  return {1, math.floor(left), 0}
end
if units > left then
  if exists then save(left) end
  return {0, math.floor(left), math.max(1, math.ceil((units - left) / perMs / 1000))}
end
left = left - units
save(left)
return {1, math.floor(left), 0}
`;

/** The script's answer: ok (1 or 0), what is left (rounded down), seconds to wait. */
type ScriptAnswer = [number, number, number];

/** The client with the script defined on it. */
interface WithScript {
  [COMMAND](
    key: string,
    budget: number,
    windowMs: number,
    units: number,
    mode: 'charge' | 'refund',
    now: string,
  ): Promise<ScriptAnswer>;
}

/**
 * A work budget kept in Redis through `redis`, with `local` (this process's buckets, of the same
 * options) used while Redis cannot answer. `now` (ms), for tests, replaces Redis's clock.
 */
export function createRedisWorkBudget(
  redis: RedisLink,
  local: WorkBudget,
  now?: () => number,
): ClientWorkBudget {
  const { budget, windowMs } = local.options;
  const client = redis.client as unknown as Partial<WithScript> & typeof redis.client;
  if (!client[COMMAND]) client.defineCommand(COMMAND, { numberOfKeys: 1, lua: SCRIPT });
  const run = (key: string, units: number, mode: 'charge' | 'refund') =>
    (client as unknown as WithScript)[COMMAND](
      WORK_BUDGET_NAMESPACE + key,
      budget,
      windowMs,
      units,
      mode,
      now ? String(now()) : '',
    );
  return {
    options: local.options,
    async charge(key, units): Promise<Charge> {
      if (redis.state === 'up') {
        try {
          const [ok, remaining, retryAfterSeconds] = await run(key, units, 'charge');
          return ok === 1 ? { ok: true, remaining } : { ok: false, remaining, retryAfterSeconds };
        } catch {
          // Down, slow or failing: this process's bucket answers (the link logs the outage).
        }
      }
      return local.charge(key, units);
    },
    async refund(key, units) {
      if (redis.state === 'up') {
        try {
          await run(key, units, 'refund');
          return;
        } catch {
          // As for a charge: the run may have been charged locally, which this refunds.
        }
      }
      local.refund(key, units);
    },
    sweep: () => local.sweep(),
  };
}
