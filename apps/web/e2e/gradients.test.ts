import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness } from './harness.js';
import { openPage, RESULTS_DIR, startHarness, URL_CHANGE } from './harness.js';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness?.close());

describe('the vanishing-gradients page', () => {
  it('shows sigmoid, tanh and ReLU side by side and trains without blocking the page', async () => {
    const { page, problems } = await openPage(
      harness,
      '/gradients?depth=10&width=16&lr=0.1&seed=1',
    );
    for (const name of ['Sigmoid', 'tanh', 'ReLU']) {
      await page.getByRole('heading', { level: 2, name: new RegExp(`^${name}`) }).waitFor();
    }
    expect(await page.getByRole('img', { name: /Gradient norm by layer/ }).count()).toBe(3);
    expect(await page.getByText('θ := θ − α ∂J/∂θ', { exact: false }).count()).toBe(3);
    await page.getByRole('button', { name: 'Train' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /Epoch ([5-9]|\d\d)/ })
      .waitFor();
    // The page answers while the worker trains: a control still responds at once.
    await page.getByLabel('Seed', { exact: true }).focus();
    await page.getByRole('button', { name: 'Pause training' }).click();
    await page.getByRole('button', { name: 'Resume training' }).waitFor();
    await page.screenshot({ path: `${RESULTS_DIR}gradients.png`, fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('keeps its state in the URL and rebuilds the networks when depth changes', async () => {
    const { page, problems } = await openPage(harness, '/gradients');
    const depth = page.getByLabel('Depth (layers)', { exact: true });
    await depth.fill('4');
    await page.waitForURL(/depth=4/, URL_CHANGE);
    await page
      .getByRole('img', { name: /layer 4 / })
      .first()
      .waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });

  it('fits a 390 px wide phone without sideways scrolling', async () => {
    const { page, problems } = await openPage(harness, '/gradients', { width: 390, height: 844 });
    await page.getByRole('heading', { level: 2, name: /^ReLU/ }).waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${RESULTS_DIR}gradients-390.png`, fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });
});
