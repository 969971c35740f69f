import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness } from './harness.js';
import { openPage, RESULTS_DIR, startHarness, URL_CHANGE } from './harness.js';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness?.close());

describe('the neuron page', () => {
  it('loads cleanly with a step neuron that fires', async () => {
    const { page, problems } = await openPage(harness, '/neuron');
    await page.getByRole('heading', { name: 'One neuron' }).waitFor();
    expect(await page.getByTestId('verdict').textContent()).toContain('The neuron fires.');
    expect(await page.getByText('z = w₁x₁ + w₂x₂ + w₃x₃ + b').count()).toBe(1);
    await page.screenshot({ path: `${RESULTS_DIR}neuron.png`, fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('works from the keyboard and keeps its state in the URL across a reload', async () => {
    const { page, problems } = await openPage(harness, '/neuron');
    const slider = page.getByLabel('w₁ (weight 1) slider');
    await slider.focus();
    await page.keyboard.press('Home');
    await page.waitForURL((u) => u.searchParams.get('w') === '-3,0.4,0.2', URL_CHANGE);
    expect(await page.getByTestId('verdict').textContent()).toContain('does not fire');
    const select = page.getByLabel('Activation');
    await select.focus();
    await select.selectOption('sigmoid');
    await page.waitForURL((u) => u.searchParams.get('fn') === 'sigmoid', URL_CHANGE);
    await page.reload();
    expect(await page.getByLabel('Activation').inputValue()).toBe('sigmoid');
    expect(await page.getByLabel('w₁ (weight 1)', { exact: true }).inputValue()).toBe('-3');
    expect(await page.getByTestId('verdict').textContent()).toContain('does not fire');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('fits a 390-pixel-wide phone without sideways scrolling', async () => {
    const { page, problems } = await openPage(harness, '/neuron?x=1,-2,3,0.5,-1&w=1,-1,2,0.5,3', {
      width: 390,
      height: 844,
    });
    await page.getByRole('heading', { name: 'One neuron' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await page.screenshot({ path: `${RESULTS_DIR}neuron-phone.png`, fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });
});
