/**
 * The registry is the one list of screens: the tab bar, the digit keys, the footer and the help
 * overlay of the running lab all follow it.
 */
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { App, GLOBAL_KEYS } from '../app.js';
import { mainHelp } from '../../commands/help.js';
import { frameWhere, press, ready } from '../test/keys.js';
import { SCREENS, SCREEN_IDS, screenDigit, screenIndex } from './registry.js';

const SIZE = { columns: 120, rows: 40 };
const titles = SCREENS.map((s) => s.title);

describe('the screen registry', () => {
  it('gives every screen an id and a title of its own, and at most nine screens', () => {
    expect(new Set(SCREEN_IDS).size).toBe(SCREENS.length);
    expect(new Set(titles).size).toBe(SCREENS.length);
    expect(SCREENS.length).toBeLessThanOrEqual(9);
    SCREEN_IDS.forEach((id, i) => expect(screenIndex(id)).toBe(i));
    expect(screenIndex('nope')).toBeUndefined();
  });

  it("lists exactly the registry's screens, numbered 1 to N, in the help's shell keys", () => {
    const digits = GLOBAL_KEYS.find((k) => /^\d( \d)*$/.test(k.keys));
    expect(digits).toEqual({
      keys: SCREENS.map((_, i) => screenDigit(i)).join(' '),
      does: titles.join(', '),
    });
  });

  it('shows a tab per registered screen with its number, and each digit opens its screen', async () => {
    const app = render(<App version="test" size={SIZE} />);
    const first = await ready(app.lastFrame, (f) => f.includes('actlab'));
    const header = first.split('\n')[0] ?? '';
    const tabs = [...header.matchAll(/\[?(\d) (\w+)\]?/g)].map((m) => [Number(m[1]), m[2]]);
    expect(tabs).toEqual(SCREENS.map((s, i) => [screenDigit(i), s.title]));
    for (let i = SCREENS.length - 1; i >= 0; i--) {
      const screen = SCREENS[i] as (typeof SCREENS)[number];
      await press(app.stdin, String(screenDigit(i)));
      const frame = await frameWhere(app.lastFrame, (f) =>
        (f.split('\n')[0] ?? '').includes(`[${screenDigit(i)} ${screen.title}]`),
      );
      // The footer is the shown screen's first keys.
      const footer = frame.trimEnd().split('\n').at(-1) ?? '';
      expect(footer.startsWith(`${screen.keys[0]?.keys} ${screen.keys[0]?.does}`)).toBe(true);
    }
    await press(app.stdin, '?');
    const help = await frameWhere(app.lastFrame, (f) => f.includes('Keys everywhere'));
    expect(help).toContain(titles.join(', '));
    expect(help).toContain(`Keys on ${SCREENS[0]?.title}`);
    app.unmount();
  });

  it("is what the command line's help names for actlab ui, in tab order", () => {
    // The commands cannot import the registry (it would load Ink on every command), so the help
    // spells the screens out; this keeps the two from drifting apart.
    const line =
      mainHelp({}, '0')
        .split('\n')
        .find((l) => l.includes('actlab ui [screen]')) ?? '';
    const named = line.match(/\b[a-z]+\b/g)?.filter((w) => SCREEN_IDS.includes(w as never)) ?? [];
    expect(named).toEqual([...SCREEN_IDS]);
  });
});
