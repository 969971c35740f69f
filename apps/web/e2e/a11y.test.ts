/**
 * Accessibility of every page, checked by axe-core (from node_modules, injected into the page):
 * labels on controls, names on buttons and links, valid ARIA, contrast, landmarks. Each page is
 * checked after it has rendered its main content, in the light and the dark theme.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness } from './harness.js';
import { axeViolations, startHarness } from './harness.js';

/** Each page with text that shows it has rendered. */
const PAGES: readonly [string, RegExp][] = [
  ['/?fn=sigmoid,relu&x=2', /0\.88079708/],
  ['/neuron', /fires/],
  ['/softmax', /83\.83%/],
  ['/backprop', /Highlighted/],
  ['/playground', /Epoch/i],
  ['/gradients', /sigmoid/i],
  ['/lessons', /linear/i],
  ['/lessons/decision-boundary', /boundary/i],
  ['/lessons/digits', /digit/i],
];

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness?.close());

describe('accessibility (axe-core)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`finds no violations on any page in the ${scheme} theme`, async () => {
      const context = await harness.browser.newContext({ colorScheme: scheme });
      const report: string[] = [];
      for (const [path, ready] of PAGES) {
        const page = await context.newPage();
        await page.goto(harness.url + path);
        await page.getByText(ready).first().waitFor();
        report.push(...(await axeViolations(page)).map((v) => `${path}: ${v}`));
        await page.close();
      }
      await context.close();
      expect(report).toEqual([]);
    });
  }

  it('reports an unlabelled control (the check can fail)', async () => {
    const page = await harness.browser.newPage();
    await page.goto(`${harness.url}/softmax`);
    await page
      .getByText(/83\.83%/)
      .first()
      .waitFor();
    await page.evaluate(() =>
      document.querySelector('main')?.append(document.createElement('input')),
    );
    expect((await axeViolations(page)).join('\n')).toMatch(/label/);
    await page.close();
  });
});
