/**
 * Typing a value into a one-line field: typed text appends, erasing deletes a character, commit
 * and cancel end it. Pure, so every screen's fields behave alike and are tested once; the screens
 * turn the terminal's keys into `EntryKey`s (screens/entry-keys.ts).
 */

/** What a key press means to a field being typed. */
export type EntryKey =
  /** Text typed or pasted (only its printable characters are kept). */
  | { readonly type: 'type'; readonly text: string }
  /** Deletes the last character (Backspace, Delete). */
  | { readonly type: 'erase' }
  /** Takes the text (Enter). */
  | { readonly type: 'commit' }
  /** Drops the text (Esc). */
  | { readonly type: 'cancel' }
  /** Nothing a field does (arrows, Tab, control keys). */
  | { readonly type: 'none' };

/** What a key press did to the text being typed. */
export type EntryStep =
  | { readonly kind: 'edit'; readonly text: string }
  | { readonly kind: 'commit'; readonly text: string }
  | { readonly kind: 'cancel' };

/** Longest text a number field takes (a double needs at most 24 characters). */
const MAX_ENTRY = 32;

/** Applies one key press to `text`, which holds at most `max` characters (a number's by default). */
export function entryStep(text: string, key: EntryKey, max = MAX_ENTRY): EntryStep {
  switch (key.type) {
    case 'commit':
      return { kind: 'commit', text };
    case 'cancel':
      return { kind: 'cancel' };
    case 'erase':
      return { kind: 'edit', text: text.slice(0, -1) };
    case 'none':
      return { kind: 'edit', text };
    case 'type': {
      // Pasted text arrives as one input; keep its printable characters.
      const printable = key.text.replace(/[^\x20-\x7e∞−]/g, '').replace(/−/g, '-');
      return { kind: 'edit', text: (text + printable).slice(0, max) };
    }
  }
}
