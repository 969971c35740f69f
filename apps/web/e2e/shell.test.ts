import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness } from './harness.js';
import { openPage, RESULTS_DIR, startHarness, URL_CHANGE } from './harness.js';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness?.close());

describe('the shell', () => {
  it('navigates between pages without reloading and marks the current one', async () => {
    const { page, problems } = await openPage(harness, '/');
    const nav = page.getByRole('navigation', { name: 'Pages' });
    await nav.getByRole('link', { name: 'Softmax' }).click();
    await page.waitForURL('**/softmax', URL_CHANGE);
    expect(await nav.getByRole('link', { name: 'Softmax' }).getAttribute('aria-current')).toBe(
      'page',
    );
    await page.goBack();
    await page.waitForURL((u) => u.pathname === '/', URL_CHANGE);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('says plainly when a page does not exist', async () => {
    const { page } = await openPage(harness, '/nowhere');
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    await page.screenshot({ path: `${RESULTS_DIR}not-found.png` });
    await page.close();
  });
});
