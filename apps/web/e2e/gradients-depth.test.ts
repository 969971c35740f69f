import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness } from './harness.js';
import { openPage, RESULTS_DIR, startHarness, URL_CHANGE } from './harness.js';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness?.close());

/** Waits until every curve of the current settings is measured (curves arrive one by one). */
async function settled(page: Page): Promise<void> {
  await page
    .getByTestId('depth-status')
    .filter({ hasText: /Measured on \d+ random inputs/ })
    .waitFor();
}

/** The value a chart's label gives for `series` (e.g. "tanh measured") at layer `which`. */
async function valueAt(
  page: Page,
  chart: RegExp,
  series: string,
  which: 'first' | 'last',
): Promise<number> {
  const label = (await page.getByRole('img', { name: chart }).getAttribute('aria-label')) ?? '';
  const match = new RegExp(`${series}: layer 1 ([^,]+), layer \\d+ ([^;]+?)(?:;|\\.$)`).exec(label);
  return Number(match?.[which === 'first' ? 1 : 2]);
}

// Small networks keep the vanishing-gradient columns cheap; the instrument is what is tested.
const BASE = '/gradients?depth=2&width=2';

describe('the signal-through-depth instrument', () => {
  it('draws measured and predicted curves of four activations from a worker', async () => {
    const { page, problems } = await openPage(
      harness,
      `${BASE}&sacts=tanh,relu,selu,sigmoid&sdepth=50&swidth=128&sinit=lecun`,
    );
    await page.getByRole('heading', { level: 2, name: 'Signal through depth' }).waitFor();
    const forward = page.getByRole('img', { name: /^Forward signal/ });
    await forward.waitFor();
    await settled(page);
    const label = (await forward.getAttribute('aria-label')) ?? '';
    for (const name of ['Tanh', 'ReLU', 'SELU', 'Sigmoid']) {
      expect(label).toContain(`${name} measured: layer 1`);
      expect(label).toContain(`${name} predicted: layer 1`);
    }
    expect(await page.getByRole('img', { name: /^Gradients: variance/ }).count()).toBe(1);
    await page.getByText('Dashed line: predicted by mean-field theory').waitFor();
    // SELU with LeCun's init keeps the forward variance near 1 through 50 layers.
    const selu = await valueAt(page, /^Forward signal/, 'SELU measured', 'last');
    expect(selu).toBeGreaterThan(0.8);
    expect(selu).toBeLessThan(1.25);
    await page.screenshot({ path: `${RESULTS_DIR}gradients-depth.png`, fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('changes the phase of tanh with the variance-preserving gain', async () => {
    const { page, problems } = await openPage(
      harness,
      `${BASE}&sacts=tanh&sdepth=40&swidth=64&sinit=custom&sgain=0.8&sbias=0.1`,
    );
    const phase = page.getByTestId('phase-tanh');
    await phase.filter({ hasText: /ordered \(χ = / }).waitFor();
    expect(await phase.textContent()).toMatch(/gradients shrink/);
    await page.getByRole('button', { name: 'Use the variance-preserving gain' }).click();
    await page.waitForURL(/sinit=preserving/, URL_CHANGE);
    await phase.filter({ hasText: /chaotic \(χ = / }).waitFor();
    await settled(page);
    expect(await phase.textContent()).toMatch(/gradients grow .* toward the input/);
    // The forward curve flattens at 1 and the gradients grow toward the input.
    const q = await valueAt(page, /^Forward signal/, 'Tanh measured', 'last');
    expect(q).toBeGreaterThan(0.8);
    expect(q).toBeLessThan(1.25);
    const gradients = /^Gradients: variance/;
    expect(await valueAt(page, gradients, 'Tanh predicted', 'first')).toBeGreaterThan(10);
    expect(await valueAt(page, gradients, 'Tanh measured', 'first')).toBeGreaterThan(10);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('follows the depth slider from the keyboard and keeps it in the URL', async () => {
    const { page, problems } = await openPage(
      harness,
      `${BASE}&sacts=relu&sdepth=10&swidth=32&sinit=he`,
    );
    await page
      .getByRole('img', { name: /layer 10 / })
      .first()
      .waitFor();
    const slider = page.getByLabel('Network depth (layers) slider');
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(/sdepth=12/, URL_CHANGE);
    await page.getByRole('img', { name: /^Forward signal.*layer 12 / }).waitFor();
    await page.reload();
    expect(await page.getByLabel('Network depth (layers)', { exact: true }).inputValue()).toBe(
      '12',
    );
    expect(problems).toEqual([]);
    await page.close();
  });

  it('overlays a formula chosen and typed from the keyboard, keeping the last valid curve on a typo', async () => {
    const { page, problems } = await openPage(
      harness,
      `${BASE}&sacts=tanh&sdepth=8&swidth=32&sinit=lecun`,
    );
    const forward = page.getByRole('img', { name: /^Forward signal/ });
    await page.getByRole('img', { name: /^Forward signal.*Tanh measured/ }).waitFor();
    const select = page.getByLabel('Activation 2', { exact: true });
    await select.focus();
    // "Custom formula…" is the last choice.
    await page.keyboard.press('End');
    const field = page.getByLabel('Activation 2: formula');
    await field.waitFor();
    await field.focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('x * sigmoid(1.702 * x)');
    const sacts = async () =>
      page.evaluate(() => new URLSearchParams(window.location.search).get('sacts'));
    await page
      .getByRole('img', { name: /^Forward signal.*x \* sigmoid\(1\.702 \* x\) measured: layer 1/ })
      .waitFor();
    expect(await sacts()).toBe('tanh,formula:x * sigmoid(1.702 * x)');
    // A typo (pasted at once: typed key by key, "x" alone would be a valid curve on the way) is
    // named beside the field; the URL and the curve stay those of the last valid formula.
    await field.fill('x * sigmod(x)');
    await page.getByText(/did you mean sigmoid\?.*last formula that worked/).waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await sacts()).toBe('tanh,formula:x * sigmoid(1.702 * x)');
    expect(await forward.getAttribute('aria-label')).toContain('x * sigmoid(1.702 * x) measured');
    expect(await page.getByTestId('depth-status').textContent()).toMatch(
      /the batch and seed of actlab depth/,
    );
    expect(problems).toEqual([]);
    await page.close();
  });
});
