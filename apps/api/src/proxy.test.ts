/**
 * Trusted proxies: the client's address (which keys both budgets and names it in the logs) comes
 * from X-Forwarded-For only when the connection is from a trusted proxy; off by default, so a
 * client cannot pick its own address, and behind an untrusted proxy everyone shares its address.
 */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { AppOptions } from './app.js';
import { buildApp } from './app.js';

const PROXY = '10.0.0.5';

/**
 * One student spends a budget of three through the proxy; the status of another student's first
 * request through the same proxy: 429 when they share the proxy's budget, 200 when each has one.
 */
async function nextStudent(options: AppOptions): Promise<number> {
  const app = await buildApp({
    webRoot: false,
    rateLimit: { max: 3, timeWindow: 60_000 },
    ...options,
  });
  const get = (student: string) =>
    app.inject({
      url: '/v1/activations',
      remoteAddress: PROXY,
      headers: { 'x-forwarded-for': student },
    });
  for (let i = 0; i < 3; i++) expect((await get('203.0.113.7')).statusCode).toBe(200);
  expect((await get('203.0.113.7')).statusCode).toBe(429);
  const status = (await get('203.0.113.8')).statusCode;
  await app.close();
  return status;
}

describe('TRUST_PROXY', () => {
  it('is off by default: every student behind the proxy shares its budget', async () => {
    expect(await nextStudent({})).toBe(429);
    expect(await nextStudent({ trustProxy: false })).toBe(429);
  });

  it('gives each student their own budget when the proxy is trusted by address or range', async () => {
    expect(await nextStudent({ trustProxy: [PROXY] })).toBe(200);
    expect(await nextStudent({ trustProxy: ['10.0.0.0/8', '::1'] })).toBe(200);
    expect(await nextStudent({ trustProxy: ['10.1.0.0/16'] })).toBe(429);
    const app = await buildApp({
      webRoot: false,
      rateLimit: { max: 3, timeWindow: 60_000 },
      trustProxy: ['10.0.0.0/8'],
    });
    for (const student of ['203.0.113.7', '203.0.113.8', '203.0.113.9']) {
      for (let i = 0; i < 3; i++) {
        const res = await app.inject({
          url: '/v1/activations',
          remoteAddress: PROXY,
          headers: { 'x-forwarded-for': student },
        });
        expect(res.statusCode, `${student}, request ${i + 1}`).toBe(200);
      }
    }
    await app.close();
  });

  it('ignores X-Forwarded-For from a connection it does not trust', async () => {
    const app = await buildApp({
      webRoot: false,
      rateLimit: { max: 3, timeWindow: 60_000 },
      trustProxy: ['10.0.0.0/8'],
    });
    // A client on the internet naming a new address each time still has one budget.
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await app.inject({
        url: '/v1/activations',
        remoteAddress: '198.51.100.20',
        headers: { 'x-forwarded-for': `203.0.113.${i + 1}` },
      });
      statuses.push(res.statusCode);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    await app.close();
  });

  it('trusts a hop count: the address one hop before the nearest proxy', async () => {
    const app = await buildApp({
      webRoot: false,
      rateLimit: { max: 1, timeWindow: 60_000 },
      trustProxy: 1,
    });
    const get = (forwarded: string) =>
      app.inject({
        url: '/v1/activations',
        remoteAddress: PROXY,
        headers: { 'x-forwarded-for': forwarded },
      });
    // With one hop trusted, the client is the last address the proxy appended; a forged first
    // entry changes nothing.
    expect((await get('1.1.1.1, 203.0.113.7')).statusCode).toBe(200);
    expect((await get('2.2.2.2, 203.0.113.7')).statusCode).toBe(429);
    expect((await get('2.2.2.2, 203.0.113.8')).statusCode).toBe(200);
    await app.close();
  });

  it("logs the student's address when the proxy is trusted, the proxy's otherwise", async () => {
    for (const [trustProxy, expected] of [
      [[PROXY], '203.0.113.7'],
      [false, PROXY],
    ] as const) {
      const lines: string[] = [];
      const stream = new Writable({
        write(chunk: Buffer, _encoding, done) {
          lines.push(chunk.toString());
          done();
        },
      });
      const app = await buildApp({ webRoot: false, trustProxy, logger: { level: 'info', stream } });
      await app.inject({
        url: '/v1/activations',
        remoteAddress: PROXY,
        headers: { 'x-forwarded-for': '203.0.113.7' },
      });
      await app.close();
      const incoming = lines
        .map((line) => JSON.parse(line) as { msg: string; req?: { remoteAddress?: string } })
        .find((entry) => entry.msg === 'incoming request');
      expect(incoming?.req?.remoteAddress).toBe(expected);
    }
  });
});
