import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { App } from './app.js';
import { KEYS, frameWhere, press, ready, widest } from './test/keys.js';
import { initialShell, shellReducer } from './state/shell.js';

describe('the shell reducer', () => {
  it('cycles screens both ways and jumps to one, closing the help', () => {
    const s = initialShell();
    expect(shellReducer(s, { type: 'next' }).screen).toBe('softmax');
    expect(shellReducer(s, { type: 'previous' }).screen).toBe('lessons');
    const help = shellReducer(s, { type: 'toggle-help' });
    expect(help.help).toBe(true);
    expect(shellReducer(help, { type: 'go', screen: 'train' })).toEqual({
      screen: 'train',
      help: false,
    });
    expect(shellReducer(help, { type: 'close-help' }).help).toBe(false);
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
    await press(stdin, KEYS.escape);
    await frameWhere(lastFrame, (f) => !f.includes('Keys everywhere') && f.includes('83.83%'));
    unmount();
  });

  it('asks for a bigger terminal when it is too small', async () => {
    const { lastFrame, unmount } = render(<App version="test" size={{ columns: 50, rows: 12 }} />);
    await ready(lastFrame);
    expect(lastFrame()).toContain('at least 60x16; this one is 50x12');
    unmount();
  });
});
