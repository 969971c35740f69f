/**
 * The edges of every request, as an attacker sends them: a megabyte where a name goes (no
 * suggestion computed, a short answer, no long log line), unknown property names named once, the
 * router's refusals and OPTIONS as problem documents, request ids, and origins.
 */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { buildApp } from './app.js';
import { SERVER_REQUEST_ID_PREFIX } from './request-log.js';
import { expectProblem } from './test-helpers.js';

const MiB = 1024 * 1024;

/** A predict request whose hidden layer's activation is `activation`. */
function predictWith(activation: string) {
  return {
    model: {
      format: 'actlab.mlp/1',
      inputSize: 1,
      layers: [{ activation, params: {}, weights: [[1]], biases: [0] }],
    },
    inputs: [[1]],
  };
}

/** An app whose log lines are collected (pino writes one JSON line per entry). */
async function loggedApp() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  const app = await buildApp({ logger: { level: 'info', stream }, bodyLimit: 3 * MiB });
  return { app, lines };
}

describe('a megabyte where a name goes', () => {
  it('is refused at once with a short problem and no suggestion, and every log line stays short', async () => {
    const { app, lines } = await loggedApp();
    const huge = 'sigmoid' + 'x'.repeat(MiB);
    // Schemas compile when the app gets ready: not part of this request's time.
    await app.ready();
    const res = await app.inject({
      method: 'POST',
      url: '/v1/predict',
      payload: predictWith(huge),
    });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.length).toBeLessThan(2000);
    expect(res.json()).not.toHaveProperty('suggestions');
    // The edit distance against every alias took seconds: no suggestion means none was computed
    // (the attack test measures the time such requests hold the event loop).

    // The same megabyte as an unknown property name, in a 12 KB URL, a Host and a request id.
    await app.inject({
      method: 'POST',
      url: '/v1/formulas',
      payload: { formula: 'x', ['k'.repeat(MiB)]: 1 },
    });
    await app.inject({ method: 'GET', url: `/v1/activations/relu?x=${'9'.repeat(12_000)}` });
    await app.inject({ method: 'GET', url: `/${'p'.repeat(12_000)}` });
    await app.inject({
      method: 'GET',
      url: '/v1/activations',
      headers: { host: 'h'.repeat(8000), 'x-request-id': 'r'.repeat(8000) },
    });
    await app.close();
    expect(lines.length).toBeGreaterThan(8);
    const longest = Math.max(...lines.map((line) => Buffer.byteLength(line)));
    expect(longest).toBeLessThan(2048);
  });

  it('names an unknown property once, in field, cut short', async () => {
    const app = await buildApp({ bodyLimit: 3 * MiB });
    const name = 'k'.repeat(MiB);
    const res = await app.inject({
      method: 'POST',
      url: '/v1/formulas',
      payload: { formula: 'x', [name]: 1 },
    });
    const problem = expectProblem(res, 400);
    expect(problem.field?.startsWith('kkkk')).toBe(true);
    expect(problem.field?.length).toBeLessThanOrEqual(64);
    expect(problem.detail).not.toMatch(/kkkk/);
    expect(res.body.length).toBeLessThan(1000);

    const short = expectProblem(
      await app.inject({
        method: 'POST',
        url: '/v1/formulas',
        payload: { formula: 'x', alpah: 1 },
      }),
      400,
    );
    expect(short.field).toBe('alpah');
    expect(short.detail).toBe('body has a property this request does not take (named in field)');
    await app.close();
  });

  it('quotes at most a short prefix of the path in a 404', async () => {
    const app = await buildApp({ webRoot: false });
    const res = await app.inject({ method: 'GET', url: `/v1/${'p'.repeat(10_000)}?q=1` });
    const problem = expectProblem(res, 404);
    expect(problem.detail.length).toBeLessThan(150);
    expect(problem.instance?.length).toBeLessThanOrEqual(200);
    await app.close();
  });
});

describe("the router's refusals", () => {
  it('answer a path segment over the limit with a 414 problem and the security headers', async () => {
    const app = await buildApp({ webRoot: false });
    const res = await app.inject({ method: 'GET', url: `/v1/activations/${'a'.repeat(7000)}` });
    const problem = expectProblem(res, 414);
    expect(problem.code).toBe('URI_TOO_LONG');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.body.length).toBeLessThan(1000);
    await app.close();
  });

  it('answer a malformed %-encoding with a 400 problem and the security headers', async () => {
    const app = await buildApp({ webRoot: false });
    const res = await app.inject({ method: 'GET', url: '/v1/activations/%E0%A4%A' });
    const problem = expectProblem(res, 400);
    expect(problem.code).toBe('BAD_URL');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toBeDefined();
    await app.close();
  });
});

describe('OPTIONS and origins', () => {
  it('answers a bare OPTIONS and a preflight from another origin with problems (CORS off)', async () => {
    const app = await buildApp({ webRoot: false });
    const bare = await app.inject({ method: 'OPTIONS', url: '/v1/activations' });
    expect(expectProblem(bare, 400).code).toBe('NOT_A_PREFLIGHT');
    expect(bare.headers['x-content-type-options']).toBe('nosniff');
    for (const origin of ['https://evil.example', 'null']) {
      const preflight = await app.inject({
        method: 'OPTIONS',
        url: '/v1/predict',
        headers: { origin, 'access-control-request-method': 'POST' },
      });
      expect(expectProblem(preflight, 403).code).toBe('ORIGIN_NOT_ALLOWED');
      expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    }
    await app.close();
  });

  it('answers preflights only from the configured origins, never null', async () => {
    const app = await buildApp({ webRoot: false, corsOrigins: ['https://lab.example'] });
    const preflight = (origin: string) =>
      app.inject({
        method: 'OPTIONS',
        url: '/v1/predict',
        headers: { origin, 'access-control-request-method': 'POST' },
      });
    const allowed = await preflight('https://lab.example');
    expect(allowed.statusCode).toBe(204);
    expect(allowed.headers['access-control-allow-origin']).toBe('https://lab.example');
    for (const origin of ['null', 'https://lab.example.evil', 'https://evil.example']) {
      const refused = await preflight(origin);
      expectProblem(refused, 403);
      expect(refused.headers['access-control-allow-origin']).toBeUndefined();
    }
    const bare = await app.inject({ method: 'OPTIONS', url: '/v1/predict' });
    expectProblem(bare, 400);
    await app.close();
  });

  it('refuses to be configured with null, * or a URL that is not an origin', async () => {
    for (const origin of ['null', '*', 'https://lab.example/', 'lab.example']) {
      await expect(buildApp({ corsOrigins: [origin] })).rejects.toThrow(/corsOrigins/);
    }
  });
});

describe('request ids', () => {
  async function idsFor(values: (string | string[] | undefined)[]) {
    const app = await buildApp({ webRoot: false, rateLimit: false });
    app.get('/id', async (request) => ({ id: request.id }));
    const ids: string[] = [];
    for (const value of values) {
      const res = await app.inject({
        method: 'GET',
        url: '/id',
        headers: value === undefined ? {} : { 'x-request-id': value },
      });
      ids.push((res.json() as { id: string }).id);
    }
    await app.close();
    return ids;
  }

  it("keeps a client's id when short and plain", async () => {
    const plain = ['lb-1f2e.3:x_Y', 'a'.repeat(64), '0b7c2d9e-5f3a-4c1b-9e8d-2a6f4b3c1d0e'];
    expect(await idsFor(plain)).toEqual(plain);
  });

  it('replaces a long, empty, repeated or unsafe id with one of its own that no client can send', async () => {
    const refused = [
      'a'.repeat(65),
      '',
      'req 1',
      'req-1\nforged log line',
      'srv/0b7c2d9e-5f3a-4c1b-9e8d-2a6f4b3c1d0e',
      '"><script>',
      ['a', 'b'],
      undefined,
    ];
    const ids = await idsFor(refused);
    for (const id of ids) expect(id).toMatch(/^srv\/[0-9a-f-]{36}$/);
    expect(new Set(ids).size).toBe(ids.length);
    // A client's id is never one of the server's: the server's carry a character clients' cannot.
    expect(SERVER_REQUEST_ID_PREFIX).toContain('/');
  });
});
