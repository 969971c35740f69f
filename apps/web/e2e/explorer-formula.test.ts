/**
 * The custom formula on the explorer, in Chromium against the production build: typed, drawn with
 * its derivative typeset, wrong and then corrected, carried by the link across a reload, copied as
 * PyTorch, and sent to the Playground; with axe-core's checks on the page in both states.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness } from './harness.js';
import { axeViolations, openPage, RESULTS_DIR, startHarness, URL_CHANGE } from './harness.js';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness?.close());

/** The course's thresholded ReLU with a declared parameter, encoded for a link. */
const THRESHOLD = encodeURIComponent('where(x > T, x, 0); T = 1 in [-5, 5]');

// mish(1) = tanh(ln(1 + e)), to 8 significant digits.
const MISH_AT_1 = Math.tanh(Math.log1p(Math.E)).toPrecision(8);

describe('a custom formula on the explorer', () => {
  it('is typed, drawn with its typeset derivative, kept in the link and restored on reload', async () => {
    const { page, problems } = await openPage(harness, '/?fn=relu&x=1');
    const box = page.getByRole('textbox', { name: 'Formula f(x) =' });
    await box.fill('x * tanh(softplus(x))');
    await page.waitForURL(
      (u) => u.searchParams.get('formula') === 'x * tanh(softplus(x))',
      URL_CHANGE,
    );
    await page.getByText(MISH_AT_1, { exact: true }).waitFor();
    const derivative = page.getByRole('group', { name: 'Derivative of Custom formula' });
    await derivative.locator('.katex').waitFor();
    expect(await derivative.locator('.katex-mathml').count()).toBe(1);
    await page.screenshot({ path: `${RESULTS_DIR}explorer-formula.png`, fullPage: true });
    await page.reload();
    expect(await page.getByRole('textbox', { name: 'Formula f(x) =' }).inputValue()).toBe(
      'x * tanh(softplus(x))',
    );
    await page.getByText(MISH_AT_1, { exact: true }).waitFor();
    expect(new URL(page.url()).searchParams.get('fn')).toBe('relu');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('names a misspelt function, suggests sigmoid and marks where, keeping the last curve', async () => {
    const { page, problems } = await openPage(harness, '/?fn=&formula=x*sigmoid(x)&x=1');
    const box = page.getByRole('textbox', { name: 'Formula f(x) =' });
    await box.fill('x * sigmod(x)');
    const message = page.locator('p', { hasText: 'Not a formula yet' });
    await message.waitFor();
    expect(await message.innerText()).toMatch(/characters 5 to 10 \(“sigmod”\).*sigmoid/);
    expect(await page.locator('.explorer-formula-marked mark').innerText()).toBe('sigmod');
    expect(await box.getAttribute('aria-invalid')).toBe('true');
    expect(new URL(page.url()).searchParams.get('formula')).toBe('x*sigmoid(x)');
    // swish(1) = sigmoid(1) = 0.73105858: the last valid curve is still shown.
    await page.getByText('0.73105858', { exact: true }).waitFor();
    await page.screenshot({ path: `${RESULTS_DIR}explorer-formula-error.png` });
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'sigmoid', exact: true }).click();
    await page.waitForURL((u) => u.searchParams.get('formula') === 'x * sigmoid(x)', URL_CHANGE);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows an invalid formula from the link as a message, not a broken page', async () => {
    const { page, problems } = await openPage(harness, '/?fn=sigmoid&formula=x%20*%20sigmod(x)');
    await page.locator('p', { hasText: 'Not a formula yet' }).waitFor();
    await page
      .getByText(/sigmoid\?/)
      .first()
      .waitFor();
    expect(await page.getByRole('rowheader', { name: 'Sigmoid' }).count()).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('copies the formula as PyTorch code', async () => {
    const context = await harness.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: harness.url });
    const page = await context.newPage();
    await page.goto(`${harness.url}/?fn=&formula=x%20*%20tanh(softplus(x))`);
    const code = page.getByLabel('PyTorch code for Custom formula');
    const text = await code.innerText();
    expect(text).toMatch(/\bdef \w+\(/);
    expect(text).toMatch(/nn\.Module/);
    await page.getByRole('button', { name: 'Copy PyTorch code' }).click();
    await page.getByText('Copied to the clipboard.').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.trim()).toBe(text.trim());
    await context.close();
  });

  it('has no axe violations with a formula and its parameters, in both themes', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await harness.browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(`${harness.url}/?fn=relu&formula=${THRESHOLD}&p.T=2`);
      await page.getByRole('textbox', { name: 'Custom formula T' }).waitFor();
      await page.locator('.katex').first().waitFor();
      expect(await axeViolations(page), colorScheme).toEqual([]);
      await context.close();
    }
  });

  it('sends the formula and its parameter to the Playground with one click', async () => {
    const { page, problems } = await openPage(harness, `/?fn=&formula=${THRESHOLD}&p.T=2`);
    await page.getByRole('link', { name: 'Train in Playground' }).click();
    await page.waitForURL((u) => u.pathname === '/playground', URL_CHANGE);
    await page.getByRole('heading', { name: 'Training playground' }).waitFor();
    // Every hidden layer takes the formula (canonical text) with T = 2, as the Playground shows it.
    const layer = 'Activation of hidden layer 1';
    expect(await page.getByLabel(`${layer}: formula`).inputValue()).toBe(
      'where(x > T, x, 0); T = 1 in [-5, 5]',
    );
    expect(await page.getByLabel(`${layer}: T`).inputValue()).toBe('2');
    expect(problems).toEqual([]);
    await page.close();
  });
});
