/**
 * The keys that work on every screen, derived from how many screens there are and what they are
 * called: Tab and Shift+Tab, a digit per screen, `?` for the help and `q` to quit. The shell's key
 * handler, the help overlay and the Explore filter (which leaves these keys to the shell while it
 * is empty) all read them from here, so adding a screen changes none of them.
 */
import type { Key } from 'ink';
import type { KeyHelp } from './screens/screen.js';
import type { ShellAction } from './state/shell.js';

/** Most screens the digit keys can reach (1 to 9). */
const MAX_SCREENS = 9;

/** What a key means to the shell: one of its actions, or quitting. */
export type ShellCommand = ShellAction | { readonly type: 'quit' };

/** What the shell's key mapping needs to know besides the key. */
export interface ShellKeyContext {
  /** How many screens there are. */
  readonly count: number;
  /** Whether the help overlay is open. */
  readonly help: boolean;
  /** Whether the screen is taking typed text (then letters and digits are the screen's). */
  readonly typing: boolean;
  /** Lines a page of the help scrolls, and the furthest it can scroll (see `helpWindow`). */
  readonly helpPage: number;
  readonly helpMax: number;
}

/** The screen a digit key shows (0-based), or undefined when `input` is no screen's digit. */
export function screenOfDigit(input: string, count: number): number | undefined {
  if (!/^[1-9]$/.test(input)) return undefined;
  const n = Number(input);
  return n <= Math.min(count, MAX_SCREENS) ? n - 1 : undefined;
}

/**
 * Whether the shell takes `input` when the screen is not typing: `q`, `?` and each screen's digit.
 * A screen that types text (Explore's filter) leaves these alone until it holds some text.
 */
export function isShellKey(input: string, count: number): boolean {
  return input === 'q' || input === '?' || screenOfDigit(input, count) !== undefined;
}

/** What Ink's key press means to the shell in `context`; undefined when it is not the shell's. */
export function shellCommand(
  input: string,
  key: Partial<Key>,
  context: ShellKeyContext,
): ShellCommand | undefined {
  if (context.help) {
    const max = context.helpMax;
    if (key.escape || input === '?') return { type: 'close-help' };
    if (input === 'q') return { type: 'quit' };
    if (key.upArrow) return { type: 'scroll-help', by: -1, max };
    if (key.downArrow) return { type: 'scroll-help', by: 1, max };
    if (key.pageUp) return { type: 'scroll-help', by: -context.helpPage, max };
    if (key.pageDown) return { type: 'scroll-help', by: context.helpPage, max };
    return undefined;
  }
  if (key.tab) return { type: key.shift ? 'previous' : 'next' };
  if (context.typing) return undefined;
  if (input === '?') return { type: 'toggle-help' };
  if (input === 'q') return { type: 'quit' };
  const screen = screenOfDigit(input, context.count);
  return screen === undefined ? undefined : { type: 'go', screen };
}

/** The digit keys of `count` screens as the help shows them: `1 2 3 4`. */
export function digitKeys(count: number): string {
  return Array.from({ length: Math.min(count, MAX_SCREENS) }, (_, i) => String(i + 1)).join(' ');
}

/** The help's lines for the keys that work everywhere, for screens with these tab titles. */
export function shellKeyHelp(titles: readonly string[]): readonly KeyHelp[] {
  return [
    { keys: 'Tab / Shift+Tab', does: 'next / previous screen' },
    { keys: digitKeys(titles.length), does: titles.join(', ') },
    { keys: '?', does: 'this help (Esc or ? closes it)' },
    { keys: 'q / Ctrl+C', does: 'quit' },
  ];
}
