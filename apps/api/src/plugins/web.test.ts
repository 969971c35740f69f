import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { expectProblem } from '../test-helpers.js';
import { findWebRoot } from './web.js';

const PAGE = '<!doctype html><title>actlab explorer</title><div id="root"></div>';
const BIG = `export const data = [${'0.125, '.repeat(2000)}];`;
let root: string;
let app: FastifyInstance;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'actlab-web-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), PAGE);
  writeFileSync(join(root, 'assets', 'index-abc123.js'), 'console.log(1)');
  writeFileSync(join(root, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(root, 'assets', 'big-abc123.js'), BIG);
  writeFileSync(join(root, 'assets', 'big-abc123.js.gz'), gzipSync(BIG));
  app = await buildApp({ webRoot: root });
});
afterAll(async () => {
  await app.close();
  rmSync(root, { recursive: true, force: true });
});

const html = { accept: 'text/html,application/xhtml+xml' };

describe('the web explorer at /', () => {
  it('serves its page at / and at its client routes, never cached', async () => {
    for (const url of ['/', '/playground', '/lessons/digits?seed=3', '/softmax?logits=1,2']) {
      const res = await app.inject({ url, headers: html });
      expect(res.statusCode, url).toBe(200);
      expect(res.body).toBe(PAGE);
      expect(res.headers['content-type']).toContain('text/html');
      expect(res.headers['cache-control']).toBe('no-cache');
    }
  });

  it('serves hashed assets as immutable and other files for an hour', async () => {
    const asset = await app.inject({ url: '/assets/index-abc123.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.body).toBe('console.log(1)');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const icon = await app.inject({ url: '/favicon.svg' });
    expect(icon.statusCode).toBe(200);
    expect(icon.headers['cache-control']).toBe('public, max-age=3600');
  });

  it('sends the precompressed copy to clients that accept it', async () => {
    const zipped = await app.inject({
      url: '/assets/big-abc123.js',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(zipped.statusCode).toBe(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(zipped.rawPayload).toString()).toBe(BIG);
    const plain = await app.inject({ url: '/assets/big-abc123.js' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(BIG);
  });

  it('keeps problems for the API, missing files and non-page requests', async () => {
    expectProblem(await app.inject({ url: '/v1/nothing', headers: html }), 404);
    expectProblem(await app.inject({ url: '/assets/missing.js', headers: html }), 404);
    expectProblem(
      await app.inject({ url: '/playground', headers: { accept: 'application/json' } }),
      404,
    );
    expectProblem(await app.inject({ method: 'POST', url: '/playground', headers: html }), 404);
    const health = await app.inject({ url: '/healthz', headers: html });
    expect(health.json()).toEqual({ status: 'ok' });
    const catalog = await app.inject({ url: '/v1/activations/relu' });
    expect(catalog.statusCode).toBe(200);
    const docs = await app.inject({ url: '/docs/', headers: html });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).not.toBe(PAGE);
  });
});

describe('findWebRoot', () => {
  it('takes a directory only when it holds index.html', () => {
    expect(findWebRoot(root)).toBe(root);
    expect(findWebRoot(join(root, 'assets'))).toBeUndefined();
    expect(findWebRoot(false)).toBeUndefined();
  });
});
