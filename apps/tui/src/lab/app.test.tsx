import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { App } from './app.js';
import { helpWindow } from './components/HelpOverlay.js';
import { KEYS, frameWhere, press, ready, widest } from './test/keys.js';

describe('the help window', () => {
  it('shows every line when they fit, and otherwise a page and a line saying what is left', () => {
    expect(helpWindow(10, 12)).toEqual({ from: 0, to: 10, page: 10, maxScroll: 0 });
    // 13 rows: 11 inside the border, 10 of them lines and one saying what is above and below.
    expect(helpWindow(19, 13)).toEqual({ from: 0, to: 10, page: 10, maxScroll: 9 });
    expect(helpWindow(19, 13, 4)).toMatchObject({ from: 4, to: 14 });
    expect(helpWindow(19, 13, 99)).toMatchObject({ from: 9, to: 19 });
  });
});

describe('the lab', () => {
  const size = { columns: 80, rows: 24 };

  it('shows the tabs, the screen and its keys in 80x24', async () => {
    const { lastFrame, unmount } = render(<App version="test" size={size} />);
    await ready(lastFrame);
    const frame = lastFrame() ?? '';
    expect(frame.split('\n')[0]).toContain('[1 Explore]');
    expect(frame).toContain('Sigmoid');
    expect(frame.split('\n').at(-1)).toContain('letters filter the list');
    expect(frame.split('\n').length).toBeLessThanOrEqual(23);
    expect(widest(frame)).toBeLessThanOrEqual(80);
    unmount();
  });

  it('switches screens by number and Tab, keeping each screen as it was left', async () => {
    const { lastFrame, stdin, unmount } = render(<App version="test" size={size} />);
    await ready(lastFrame);
    await press(stdin, 't', 'a', 'n', 'h', KEYS.down);
    await frameWhere(lastFrame, (f) => /› +tanh /.test(f));
    // While the filter holds text, digits are the filter's, so Tab moves on.
    await press(stdin, KEYS.tab);
    await frameWhere(lastFrame, (f) => f.includes('[2 Softmax]') && f.includes('83.83%'));
    await press(stdin, KEYS.shiftTab);
    await frameWhere(lastFrame, (f) => f.includes('[1 Explore]') && /› +tanh /.test(f));
    await press(stdin, KEYS.escape);
    await frameWhere(lastFrame, (f) => f.includes('type to filter'));
    await press(stdin, '3');
    await frameWhere(lastFrame, (f) => f.includes('[3 Train]'));
    await press(stdin, '4');
    await frameWhere(lastFrame, (f) => f.includes('[4 Lessons]'));
    unmount();
  });

  it('opens and closes the help listing the shell keys and the screen keys', async () => {
    const { lastFrame, stdin, unmount } = render(
      <App version="test" size={size} initialScreen="softmax" />,
    );
    await ready(lastFrame);
    await press(stdin, '?');
    const frame = await frameWhere(lastFrame, (f) => f.includes('Keys everywhere'));
    expect(frame).toContain('Keys everywhere');
    expect(frame).toContain('Keys on Softmax');
    expect(frame).toContain('Tab / Shift+Tab');
    expect(frame).toContain('the temperature');
    // At 80x24 everything fits: nothing to scroll.
    expect(frame).not.toContain('PgUp/PgDn scroll');
    await press(stdin, KEYS.escape);
    await frameWhere(lastFrame, (f) => !f.includes('Keys everywhere') && f.includes('83.83%'));
    unmount();
  });

  it('scrolls a help longer than a small terminal, without lines drawn over each other', async () => {
    const { lastFrame, stdin, unmount } = render(
      <App version="test" size={{ columns: 60, rows: 16 }} />,
    );
    await ready(lastFrame);
    await press(stdin, '?');
    // Each row inside the border: one whole line of the help, or the line saying what is left.
    const inside = (f: string): string[] =>
      f
        .split('\n')
        .filter((l) => l.startsWith('│'))
        .map((l) => l.slice(1, -1).trim());
    const first = await frameWhere(lastFrame, (f) => f.includes('Keys everywhere'));
    expect(inside(first)).toHaveLength(11);
    expect(inside(first).at(-1)).toMatch(/^↓ \d+ more · ↑\/↓ PgUp\/PgDn scroll$/);
    // Five titles run past 56 columns: the line is cut with an ellipsis, never wrapped over the next.
    expect(inside(first)).toContain('1 2 3 4 5        Explore, Softmax, Train, Lessons, Ba…');
    expect(first).not.toContain('Backspace / Esc');

    await press(stdin, KEYS.down, KEYS.down);
    const scrolled = await frameWhere(lastFrame, (f) => f.includes('↑ 2 above'));
    expect(scrolled).not.toContain('Keys everywhere');

    await press(stdin, '\u001B[6~');
    const end = await frameWhere(lastFrame, (f) => f.includes('Backspace / Esc'));
    expect(inside(end).at(-1)).toMatch(/^↑ \d+ above · ↑\/↓ PgUp\/PgDn scroll$/);
    expect(inside(end).at(-2)).toBe('Backspace / Esc  edit / clear the filter');
    expect(widest(end)).toBeLessThanOrEqual(60);

    await press(stdin, KEYS.escape);
    await frameWhere(lastFrame, (f) => !f.includes('Keys everywhere') && f.includes('Sigmoid'));
    unmount();
  });

  it('asks for a bigger terminal when it is too small', async () => {
    const { lastFrame, unmount } = render(<App version="test" size={{ columns: 50, rows: 12 }} />);
    await ready(lastFrame);
    expect(lastFrame()).toContain('at least 60x16; this one is 50x12');
    unmount();
  });
});
