/**
 * A typed formula in the playground, in the browser: a link with one opens the page training with
 * it in the worker, and a formula that does not parse is shown inline while training goes on with
 * the last one that did.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness } from './harness.js';
import { RESULTS_DIR, openPage, startHarness } from './harness.js';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness?.close());

/** The number shown in a readout. */
async function readout(page: Page, id: string): Promise<number> {
  return Number(await page.getByTestId(id).textContent());
}

/** Waits until the epoch readout reaches `n`. */
function epochAtLeast(page: Page, n: number): Promise<unknown> {
  return page.waitForFunction(
    (least) => Number(document.querySelector('[data-testid="epoch"]')?.textContent) >= least,
    n,
    { timeout: 20_000 },
  );
}

/** Waits for the first snapshot (the untrained loss). */
function firstLoss(page: Page): Promise<unknown> {
  return page.waitForFunction(() =>
    Number.isFinite(Number(document.querySelector('[data-testid="train-loss"]')?.textContent)),
  );
}

const MISH = 'x * tanh(softplus(x))';

describe('a typed formula in the playground', () => {
  it('opens from a link (act=formula:<text>) and trains with it: epochs rise, loss falls', async () => {
    const act = encodeURIComponent(`formula:${MISH}`);
    const { page, problems } = await openPage(harness, `/playground?speed=0&act=${act}`);
    await page.getByRole('heading', { name: 'Training playground' }).waitFor();
    for (const layer of [1, 2]) {
      const field = page.getByLabel(`Activation of hidden layer ${layer}: formula`);
      expect(await field.inputValue()).toBe(MISH);
      expect(
        await page.getByLabel(`Activation of hidden layer ${layer}`, { exact: true }).inputValue(),
      ).toBe('formula');
    }
    await firstLoss(page);
    const before = await readout(page, 'train-loss');
    await page.getByRole('button', { name: 'Play' }).click();
    await epochAtLeast(page, 30);
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('button', { name: 'Play' }).waitFor();
    const after = await readout(page, 'train-loss');
    console.log(`playground formula: loss ${before} -> ${after}`);
    expect(after).toBeLessThan(before);
    expect(await page.getByText('This network cannot be trained').count()).toBe(0);
    // The saved model names the formula (normalized) on both hidden layers.
    await page.getByRole('button', { name: 'Export model' }).click();
    const exported = page.getByLabel('Exported model (actlab.mlp/1 JSON)');
    await page.waitForFunction(
      () => (document.querySelector('textarea[readonly]') as HTMLTextAreaElement).value !== '',
    );
    const model = JSON.parse(await exported.inputValue()) as {
      layers: { activation: string }[];
    };
    expect(model.layers.map((l) => l.activation)).toEqual([
      `formula:${MISH}`,
      `formula:${MISH}`,
      'sigmoid',
    ]);
    // The same formula as code, loaded when asked for.
    await page.getByText('Copy the formula as code').first().click();
    const code = page.getByLabel(`PyTorch code for ${MISH}`);
    await code.waitFor();
    expect(await code.textContent()).toMatch(/torch[\s\S]*tanh[\s\S]*softplus/);
    await page.screenshot({ path: `${RESULTS_DIR}playground-formula.png`, fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows an invalid formula’s problem inline and goes on training with the last valid one', async () => {
    const act = encodeURIComponent(`formula:${MISH}`);
    const { page, problems } = await openPage(harness, `/playground?speed=0&hidden=4&act=${act}`);
    const field = page.getByLabel('Activation of hidden layer 1: formula');
    await firstLoss(page);
    const url = page.url();

    // Pasted whole: typed key by key, each valid prefix ("x") would become the activation.
    await field.fill('x * sigmod(x)');
    const message = page.locator('.pg-formula-error');
    await message.waitFor();
    const text = (await message.textContent()) ?? '';
    expect(text).toMatch(/sigmod.*at 4/);
    expect(text).toMatch(/sigmoid/);
    expect(text).toContain(`keeps the last formula that worked: ${MISH}`);
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    // Not colour alone: the place is marked with carets under the text.
    expect(await page.locator('.pg-formula-caret').textContent()).toBe('x * sigmod(x)\n    ^^^^^^');
    // The link, hence the network, still has the valid formula, and training goes on.
    expect(page.url()).toBe(url);
    await page.getByRole('button', { name: 'Play' }).click();
    await epochAtLeast(page, 10);
    await page.getByRole('button', { name: 'Pause' }).click();
    expect(await page.getByText('This network cannot be trained').count()).toBe(0);

    // A valid formula again becomes the layer's activation and lands in the link.
    await field.fill('x * sigmoid(x)');
    await page.waitForFunction(() =>
      new URLSearchParams(window.location.search).get('act')?.startsWith('formula:x * sigmoid(x)'),
    );
    expect(await message.count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });
});
