/**
 * Typed formulas are parsed and compiled to closures, never handed to eval or new Function, so the
 * explorer and the playground work under a Content-Security-Policy without 'unsafe-eval'. The page
 * is served here with such a policy; the test first shows the policy really blocks eval. Then the
 * API's own server (apps/api's compiled server.js, started as a process, as it is deployed) serves
 * the explorer and the Swagger UI docs with its real headers, and neither page reports a
 * violation of the policy it is sent.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness } from './harness.js';
import { CHROMIUM_FLAGS, chromiumPath, openPage, startHarness } from './harness.js';

/** No 'unsafe-eval' anywhere; inline styles are allowed (KaTeX and the plots set style attributes). */
const POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
].join('; ');

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({ headers: { 'Content-Security-Policy': POLICY } });
});
afterAll(() => harness?.close());

describe('under a Content-Security-Policy without unsafe-eval', () => {
  it('a typed formula is drawn, evaluated and differentiated', async () => {
    const { page, problems } = await openPage(harness, '/?x=1');
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
    await page.evaluate(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { reportViolation: (t: string) => void }).reportViolation(
          `${e.violatedDirective}: ${e.blockedURI}`,
        ),
      );
    });
    // The policy is in force: code from a string (what eval and new Function compile) is refused.
    // (A string timer, because the test's own evaluate() is exempt from the page's policy.)
    await page.evaluate(() => {
      (window as unknown as { setTimeout: (code: string, ms: number) => void }).setTimeout(
        'window.stringCodeRan = true',
        0,
      );
    });
    await page.waitForFunction(() => document.readyState === 'complete');
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => 'stringCodeRan' in window)).toBe(false);
    expect(violations.some((v) => v.startsWith('script-src'))).toBe(true);
    // From here on, nothing may break the policy: the probe's own refusal is set aside.
    violations.length = 0;
    problems.length = 0;

    await page.getByRole('textbox', { name: 'Formula f(x) =' }).fill('x * tanh(softplus(x))');
    // mish(1) = tanh(ln(1 + e)), to 8 significant digits, read off the page's values at x = 1.
    await page.getByText(Math.tanh(Math.log1p(Math.E)).toPrecision(8), { exact: true }).waitFor();
    const derivative = page.getByRole('group', { name: 'Derivative of Custom formula' });
    await derivative.locator('.katex').waitFor();
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('the playground trains a network with a typed formula in its worker', async () => {
    const act = encodeURIComponent('formula:x * sigmoid(x)');
    const { page, problems } = await openPage(harness, `/playground?speed=0&act=${act}`);
    await page.getByRole('heading', { name: 'Training playground' }).waitFor();
    await page.getByRole('button', { name: 'Play' }).click();
    await page.waitForFunction(
      () => Number(document.querySelector('[data-testid="epoch"]')?.textContent) >= 10,
      undefined,
      { timeout: 30_000 },
    );
    await page.getByRole('button', { name: 'Pause' }).click();
    expect(await page.getByText('This network cannot be trained').count()).toBe(0);
    expect(problems).toEqual([]);
  });
});

/** The API's compiled server: ACTLAB_API_SERVER, or apps/api/dist/server.js (its build). */
const API_SERVER =
  process.env.ACTLAB_API_SERVER ??
  fileURLToPath(new URL('../../api/dist/server.js', import.meta.url));

/** Starts the API's server on a free port, serving this app's dist/, and returns its address. */
function startApi(): Promise<{ url: string; process: ChildProcess }> {
  if (!existsSync(API_SERVER)) {
    throw new Error(`${API_SERVER} is missing: build @actlab/api first (pnpm build)`);
  }
  const child = spawn(process.execPath, [API_SERVER], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      ACTLAB_WEB_DIST: fileURLToPath(new URL('../dist/', import.meta.url)),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => {
      output += chunk;
      const address = /listening on (http:\/\/[\d.:]+)/.exec(output)?.[1];
      if (address) resolve({ url: address, process: child });
    });
    child.on('exit', (code) => reject(new Error(`the API exited (${code}): ${output}`)));
  });
}

/**
 * Opens `path` with every `securitypolicyviolation` recorded from the first script on, and the
 * page's console errors; returns the page, the violations and the policy header it was sent.
 */
async function openWatched(baseUrl: string, path: string, page: Page) {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective}: ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  const response = await page.goto(baseUrl + path, { waitUntil: 'load' });
  const violations = () =>
    page.evaluate(() => [...(window as unknown as { violations: string[] }).violations]);
  return { policy: response?.headers()['content-security-policy'], violations, problems };
}

describe("served by the API with the API's own headers", () => {
  let api: { url: string; process: ChildProcess };
  let browser: Harness['browser'];
  beforeAll(async () => {
    api = await startApi();
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
  });
  afterAll(async () => {
    await browser?.close();
    api?.process.kill('SIGTERM');
  });

  it('the explorer and its playground run under the policy with no violation', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const { policy, violations, problems } = await openWatched(api.url, '/?x=1', page);
    expect(policy).toMatch(/script-src 'self'(;|$)/);
    expect(policy).not.toMatch(/unsafe-eval/);
    await page.getByRole('textbox', { name: 'Formula f(x) =' }).fill('x * tanh(softplus(x))');
    await page.getByText(Math.tanh(Math.log1p(Math.E)).toPrecision(8), { exact: true }).waitFor();
    await page
      .getByRole('group', { name: 'Derivative of Custom formula' })
      .locator('.katex')
      .waitFor();
    // The playground trains in a worker, which runs under the policy its script was served with.
    await page.goto(`${api.url}/playground?speed=0`, { waitUntil: 'load' });
    await page.getByRole('button', { name: 'Play' }).click();
    await page.waitForFunction(
      () => Number(document.querySelector('[data-testid="epoch"]')?.textContent) >= 5,
      undefined,
      { timeout: 30_000 },
    );
    expect(await violations()).toEqual([]);
    expect(problems.filter((p) => /Content Security Policy|Refused/i.test(p))).toEqual([]);
    await page.close();
  });

  it('the docs (Swagger UI) render every route under the policy with no violation', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const { policy, violations, problems } = await openWatched(api.url, '/docs', page);
    expect(policy).toMatch(/script-src 'self'(;|$)/);
    await page.locator('.opblock').first().waitFor();
    // Open one operation: its schemas and examples render too.
    await page.locator('.opblock-summary').first().click();
    await page.locator('.opblock-body').first().waitFor();
    await page.waitForTimeout(300);
    expect(await violations()).toEqual([]);
    expect(problems.filter((p) => /Content Security Policy|Refused/i.test(p))).toEqual([]);
    await page.close();
  });
});
