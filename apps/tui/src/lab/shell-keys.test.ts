import { describe, expect, it } from 'vitest';
import type { ShellKeyContext } from './shell-keys.js';
import { digitKeys, isShellKey, screenOfDigit, shellCommand, shellKeyHelp } from './shell-keys.js';

const context = (over: Partial<ShellKeyContext> = {}): ShellKeyContext => ({
  count: 4,
  help: false,
  typing: false,
  helpPage: 5,
  helpMax: 7,
  ...over,
});

describe("the shell's keys", () => {
  it.each([1, 2, 4, 6, 9])(
    'with %i screens, the digits 1 to N go to the screens and no other',
    (n) => {
      for (let d = 0; d <= 9; d++) {
        const command = shellCommand(String(d), {}, context({ count: n }));
        if (d >= 1 && d <= n) expect(command).toEqual({ type: 'go', screen: d - 1 });
        else expect(command).toBeUndefined();
        expect(isShellKey(String(d), n)).toBe(d >= 1 && d <= n);
      }
      expect(digitKeys(n).split(' ')).toEqual(Array.from({ length: n }, (_, i) => String(i + 1)));
    },
  );

  it('quits on q, opens the help on ?, and moves with Tab and Shift+Tab', () => {
    expect(shellCommand('q', {}, context())).toEqual({ type: 'quit' });
    expect(shellCommand('?', {}, context())).toEqual({ type: 'toggle-help' });
    expect(shellCommand('\t', { tab: true }, context())).toEqual({ type: 'next' });
    expect(shellCommand('', { tab: true, shift: true }, context())).toEqual({ type: 'previous' });
    expect(isShellKey('q', 4) && isShellKey('?', 4)).toBe(true);
    expect(isShellKey('a', 4)).toBe(false);
  });

  it('leaves letters, digits and ? to a screen that is typing, but not Tab', () => {
    const typing = context({ typing: true });
    for (const input of ['q', '?', '1', '4'])
      expect(shellCommand(input, {}, typing)).toBeUndefined();
    expect(shellCommand('', { tab: true }, typing)).toEqual({ type: 'next' });
  });

  it('in the help: closes on Esc or ?, scrolls by a line or a page, quits on q, and takes nothing else', () => {
    const help = context({ help: true });
    expect(shellCommand('', { escape: true }, help)).toEqual({ type: 'close-help' });
    expect(shellCommand('?', {}, help)).toEqual({ type: 'close-help' });
    expect(shellCommand('', { downArrow: true }, help)).toEqual({
      type: 'scroll-help',
      by: 1,
      max: 7,
    });
    expect(shellCommand('', { pageUp: true }, help)).toEqual({
      type: 'scroll-help',
      by: -5,
      max: 7,
    });
    expect(shellCommand('q', {}, help)).toEqual({ type: 'quit' });
    expect(shellCommand('2', {}, help)).toBeUndefined();
    expect(shellCommand('', { tab: true }, help)).toBeUndefined();
  });

  it('reads digits 1 to 9 only', () => {
    expect(screenOfDigit('1', 12)).toBe(0);
    expect(screenOfDigit('10', 12)).toBeUndefined();
    expect(screenOfDigit('0', 12)).toBeUndefined();
  });

  it('describes the digit keys with the titles given', () => {
    const help = shellKeyHelp(['A', 'B', 'C']);
    expect(help).toContainEqual({ keys: '1 2 3', does: 'A, B, C' });
  });
});
