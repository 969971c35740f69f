import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness } from './harness.js';
import { openPage, RESULTS_DIR, startHarness, URL_CHANGE } from './harness.js';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness?.close());

describe('the backprop page', () => {
  it('steps to the update from the keyboard, compares with ReLU and keeps the step on reload', async () => {
    const { page, problems } = await openPage(harness, '/backprop');
    await page.getByRole('heading', { name: 'Backpropagation, step by step' }).waitFor();
    const stepHeading = page.locator('#backprop-step');
    expect(await stepHeading.textContent()).toBe('Forward pass');
    await page.getByRole('button', { name: 'Step ▶' }).focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.searchParams.get('step') === '3', URL_CHANGE);
    expect(await stepHeading.textContent()).toBe('Update');
    // KaTeX typesets the update rule with its numbers.
    const formula = page.getByRole('group', { name: 'Formula 1 of this step' });
    await formula.locator('.katex').waitFor();
    expect(await formula.locator('.katex-mathml').textContent()).toContain('0.5926');
    expect(await page.getByTestId('focus').textContent()).toContain(
      'Highlighted: the weights and bias into the neuron.',
    );
    expect(await page.locator('svg.backprop-diagram [data-current="true"]').count()).toBe(1);

    const compare = page.getByRole('button', { name: 'Compare with ReLU' });
    await compare.focus();
    await page.keyboard.press('Space');
    await page.waitForURL((u) => u.searchParams.get('cmp') === '1', URL_CHANGE);
    const sigmoidSlope = Number(await page.getByTestId('slope-current').textContent());
    const reluSlope = Number(await page.getByTestId('slope-relu').textContent());
    expect(sigmoidSlope).toBeCloseTo(0.2378, 4);
    expect(reluSlope).toBeGreaterThan(sigmoidSlope);
    expect(await page.getByTestId('compare-verdict').textContent()).toMatch(/4\.21 times larger/);
    await page.screenshot({ path: `${RESULTS_DIR}backprop.png`, fullPage: true });

    await page.reload();
    await page.getByRole('heading', { name: 'Backpropagation, step by step' }).waitFor();
    expect(await stepHeading.textContent()).toBe('Update');
    expect(await page.getByText('Step 4 of 5').count()).toBe(1);
    expect(await page.getByTestId('slope-relu').textContent()).toBe('1');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('fits a 390-pixel-wide phone with a hidden layer', async () => {
    const { page, problems } = await openPage(harness, '/backprop?x=1,0.5&h=3,2&step=4', {
      width: 390,
      height: 844,
    });
    await page.getByTestId('focus').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await page.screenshot({ path: `${RESULTS_DIR}backprop-phone.png`, fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });
});
