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

  it('changes a weight by dragging its connection and a bias from the keyboard, formulas following', async () => {
    const { page, problems } = await openPage(harness, '/backprop');
    const w = (u: URL) => u.searchParams.get('w');
    const w1 = page.getByRole('slider', { name: /^weight from x₁ to the neuron: / });
    const box = await w1.boundingBox();
    if (!box) throw new Error('the connection x₁ → neuron has no box');
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    // Pointer capture keeps the drag going far off the thin line: 30 px up raises w₁ by 0.3.
    await page.mouse.move(x + 120, y - 15, { steps: 3 });
    await page.mouse.move(x + 200, y - 30, { steps: 3 });
    const formula = page.getByRole('group', { name: 'Formula 1 of this step' });
    // Live while the button is still down: the forward formula already uses w₁ = 0.8.
    await page.waitForFunction(() =>
      document.querySelector('.step-formulas')?.textContent?.includes('0.8 \\cdot 1'),
    );
    await page.mouse.up();
    await page.waitForURL((u) => w(u) === '0.8,-0.3,0.1', URL_CHANGE);
    expect(await page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe('');
    expect(await formula.locator('.katex-mathml').textContent()).toContain('0.75');

    await page.getByRole('slider', { name: 'bias of the neuron: 0.1' }).focus();
    await page.keyboard.press('ArrowUp');
    await page.waitForURL((u) => w(u) === '0.8,-0.3,0.2', URL_CHANGE);
    await page.keyboard.press('Shift+ArrowDown');
    await page.waitForURL((u) => w(u) === '0.8,-0.3,0.19', URL_CHANGE);
    expect(await page.getByRole('textbox', { name: /bias of the neuron/ }).inputValue()).toBe(
      '0.19',
    );
    expect(problems).toEqual([]);
    await page.close();
  });

  it('traces a typed formula, shows its derivative and keeps it on reload', async () => {
    const { page, problems } = await openPage(harness, '/backprop?step=2');
    await page.getByLabel('Activation', { exact: true }).selectOption('formula');
    const field = page.getByLabel('Activation: formula');
    await field.fill('x * sigmoid(x)');
    await page.waitForURL(
      (u) => u.searchParams.get('act') === 'formula:x * sigmoid(x)',
      URL_CHANGE,
    );
    const slope = page.getByRole('group', { name: 'Formula 2 of this step' });
    await slope.locator('.katex').waitFor();
    expect(await slope.locator('.katex-mathml').textContent()).toContain('\\sigma(x) + x');
    await field.fill('x * sigmod(x)');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByText(/keeps the last formula that worked/).count()).toBe(1);
    expect(new URL(page.url()).searchParams.get('act')).toBe('formula:x * sigmoid(x)');
    await page.reload();
    await page.getByLabel('Activation: formula').waitFor();
    expect(await page.getByLabel('Activation: formula').inputValue()).toBe('x * sigmoid(x)');
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
