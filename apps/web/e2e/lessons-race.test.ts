/**
 * The activation race lesson with a contender of the learner's own: a typed formula from the link
 * races beside the experiment's eight in the lessons' worker and is measured like them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness } from './harness.js';
import { RESULTS_DIR, openPage, startHarness } from './harness.js';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness?.close());

const OWN = 'x * (1 + tanh(x)) / 2';

describe('the activation race with a typed contender', () => {
  it('races the formula from the link and reports it beside the others', async () => {
    const { page, problems } = await openPage(
      harness,
      `/lessons/activation-race?formula=${encodeURIComponent(OWN)}`,
    );
    expect(await page.getByLabel('Your contender: formula').inputValue()).toBe(OWN);
    const started = Date.now();
    await page.getByRole('button', { name: 'Run' }).click();
    const outcome = page.getByRole('region', { name: 'Measured outcome' });
    await outcome.waitFor({ timeout: 90_000 });
    console.log(`race lesson with a typed contender: ${Date.now() - started} ms`);
    expect(
      await outcome.getByRole('rowheader', { name: `${OWN} final loss`, exact: true }).count(),
    ).toBe(1);
    expect(
      await outcome.getByRole('rowheader', { name: 'relu final loss', exact: true }).count(),
    ).toBe(1);
    expect(await outcome.textContent()).toContain(OWN);
    // Nine curves: the eight of the lesson and the learner's.
    const legend = page.locator('.lesson-figure .legend-list li');
    expect(await legend.count()).toBe(9);
    expect(await legend.last().textContent()).toBe(OWN);
    await page.screenshot({ path: `${RESULTS_DIR}lesson-race-formula.png`, fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);
});
