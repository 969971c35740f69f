import { describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';

describe('GET /', () => {
  it('answers a plain page linking to the documentation', async () => {
    const app = await buildApp({ logger: false, webRoot: false });
    const res = await app.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('href="/docs"');
    await app.close();
  });
});
