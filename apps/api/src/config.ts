/**
 * The server's configuration from environment variables, validated at start: every limit can be
 * changed without code, and a bad value stops the process with a message naming the variable and
 * quoting the value (`MAX_ROWS must be a positive integer, got "ten"`), never a silent default.
 * Pure: `readConfig(env)` reads only the object it is given. An unset or empty variable keeps its
 * default; the names and defaults are listed in apps/api/README.md ("Configuration").
 */
import { isIP } from 'node:net';
import type { AppOptions } from './app.js';
import type { Limits } from './limits.js';
import { DEFAULT_CLIENT_BUDGETS, DEFAULT_LIMITS } from './limits.js';

/** Everything the server process needs: where to listen, how to log, and how to build the app. */
export interface ServerConfig {
  /** TCP port (PORT; 0 picks a free one). */
  readonly port: number;
  /** Interface to listen on (HOST). */
  readonly host: string;
  /** Pino log level (LOG_LEVEL). */
  readonly logLevel: LogLevel;
  /** The app's options, logger aside. */
  readonly app: AppOptions;
}

/** The log levels pino knows, quietest last. */
const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;

/** One of `LOG_LEVELS`. */
type LogLevel = (typeof LOG_LEVELS)[number];

/** A bad configuration: `problems` holds one message per bad variable, each naming it. */
export class ConfigError extends Error {
  /** One message per bad variable. */
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

/** The environment: names to values, any of them unset. */
export type Env = Readonly<Record<string, string | undefined>>;

/** Words that turn an optional feature off. */
const OFF = new Set(['off', 'false', 'no', '0']);

/** Words that turn a switch on. */
const ON = new Set(['on', 'true', 'yes', '1']);

/** Names of proxy-addr's address ranges, accepted in TRUST_PROXY. */
const RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** Multipliers of the duration units, to milliseconds. */
const UNITS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/**
 * Reads and validates the configuration from `env`; throws a `ConfigError` listing every bad
 * variable (each message names it and quotes its value).
 */
export function readConfig(env: Env): ServerConfig {
  const problems: string[] = [];
  /** The trimmed value of `name`, or undefined when unset or empty. */
  const raw = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value ? value : undefined;
  };
  const bad = (name: string, what: string): undefined => {
    problems.push(`${name} must be ${what}, got ${JSON.stringify(env[name])}`);
    return undefined;
  };
  /** A whole number of at least `least` (decimal digits, or like 4e9). */
  const integer = (name: string, least: number, what: string): number | undefined => {
    const value = raw(name);
    if (value === undefined) return undefined;
    const n = /^\d+(e\d+)?$/i.test(value) ? Number(value) : NaN;
    return Number.isSafeInteger(n) && n >= least ? n : bad(name, what);
  };
  const positive = (name: string) => integer(name, 1, 'a positive integer');
  const whole = (name: string) => integer(name, 0, 'a whole number (0 or more)');
  /** A duration: milliseconds, or a number with ms, s, m or h. */
  const duration = (name: string): number | undefined => {
    const value = raw(name);
    if (value === undefined) return undefined;
    const match = /^(\d+)\s*(ms|s|m|h)?$/i.exec(value);
    const ms = match ? Number(match[1]) * (UNITS[(match[2] ?? 'ms').toLowerCase()] ?? 1) : 0;
    return ms > 0 && Number.isSafeInteger(ms)
      ? ms
      : bad(name, 'a positive duration in milliseconds, or with a unit (30s, 1m, 10m, 1h)');
  };
  /** A positive integer, or an off word (false). */
  const positiveOrOff = (name: string): number | false | undefined => {
    const value = raw(name);
    if (value !== undefined && OFF.has(value.toLowerCase())) return false;
    return integer(name, 1, 'a positive integer or off');
  };

  const port = integer('PORT', 0, 'an integer from 0 to 65535') ?? 3000;
  if (port > 65535) bad('PORT', 'an integer from 0 to 65535');
  const logLevel = raw('LOG_LEVEL') ?? 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    bad('LOG_LEVEL', `one of ${LOG_LEVELS.join(', ')}`);
  }
  const hsts = raw('HSTS');
  if (hsts !== undefined && !ON.has(hsts.toLowerCase()) && !OFF.has(hsts.toLowerCase())) {
    bad('HSTS', 'on or off (true or false)');
  }

  const limits = definedOnly<Limits>({
    maxValues: positive('MAX_VALUES'),
    maxJacobianInputs: positive('MAX_JACOBIAN_INPUTS'),
    maxRows: positive('MAX_ROWS'),
    maxForwardWork: positive('MAX_FORWARD_WORK'),
    maxTrainingWork: positive('MAX_TRAINING_WORK'),
    maxDepthWork: positive('MAX_DEPTH_WORK'),
    maxAnswerNumbers: positive('MAX_ANSWER_NUMBERS'),
    trainingConcurrency: positive('TRAINING_CONCURRENCY'),
    trainingQueue: whole('TRAINING_QUEUE'),
    answerWorkers: whole('ANSWER_WORKERS'),
    answerQueue: whole('ANSWER_QUEUE'),
    shutdownGraceMs: whole('SHUTDOWN_GRACE_MS'),
  });

  const rateMax = positiveOrOff('RATE_LIMIT_MAX');
  const rateWindow = duration('RATE_LIMIT_WINDOW');
  const workBudget = positiveOrOff('WORK_BUDGET');
  const workWindow = duration('WORK_WINDOW');
  const trainingWork = limits.maxTrainingWork ?? DEFAULT_LIMITS.maxTrainingWork;
  if (typeof workBudget === 'number' && workBudget < trainingWork) {
    bad(
      'WORK_BUDGET',
      `at least MAX_TRAINING_WORK (${trainingWork}) so that the largest allowed run can start`,
    );
  }

  const redisUrl = raw('REDIS_URL');
  if (redisUrl !== undefined && !isRedisUrl(redisUrl)) {
    // Not quoted: the value may hold the password.
    problems.push(
      'REDIS_URL must be a redis:// or rediss:// URL with a host, like redis://127.0.0.1:6379 ' +
        `or rediss://:password@redis.example.org:6380/0, got one ${describeUrl(redisUrl)}`,
    );
  }

  const app: AppOptions = {
    limits,
    ...definedOnly({
      bodyLimit: positive('BODY_LIMIT'),
      requestTimeout: whole('REQUEST_TIMEOUT_MS'),
      headersTimeout: positive('HEADERS_TIMEOUT_MS'),
      keepAliveTimeout: positive('KEEP_ALIVE_TIMEOUT_MS'),
      connectionTimeout: whole('CONNECTION_TIMEOUT_MS'),
      maxHeaderSize: positive('MAX_HEADER_SIZE'),
      corsOrigins: corsOrigins(raw('CORS_ORIGINS'), bad),
      trustProxy: trustProxy(raw('TRUST_PROXY'), bad),
      redisUrl,
    }),
    hsts: hsts !== undefined && ON.has(hsts.toLowerCase()),
    rateLimit:
      rateMax === false
        ? false
        : {
            max: rateMax ?? DEFAULT_CLIENT_BUDGETS.requestMax,
            timeWindow: rateWindow ?? DEFAULT_CLIENT_BUDGETS.requestWindowMs,
          },
    workBudget:
      workBudget === false
        ? false
        : {
            budget: workBudget ?? DEFAULT_CLIENT_BUDGETS.trainingRuns * trainingWork,
            windowMs: workWindow ?? DEFAULT_CLIENT_BUDGETS.workWindowMs,
          },
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return { port, host: raw('HOST') ?? '127.0.0.1', logLevel: logLevel as LogLevel, app };
}

/** True for a parsable redis:// or rediss:// URL with a host. */
function isRedisUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'redis:' || url.protocol === 'rediss:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** What is wrong with a REDIS_URL, without repeating it (it may carry a password). */
function describeUrl(value: string): string {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1];
  if (scheme === undefined) return 'without a scheme';
  const lower = scheme.toLowerCase();
  return lower === 'redis' || lower === 'rediss'
    ? 'that does not parse or has no host'
    : `with the scheme ${JSON.stringify(`${lower}:`)}`;
}

/** CORS_ORIGINS: comma-separated `http(s)://host[:port]` origins, without paths. */
function corsOrigins(
  value: string | undefined,
  bad: (name: string, what: string) => undefined,
): string[] | undefined {
  if (value === undefined) return undefined;
  const origins = value.split(',').map((o) => o.trim());
  const valid = origins.every((o) => /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i.test(o));
  return valid
    ? origins
    : bad('CORS_ORIGINS', 'comma-separated origins like https://lab.example.org (no path)');
}

/**
 * TRUST_PROXY: off (the default), a hop count, or comma-separated addresses, CIDR ranges and the
 * names loopback, linklocal and uniquelocal. "true" (trust anyone) is refused: any client could
 * then choose its own address, and so its own rate limit.
 */
function trustProxy(
  value: string | undefined,
  bad: (name: string, what: string) => undefined,
): false | number | string[] | undefined {
  if (value === undefined) return undefined;
  if (OFF.has(value.toLowerCase())) return false;
  const what =
    'off, a number of proxy hops, or comma-separated addresses and CIDR ranges of the proxies ' +
    '(or loopback, linklocal, uniquelocal)';
  if (/^\d+$/.test(value)) return Number(value) >= 1 ? Number(value) : bad('TRUST_PROXY', what);
  const entries = value.split(',').map((e) => e.trim());
  return entries.every(isProxyEntry) ? entries : bad('TRUST_PROXY', what);
}

/** An address, a CIDR range (address/prefix within the family's bits) or a range's name. */
function isProxyEntry(entry: string): boolean {
  if (RANGE_NAMES.has(entry)) return true;
  const [address = '', prefix, extra] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || extra !== undefined) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/** `record` without its undefined members (so they keep the app's defaults). */
function definedOnly<T>(record: { [K in keyof T]: T[K] | undefined }): Partial<T> {
  return Object.fromEntries(
    Object.entries(record).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}
