/**
 * The mapping from the terminal's keys (Ink's `input` and `key`) to what they mean, shared by the
 * screens' key maps: here, what a key means to a field being typed. The state modules never see
 * Ink's key objects, only these meanings.
 */
import type { Key } from 'ink';
import type { EntryKey } from '../state/text-entry.js';

/** What a key press means to a field being typed. */
export function entryKeyOf(input: string, key: Partial<Key>): EntryKey {
  if (key.return) return { type: 'commit' };
  if (key.escape) return { type: 'cancel' };
  if (key.backspace || key.delete) return { type: 'erase' };
  if (key.ctrl || key.meta || key.tab) return { type: 'none' };
  if (key.upArrow || key.downArrow || key.leftArrow || key.rightArrow) return { type: 'none' };
  return { type: 'type', text: input };
}
