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

/** Frames per second over two seconds, counted with requestAnimationFrame (reported, not asserted). */
function framesPerSecond(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let frames = 0;
        const start = performance.now();
        const count = () => {
          frames++;
          if (performance.now() - start < 2000) requestAnimationFrame(count);
          else resolve((frames * 1000) / (performance.now() - start));
        };
        requestAnimationFrame(count);
      }),
  );
}

describe('the playground', () => {
  it('loads cleanly, trains (epochs rise, loss falls) and keeps a screenshot', async () => {
    const { page, problems } = await openPage(harness, '/playground');
    await page.getByRole('heading', { name: 'Training playground' }).waitFor();
    // The first snapshot (epoch 0) shows the untrained loss.
    await page.waitForFunction(() => {
      const text = document.querySelector('[data-testid="train-loss"]')?.textContent ?? 'NaN';
      return Number.isFinite(Number(text));
    });
    const before = await readout(page, 'train-loss');
    const idleFps = await framesPerSecond(page);
    await page.getByRole('button', { name: 'Play' }).click();
    await page.waitForFunction(
      () => Number(document.querySelector('[data-testid="epoch"]')?.textContent) >= 40,
      undefined,
      { timeout: 5000 },
    );
    const fps = await framesPerSecond(page);
    const epochsBefore = await readout(page, 'epoch');
    await page.waitForTimeout(1000);
    const epochsPerSecond = (await readout(page, 'epoch')) - epochsBefore;
    console.log(
      `playground: ${fps.toFixed(1)} frames/s while training (${idleFps.toFixed(1)} idle), ${epochsPerSecond} epochs/s at the default speed`,
    );
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('button', { name: 'Play' }).waitFor();
    const after = await readout(page, 'train-loss');
    expect(after).toBeLessThan(before);
    await page.screenshot({ path: `${RESULTS_DIR}playground.png`, fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('exports a model and imports it back unchanged', async () => {
    const { page, problems } = await openPage(harness, '/playground?speed=0');
    await page.getByRole('button', { name: 'Play' }).click();
    await page.waitForFunction(
      () => Number(document.querySelector('[data-testid="epoch"]')?.textContent) >= 20,
    );
    const start = await readout(page, 'epoch');
    const fps = await framesPerSecond(page);
    const rate = ((await readout(page, 'epoch')) - start) / 2;
    console.log(`playground: ${rate} epochs/s as fast as possible, ${fps.toFixed(1)} frames/s`);
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('button', { name: 'Play' }).waitFor();
    const exported = page.getByLabel('Exported model (actlab.mlp/1 JSON)');
    await page.getByRole('button', { name: 'Export model' }).click();
    await page.waitForFunction(
      () => (document.querySelector('textarea[readonly]') as HTMLTextAreaElement).value !== '',
    );
    const first = await exported.inputValue();
    expect(JSON.parse(first).format).toBe('actlab.mlp/1');

    // Fresh weights, then the exported ones back.
    await page.getByRole('button', { name: 'Reset' }).click();
    await page.getByLabel('Model to import (paste JSON)').fill(first);
    await page.getByRole('button', { name: 'Import model' }).click();
    await page.getByText('Model loaded.').waitFor();
    await page.getByRole('button', { name: 'Export model' }).click();
    await page.waitForFunction(
      () => (document.querySelector('textarea[readonly]') as HTMLTextAreaElement).value !== '',
    );
    expect(await exported.inputValue()).toBe(first);

    // A broken model is refused inline, naming the field.
    await page.getByLabel('Model to import (paste JSON)').fill('{"format":"actlab.mlp/1"}');
    await page.getByRole('button', { name: 'Import model' }).click();
    await page.getByRole('alert').filter({ hasText: 'inputSize' }).waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });

  it('separates circle with no hidden layer on the features x1² and x2²', async () => {
    const { page, problems } = await openPage(
      harness,
      '/playground?dataset=circle&hidden=0&inputs=x1sq,x2sq',
    );
    await page.getByRole('heading', { name: 'Training playground' }).waitFor();
    expect(await page.getByRole('checkbox', { name: 'x1²' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'x1', exact: true }).isChecked()).toBe(false);
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
    await page.screenshot({ path: `${RESULTS_DIR}playground-features.png`, fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('fits a regression surface, showing R² and its colour scale', async () => {
    const { page, problems } = await openPage(harness, '/playground?dataset=multi-gauss&speed=0');
    await page.getByRole('heading', { name: 'Training playground' }).waitFor();
    await page.getByTestId('value-legend').waitFor();
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
    expect(Number.isFinite(await readout(page, 'train-r2'))).toBe(true);
    await page.screenshot({ path: `${RESULTS_DIR}playground-regression.png`, fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('fits a 390 px wide phone screen without sideways scrolling', async () => {
    const { page, problems } = await openPage(harness, '/playground', { width: 390, height: 844 });
    await page.getByRole('heading', { name: 'Training playground' }).waitFor();
    await page.getByTestId('epoch').waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${RESULTS_DIR}playground-390.png`, fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });
});
