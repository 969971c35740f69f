/**
 * Configuration by environment: every variable's default and parse, and a message naming the
 * variable and quoting the value for every bad one; the real process (`node dist/server.js`, built
 * by `pnpm build`) exits 1 with that message.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from './config.js';
import type { Env } from './config.js';
import { DEFAULT_LIMITS } from './limits.js';

/** The message `readConfig(env)` throws, or undefined when it accepts env. */
function refusal(env: Env): string | undefined {
  try {
    readConfig(env);
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).message;
  }
}

describe('readConfig', () => {
  it('gives the documented defaults for an empty environment', () => {
    const config = readConfig({});
    expect(config).toMatchObject({ port: 3000, host: '127.0.0.1', logLevel: 'info' });
    expect(config.app.limits).toEqual({});
    expect(config.app.hsts).toBe(false);
    expect(config.app.rateLimit).toEqual({ max: 600, timeWindow: 60_000 });
    expect(config.app.workBudget).toEqual({
      budget: 10 * DEFAULT_LIMITS.maxTrainingWork,
      windowMs: 600_000,
    });
    expect(config.app.trustProxy).toBeUndefined();
    expect(config.app.corsOrigins).toBeUndefined();
  });

  it('treats an empty or blank variable as unset', () => {
    expect(readConfig({ PORT: '', MAX_ROWS: '  ', TRUST_PROXY: '' })).toEqual(readConfig({}));
  });

  it('reads every limit, timeout and switch', () => {
    const config = readConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      LOG_LEVEL: 'warn',
      BODY_LIMIT: '2097152',
      MAX_VALUES: '100',
      MAX_JACOBIAN_INPUTS: '50',
      MAX_ROWS: '10',
      MAX_FORWARD_WORK: '1e6',
      MAX_TRAINING_WORK: '2000000',
      MAX_DEPTH_WORK: '300',
      MAX_ANSWER_NUMBERS: '400',
      TRAINING_CONCURRENCY: '3',
      TRAINING_QUEUE: '0',
      ANSWER_WORKERS: '0',
      ANSWER_QUEUE: '5',
      SHUTDOWN_GRACE_MS: '0',
      RATE_LIMIT_MAX: '50',
      RATE_LIMIT_WINDOW: '30s',
      WORK_BUDGET: '5000000',
      WORK_WINDOW: '1h',
      CORS_ORIGINS: 'https://lab.example.org, http://localhost:5173',
      TRUST_PROXY: '10.0.0.0/8,127.0.0.1,::1,loopback',
      HSTS: 'on',
      REQUEST_TIMEOUT_MS: '60000',
      HEADERS_TIMEOUT_MS: '5000',
      KEEP_ALIVE_TIMEOUT_MS: '1000',
      CONNECTION_TIMEOUT_MS: '0',
      MAX_HEADER_SIZE: '8192',
    });
    expect(config).toMatchObject({ port: 8080, host: '0.0.0.0', logLevel: 'warn' });
    expect(config.app).toEqual({
      bodyLimit: 2_097_152,
      limits: {
        maxValues: 100,
        maxJacobianInputs: 50,
        maxRows: 10,
        maxForwardWork: 1_000_000,
        maxTrainingWork: 2_000_000,
        maxDepthWork: 300,
        maxAnswerNumbers: 400,
        trainingConcurrency: 3,
        trainingQueue: 0,
        answerWorkers: 0,
        answerQueue: 5,
        shutdownGraceMs: 0,
      },
      rateLimit: { max: 50, timeWindow: 30_000 },
      workBudget: { budget: 5_000_000, windowMs: 3_600_000 },
      corsOrigins: ['https://lab.example.org', 'http://localhost:5173'],
      trustProxy: ['10.0.0.0/8', '127.0.0.1', '::1', 'loopback'],
      hsts: true,
      requestTimeout: 60_000,
      headersTimeout: 5000,
      keepAliveTimeout: 1000,
      connectionTimeout: 0,
      maxHeaderSize: 8192,
    });
  });

  it('turns the budgets off, counts proxy hops, and sizes the work budget by the training limit', () => {
    const config = readConfig({
      RATE_LIMIT_MAX: 'off',
      WORK_BUDGET: 'off',
      TRUST_PROXY: '2',
      HSTS: 'false',
    });
    expect(config.app).toMatchObject({
      rateLimit: false,
      workBudget: false,
      trustProxy: 2,
      hsts: false,
    });
    expect(readConfig({ TRUST_PROXY: 'off' }).app.trustProxy).toBe(false);
    expect(readConfig({ TRUST_PROXY: '0' }).app.trustProxy).toBe(false);
    expect(readConfig({ MAX_TRAINING_WORK: '1000' }).app.workBudget).toEqual({
      budget: 10_000,
      windowMs: 600_000,
    });
  });

  it.each([
    ['MAX_ROWS', 'ten', 'MAX_ROWS must be a positive integer, got "ten"'],
    ['MAX_VALUES', '0', 'MAX_VALUES must be a positive integer, got "0"'],
    ['BODY_LIMIT', '1.5', 'BODY_LIMIT must be a positive integer, got "1.5"'],
    ['TRAINING_CONCURRENCY', '-1', 'TRAINING_CONCURRENCY must be a positive integer, got "-1"'],
    ['TRAINING_QUEUE', 'many', 'TRAINING_QUEUE must be a whole number (0 or more), got "many"'],
    ['ANSWER_WORKERS', 'two', 'ANSWER_WORKERS must be a whole number (0 or more), got "two"'],
    ['MAX_TRAINING_WORK', '1e400', 'MAX_TRAINING_WORK must be a positive integer, got "1e400"'],
    ['PORT', '70000', 'PORT must be an integer from 0 to 65535, got "70000"'],
    [
      'LOG_LEVEL',
      'loud',
      'LOG_LEVEL must be one of trace, debug, info, warn, error, fatal, silent',
    ],
    ['HSTS', 'maybe', 'HSTS must be on or off (true or false), got "maybe"'],
    ['RATE_LIMIT_MAX', 'lots', 'RATE_LIMIT_MAX must be a positive integer or off, got "lots"'],
    ['RATE_LIMIT_WINDOW', '1 fortnight', 'RATE_LIMIT_WINDOW must be a positive duration'],
    ['WORK_WINDOW', '0s', 'WORK_WINDOW must be a positive duration'],
    ['CORS_ORIGINS', 'https://a.example/path', 'CORS_ORIGINS must be comma-separated origins'],
    ['TRUST_PROXY', 'true', 'TRUST_PROXY must be off, a number of proxy hops'],
    ['TRUST_PROXY', '10.0.0.0/33', 'TRUST_PROXY must be off, a number of proxy hops'],
    ['TRUST_PROXY', 'proxy.example', 'TRUST_PROXY must be off, a number of proxy hops'],
    ['TRUST_PROXY', '1.5', 'TRUST_PROXY must be off, a number of proxy hops'],
    ['REQUEST_TIMEOUT_MS', 'soon', 'REQUEST_TIMEOUT_MS must be a whole number (0 or more)'],
    ['WORK_BUDGET', '1000', 'WORK_BUDGET must be at least MAX_TRAINING_WORK (4000000000)'],
  ])('refuses %s=%j naming the variable', (name, value, message) => {
    expect(refusal({ [name]: value })).toContain(message);
  });

  it('reads REDIS_URL (none by default)', () => {
    expect(readConfig({}).app.redisUrl).toBeUndefined();
    for (const url of ['redis://127.0.0.1:6379', 'rediss://:secret@redis.example.org:6380/2']) {
      expect(readConfig({ REDIS_URL: url }).app.redisUrl).toBe(url);
    }
  });

  it.each([
    ['http://127.0.0.1:6379', 'with the scheme "http:"'],
    ['localhost:6379', 'with the scheme "localhost:"'],
    ['127.0.0.1:6379', 'without a scheme'],
    ['redis://', 'that does not parse or has no host'],
  ])('refuses REDIS_URL=%j naming the variable', (value, what) => {
    expect(refusal({ REDIS_URL: value })).toBe(
      'REDIS_URL must be a redis:// or rediss:// URL with a host, like redis://127.0.0.1:6379 ' +
        `or rediss://:password@redis.example.org:6380/0, got one ${what}`,
    );
  });

  it('never repeats a bad REDIS_URL, which may hold a password', () => {
    expect(refusal({ REDIS_URL: 'http://:hunter2@cache:6379' })).not.toContain('hunter2');
  });

  it('lists every bad variable at once', () => {
    const message = refusal({ MAX_ROWS: 'ten', PORT: 'http', HOST: 'fine' }) ?? '';
    expect(message.split('\n')).toEqual([
      'PORT must be an integer from 0 to 65535, got "http"',
      'MAX_ROWS must be a positive integer, got "ten"',
    ]);
  });
});

describe('the server process with a bad variable', () => {
  it('exits 1 with the message naming it, before listening', async () => {
    const server = fileURLToPath(new URL('../dist/server.js', import.meta.url));
    const child = spawn(process.execPath, [server], {
      env: { ...process.env, PORT: '0', MAX_ROWS: 'ten' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    // An old build would listen instead: end it rather than wait for the test's timeout.
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    const [code] = (await once(child, 'exit')) as [number | null];
    clearTimeout(timer);
    expect(code).toBe(1);
    expect(out).toContain('MAX_ROWS must be a positive integer, got "ten"');
    expect(out).not.toContain('listening');
  });
});
