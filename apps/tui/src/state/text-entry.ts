/**
 * Typing a value into a one-line field: printable characters append, Backspace deletes, Enter
 * commits and Esc cancels. Pure, so every screen's fields behave alike and are tested once.
 */
import type { Key } from 'ink';

/** What a key press did to the text being typed. */
export type EntryStep =
  | { readonly kind: 'edit'; readonly text: string }
  | { readonly kind: 'commit'; readonly text: string }
  | { readonly kind: 'cancel' };

/** Longest text a field takes (a double needs at most 24 characters). */
export const MAX_ENTRY = 32;

/** Applies one key press to `text`. */
export function entryStep(text: string, input: string, key: Partial<Key>): EntryStep {
  if (key.return) return { kind: 'commit', text };
  if (key.escape) return { kind: 'cancel' };
  if (key.backspace || key.delete) return { kind: 'edit', text: text.slice(0, -1) };
  if (key.ctrl || key.meta || key.tab || key.upArrow || key.downArrow)
    return { kind: 'edit', text };
  if (key.leftArrow || key.rightArrow) return { kind: 'edit', text };
  // Pasted text arrives as one input; keep its printable characters.
  const printable = input.replace(/[^\x20-\x7e∞−]/g, '').replace(/−/g, '-');
  return { kind: 'edit', text: (text + printable).slice(0, MAX_ENTRY) };
}
