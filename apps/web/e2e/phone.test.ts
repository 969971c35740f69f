/**
 * On a phone (375 x 740): the Explorer's picker comes before its plot, no page runs off the right
 * edge (full-precision digits wrap), the Playground's Play button stays in view beside the output
 * map, and a lesson's decision map keeps its square plane square.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness } from './harness.js';
import { openPage, startHarness } from './harness.js';

const PHONE = { width: 375, height: 740 };

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness?.close());

describe('on a phone', () => {
  it('puts the Explorer picker above the plot and keeps every digit on screen', async () => {
    const { page } = await openPage(harness, '/?fn=sigmoid,gelu&x=0.123456789', PHONE);
    const picker = page.getByRole('group', { name: 'Functions' });
    const plot = page.getByRole('img', { name: /^Plot of / });
    await plot.waitFor();
    const [p, q] = [await picker.boundingBox(), await plot.boundingBox()];
    expect(p && q && p.y < q.y).toBe(true);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('keeps the Playground Play button in view when the output map is scrolled to', async () => {
    const { page } = await openPage(harness, '/playground?speed=0', PHONE);
    const map = page.getByRole('heading', { name: 'Output' });
    await map.scrollIntoViewIfNeeded();
    const play = page.getByRole('button', { name: 'Play' });
    const box = await play.boundingBox();
    expect(box).not.toBeNull();
    expect((box?.y ?? -1) >= 0 && (box?.y ?? 9999) < PHONE.height).toBe(true);
    await page.close();
  });
});
