/**
 * Typed formulas are parsed and compiled to closures, never handed to eval or new Function, so the
 * explorer and the playground work under a Content-Security-Policy without 'unsafe-eval'. The page
 * is served here with such a policy; the test first shows the policy really blocks eval.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness } from './harness.js';
import { openPage, startHarness } from './harness.js';

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
