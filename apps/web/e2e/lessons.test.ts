import { EXPERIMENT_CATALOG } from '@actlab/train';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness } from './harness.js';
import { openPage, RESULTS_DIR, startHarness, URL_CHANGE } from './harness.js';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness?.close());

/** Pixels the page is wider than the window (0 or less: no sideways scrolling). */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe('the lessons', () => {
  it('lists every experiment', async () => {
    const { page, problems } = await openPage(harness, '/lessons');
    for (const info of EXPERIMENT_CATALOG) {
      const link = page.locator('main').getByRole('link', { name: info.title, exact: true });
      expect(await link.getAttribute('href')).toBe(`/lessons/${info.id}`);
    }
    await page.screenshot({ path: `${RESULTS_DIR}lessons.png`, fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('runs a quick lesson in a worker and shows its measured outcome', async () => {
    const { page, problems } = await openPage(harness, '/lessons');
    await page.getByRole('link', { name: 'The step function has no gradient' }).click();
    await page.waitForURL('**/lessons/step-no-gradient', URL_CHANGE);
    await page.getByRole('button', { name: 'Run' }).click();
    const outcome = page.getByRole('region', { name: 'Measured outcome' });
    await outcome.waitFor({ timeout: 30_000 });
    expect(await outcome.textContent()).toContain('The lesson held on this run');
    expect(await page.getByRole('img', { name: /^Training loss/ }).count()).toBe(1);
    await page.screenshot({ path: `${RESULTS_DIR}lesson-step.png`, fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('draws the decision boundaries of the boundary lesson', async () => {
    const { page, problems } = await openPage(harness, '/lessons/decision-boundary');
    await page.getByRole('button', { name: 'Run' }).click();
    await page
      .getByRole('heading', { name: 'Decision boundaries', exact: true })
      .waitFor({ timeout: 60_000 });
    expect(await page.getByRole('img', { name: /^Decision boundary of iris/ }).count()).toBe(2);
    expect(await page.getByRole('img', { name: /^Decision boundary of circle/ }).count()).toBe(2);
    await page.screenshot({ path: `${RESULTS_DIR}lesson-boundary.png`, fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('trains the digits network on the shipped subset, then reads a test digit and a drawing', async () => {
    const { page, problems } = await openPage(harness, '/lessons/digits?epochs=1');
    const subset = await page.evaluate(async () => (await fetch('/digits/digits.bin')).ok);
    expect(subset).toBe(true);
    await page.getByRole('button', { name: 'Train the network' }).click();
    const status = page.getByRole('status').filter({ hasText: /^Trained:/ });
    await status.waitFor({ timeout: 60_000 });
    const outcome =
      (await page.getByRole('region', { name: 'Measured outcome' }).textContent()) ?? '';
    console.log(`digits lesson: ${outcome}`);
    expect(outcome).toMatch(/recognized \d+(\.\d)?% of 1000 held-out digits/);
    // Keyboard: pick a test digit without a pointer.
    await page.getByRole('button', { name: 'Pick a test digit' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('list', { name: 'Probability of each digit' }).waitFor();
    expect(
      await page
        .getByRole('list', { name: 'Probability of each digit' })
        .getByRole('listitem')
        .count(),
    ).toBe(10);
    expect(page.url()).toMatch(/sample=\d+/);
    // Drawing: a vertical stroke, a "1".
    await page.getByRole('button', { name: 'Clear' }).click();
    const pad = page.getByRole('img', { name: /Drawing area/ });
    const box = await pad.boundingBox();
    if (!box) throw new Error('no drawing pad');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.15);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) {
      await page.mouse.move(box.x + box.width / 2, box.y + box.height * (0.15 + 0.07 * i));
    }
    await page.mouse.up();
    await page.getByText(/The network reads/).waitFor();
    await page.screenshot({ path: `${RESULTS_DIR}lesson-digits.png`, fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('fits a 390 px wide phone without sideways scrolling', async () => {
    for (const path of ['/lessons', '/lessons/vanishing-gradient', '/lessons/digits']) {
      const { page, problems } = await openPage(harness, path, { width: 390, height: 844 });
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(await overflow(page), path).toBeLessThanOrEqual(0);
      expect(problems).toEqual([]);
      await page.close();
    }
  });
});
