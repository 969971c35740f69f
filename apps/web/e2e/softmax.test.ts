import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness } from './harness.js';
import { openPage, RESULTS_DIR, startHarness, URL_CHANGE } from './harness.js';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness?.close());

const COURSE = '/softmax?logits=2.33,-1.46,0.56&t=1';

describe('the softmax page', () => {
  it("loads cleanly and shows the course's example", async () => {
    const { page, problems } = await openPage(harness, COURSE);
    const bars = page.getByRole('list', { name: 'Softmax probabilities' });
    await bars.waitFor();
    expect(await bars.getByRole('listitem').allTextContents()).toEqual([
      'Class 1 (true): 83.83%',
      'Class 2: 1.89%',
      'Class 3: 14.28%',
    ]);
    await page.screenshot({ path: `${RESULTS_DIR}softmax.png`, fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('works from the keyboard: a logit, the true class and the logits-of-1000 button', async () => {
    const { page, problems } = await openPage(harness, COURSE);
    const field = page.getByLabel('Class 2 logit');
    await field.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('0.56');
    await page.waitForURL((u) => u.searchParams.get('logits') === '2.33,0.56,0.56', URL_CHANGE);
    await page.getByRole('radio', { name: 'Class 1' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForURL((u) => u.searchParams.get('true') === '1', URL_CHANGE);
    await page.getByRole('button', { name: /Try logits of 1000/ }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(
      (u) => u.searchParams.get('logits') === '1002.33,1000.56,1000.56',
      URL_CHANGE,
    );
    expect(await page.getByTestId('naive-sum').textContent()).toBe('Infinity');
    await page.reload();
    expect(await page.getByLabel('Class 1 logit').inputValue()).toBe('1002.33');
    expect(await page.getByRole('radio', { name: 'Class 2' }).isChecked()).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('fits a 390-pixel-wide phone without sideways scrolling', async () => {
    const { page, problems } = await openPage(
      harness,
      '/softmax?logits=1002.33,-1.46,0.56,5,3,2,5,-1000&t=0.7&true=7',
      { width: 390, height: 844 },
    );
    await page.getByRole('heading', { level: 1, name: 'Softmax' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await page.screenshot({ path: `${RESULTS_DIR}softmax-phone.png`, fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });
});
