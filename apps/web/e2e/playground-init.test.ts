import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness } from './harness.js';
import { openPage, startHarness, URL_CHANGE } from './harness.js';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness?.close());

/** The number shown in a readout. */
async function readout(page: Page, id: string): Promise<number> {
  return Number(await page.getByTestId(id).textContent());
}

describe('the playground’s variance-preserving initialization', () => {
  it('is chosen from the select, lands in the URL and trains', async () => {
    const { page, problems } = await openPage(harness, '/playground?speed=0');
    await page.getByRole('heading', { name: 'Training playground' }).waitFor();
    await page
      .getByLabel('Initial weights')
      .selectOption({ label: 'Variance-preserving gain (for this activation)' });
    await page.waitForURL(/init=preserving/, URL_CHANGE);
    // tanh's gain: 1 / sqrt(E[tanh(z)^2]) = 1.593.
    await page.getByText(/Normal weights with std 1\.593 \/ √fan-in/).waitFor();
    await page.waitForFunction(() =>
      Number.isFinite(Number(document.querySelector('[data-testid="train-loss"]')?.textContent)),
    );
    const before = await readout(page, 'train-loss');
    await page.getByRole('button', { name: 'Play' }).click();
    await page.waitForFunction(
      () => Number(document.querySelector('[data-testid="epoch"]')?.textContent) >= 30,
      undefined,
      { timeout: 10_000 },
    );
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('button', { name: 'Play' }).waitFor();
    expect(await readout(page, 'train-loss')).toBeLessThan(before);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('opens from a link with ReLU layers and its own gain', async () => {
    const { page, problems } = await openPage(harness, '/playground?init=preserving&act=relu');
    expect(await page.getByLabel('Initial weights').inputValue()).toBe('preserving');
    await page.getByText(/Normal weights with std 1\.414 \/ √fan-in/).waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });
});
