import { describe, expect, it } from 'vitest';
import { initialShell, shellReducer } from './shell.js';

describe('the shell reducer', () => {
  it('cycles screens both ways and jumps to one, closing the help', () => {
    const s = initialShell(4);
    expect(shellReducer(s, { type: 'next' }).screen).toBe(1);
    expect(shellReducer(s, { type: 'previous' }).screen).toBe(3);
    const help = shellReducer(s, { type: 'toggle-help' });
    expect(help.help).toBe(true);
    expect(shellReducer(help, { type: 'go', screen: 2 })).toEqual({
      screen: 2,
      count: 4,
      help: false,
      helpScroll: 0,
    });
    expect(shellReducer(help, { type: 'close-help' }).help).toBe(false);
  });

  it('wraps around however many screens there are, and ignores a screen that is not there', () => {
    const six = initialShell(6, 5);
    expect(shellReducer(six, { type: 'next' }).screen).toBe(0);
    expect(shellReducer(initialShell(6), { type: 'previous' }).screen).toBe(5);
    expect(shellReducer(six, { type: 'go', screen: 6 })).toBe(six);
    expect(shellReducer(six, { type: 'go', screen: -1 })).toBe(six);
  });

  it('scrolls the help within its lines, and starts it at the top each time', () => {
    const open = shellReducer(initialShell(4), { type: 'toggle-help' });
    const down = shellReducer(open, { type: 'scroll-help', by: 5, max: 3 });
    expect(down.helpScroll).toBe(3);
    expect(shellReducer(down, { type: 'scroll-help', by: -10, max: 3 }).helpScroll).toBe(0);
    expect(shellReducer(down, { type: 'scroll-help', by: 1, max: 3 })).toBe(down);
    const reopened = shellReducer(shellReducer(down, { type: 'close-help' }), {
      type: 'toggle-help',
    });
    expect(reopened.helpScroll).toBe(0);
    expect(shellReducer(down, { type: 'next' }).helpScroll).toBe(0);
  });
});
