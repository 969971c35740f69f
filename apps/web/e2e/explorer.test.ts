import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness } from './harness.js';
import { openPage, RESULTS_DIR, startHarness, URL_CHANGE } from './harness.js';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness?.close());

describe('the explorer', () => {
  it('shows sigmoid(2) and its derivative to 8 significant digits, typeset, with a clean console', async () => {
    const { page, problems } = await openPage(harness, '/?fn=sigmoid&x=2');
    await page.getByText('0.88079708', { exact: true }).waitFor();
    await page.getByText('0.10499359', { exact: true }).waitFor();
    const text = await page.locator('main').innerText();
    expect(text).toContain('0.88079708');
    expect(text).toContain('0.10499359');
    // KaTeX arrives lazily and replaces the LaTeX source.
    await page.locator('.katex').first().waitFor();
    await page.getByText(/Shaded bands: where \|f′\(x\)\| < 0.05 for Sigmoid/).waitFor();
    await page.screenshot({ path: `${RESULTS_DIR}explorer.png`, fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('overlays several functions with a shared parameter and a per-function override', async () => {
    const { page, problems } = await openPage(
      harness,
      '/?fn=relu,gelu,leaky_relu,elu&alpha=0.2&elu.alpha=0.5&x=-1',
    );
    const legend = page.getByRole('list', { name: 'Legend' });
    for (const name of ['ReLU', 'GELU', 'Leaky ReLU', 'ELU']) {
      await legend.getByText(name, { exact: false }).first().waitFor();
    }
    expect(await page.getByLabel('Leaky ReLU alpha', { exact: true }).inputValue()).toBe('0.2');
    expect(await page.getByLabel('ELU alpha', { exact: true }).inputValue()).toBe('0.5');
    // leaky_relu(-1) = -0.2; elu(-1) = 0.5 (e^-1 - 1).
    await page.getByText('-0.2', { exact: true }).waitFor();
    await page.getByText('-0.3160602794', { exact: false }).waitFor();
    await page.getByText('relu′(0) = 0', { exact: true }).waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });

  it('zooms and pans from the keyboard and keeps the window in the URL', async () => {
    const { page, problems } = await openPage(harness, '/?fn=tanh');
    const plot = page.getByRole('group', { name: /^Plot:/ });
    await plot.focus();
    await page.keyboard.press('+');
    await page.waitForURL((u) => u.searchParams.get('xmax') === '4.8', URL_CHANGE);
    expect(new URL(page.url()).searchParams.get('xmin')).toBe('-4.8');
    await page.keyboard.press('ArrowRight');
    await page.waitForURL((u) => u.searchParams.get('xmin') === '-3.84', URL_CHANGE);
    await page.keyboard.press('0');
    await page.waitForURL((u) => !u.searchParams.has('xmin'), URL_CHANGE);
    await page.reload();
    await page.getByRole('group', { name: /^Plot:/ }).waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });

  it('pans by dragging, zooms with the wheel, reads values under the cursor and picks x on click', async () => {
    const { page, problems } = await openPage(harness, '/?fn=sigmoid');
    // Measure the plot once the lazily typeset formulas are in, so the layout no longer moves.
    await page.locator('.katex').first().waitFor();
    const canvas = page.locator('.explorer-canvas canvas');
    const box = await canvas.boundingBox();
    if (!box) throw new Error('the plot has no box');
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    await page.mouse.move(cx, cy);
    await page.getByText(/^Sigmoid: f = [\d.]+, f′ = [\d.]+$/).waitFor();
    await page.mouse.click(cx, cy);
    await page.waitForURL((u) => u.searchParams.has('x'), URL_CHANGE);
    await page.mouse.down();
    await page.mouse.move(cx - 120, cy, { steps: 6 });
    await page.mouse.up();
    // Number(null) is 0, so a URL without xmin must not count as panned: the drag's write is
    // throttled, and the click's URL (no window yet) can still be the current one here.
    await page.waitForURL(
      (u) => u.searchParams.has('xmin') && Number(u.searchParams.get('xmin')) > -6,
      URL_CHANGE,
    );
    const before = new URL(page.url()).searchParams;
    const span = Number(before.get('xmax')) - Number(before.get('xmin'));
    await page.mouse.wheel(0, -300);
    await page.waitForURL(
      (u) => Number(u.searchParams.get('xmax')) - Number(u.searchParams.get('xmin')) < span * 0.9,
      URL_CHANGE,
    );
    expect(problems).toEqual([]);
    await page.close();
  });

  it('fits a 390-pixel phone without horizontal scrolling', async () => {
    const { page, problems } = await openPage(harness, '/?fn=relu,gelu,sigmoid&x=2', {
      width: 390,
      height: 844,
    });
    await page.getByText('0.88079708', { exact: true }).waitFor();
    await page.locator('.katex').first().waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${RESULTS_DIR}explorer-phone.png`, fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('reports invalid link values inline instead of failing', async () => {
    const { page, problems } = await openPage(
      harness,
      '/?fn=relu,softmax,nope&x=abc&xmin=5&xmax=1',
    );
    await page.getByText(/“nope”, which is not an activation/).waitFor();
    await page
      .getByText(/no curve y = f\(x\)/)
      .first()
      .waitFor();
    await page.getByText(/x=abc is not a number/).waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });
});
