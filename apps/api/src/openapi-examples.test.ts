/**
 * "Try it out" works on first use: every POST route's request body has an example in the OpenAPI
 * description, and each example, sent as it is (to a path whose parameters are filled from their
 * own examples), is answered with a 2xx.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildApp({ trainingWorker: false, rateLimit: false, webRoot: false });
});
afterAll(() => app.close());

interface Operation {
  readonly parameters?: readonly {
    readonly name: string;
    readonly in: string;
    readonly example?: unknown;
    readonly examples?: Record<string, { readonly value: unknown }>;
    readonly schema?: { readonly examples?: readonly unknown[]; readonly example?: unknown };
  }[];
  readonly requestBody?: {
    readonly content?: Record<
      string,
      {
        readonly example?: unknown;
        readonly examples?: Record<string, { readonly value: unknown }>;
        readonly schema?: { readonly example?: unknown; readonly examples?: readonly unknown[] };
      }
    >;
  };
}

/** The example "Try it out" starts from: the media type's, else the schema's. */
function bodyExample(op: Operation): unknown {
  const media = op.requestBody?.content?.['application/json'];
  if (!media) return undefined;
  if (media.example !== undefined) return media.example;
  const first = media.examples ? Object.values(media.examples)[0] : undefined;
  if (first) return first.value;
  return media.schema?.example ?? media.schema?.examples?.[0];
}

describe('the OpenAPI request examples', () => {
  it('exist for every POST route and are answered with a 2xx as they are', async () => {
    const spec = (await app.inject({ method: 'GET', url: '/openapi.json' })).json() as {
      paths: Record<string, { post?: Operation }>;
    };
    const posts = Object.entries(spec.paths).filter(([, item]) => item.post);
    expect(posts.length).toBeGreaterThanOrEqual(10);
    for (const [path, item] of posts) {
      const op = item.post as Operation;
      const body = bodyExample(op);
      expect.soft(body, `${path} has a request example`).toBeDefined();
      if (body === undefined) continue;
      const url = path.replace(/\{(\w+)\}/g, (_, name: string) => {
        const p = op.parameters?.find((q) => q.name === name && q.in === 'path');
        const named = p?.examples ? Object.values(p.examples)[0]?.value : undefined;
        const value = p?.example ?? named ?? p?.schema?.example ?? p?.schema?.examples?.[0];
        expect(value, `${path}: an example for {${name}}`).toBeDefined();
        return encodeURIComponent(String(value));
      });
      const res = await app.inject({ method: 'POST', url, payload: body as object });
      expect.soft(res.statusCode, `${path}: ${res.body.slice(0, 300)}`).toBeLessThan(300);
    }
  });
});
