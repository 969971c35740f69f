/**
 * Explore's keys: what a terminal key press means on the Explore screen, as a command and as
 * typing (the reducer picks by its state). Letters go to the catalog filter, so the screen's
 * commands are keys no activation's name contains; the one exception is `f`, which opens the
 * formula field while the filter is empty (no id, name or alias starts with an f).
 */
import type { Key } from 'ink';
import type { ExploreAction, ExploreCommand } from '../state/explore.js';
import { entryKeyOf } from './entry-keys.js';

/** The key that opens the formula field (while the filter is empty; else it filters). */
export const FORMULA_KEY = 'f';

const BY_CHAR: Readonly<Record<string, ExploreCommand>> = {
  '[': { type: 'param-select', by: -1 },
  ']': { type: 'param-select', by: 1 },
  ':': { type: 'entry-start', field: 'param' },
  '=': { type: 'entry-start', field: 'x' },
  "'": { type: 'toggle-derivative' },
  '+': { type: 'zoom', factor: 0.5 },
  '-': { type: 'zoom', factor: 2 },
  '<': { type: 'pan', direction: -1 },
  ',': { type: 'pan', direction: -1 },
  '>': { type: 'pan', direction: 1 },
  '.': { type: 'pan', direction: 1 },
  '0': { type: 'reset' },
};

/**
 * The command a key press means while no field is being typed (undefined: none). `page` is how
 * far PgUp/PgDn move; `isShellKey` tells which keys the shell takes while nothing is typed.
 */
function exploreCommandOf(
  input: string,
  key: Partial<Key>,
  page: number,
  isShellKey: (input: string) => boolean,
): ExploreCommand | undefined {
  if (key.upArrow) return { type: 'move', by: -1 };
  if (key.downArrow) return { type: 'move', by: 1 };
  if (key.pageUp) return { type: 'move', by: -page };
  if (key.pageDown) return { type: 'move', by: page };
  if (key.leftArrow) return { type: 'param-step', direction: -1 };
  if (key.rightArrow) return { type: 'param-step', direction: 1 };
  if (key.backspace || key.delete) return { type: 'filter-back' };
  if (key.escape) return { type: 'filter-clear' };
  if (key.return || input === ' ') return { type: 'toggle-pin' };
  if (key.ctrl || key.meta || key.tab) return undefined;
  const byChar = BY_CHAR[input];
  if (byChar) return byChar;
  if (input === FORMULA_KEY) return { type: 'filter-type', text: input, opensFormula: true };
  // More than one character at once is a paste (or a fast typist); it is taken whole.
  if (/^[A-Za-z_1-9]+$/.test(input)) {
    return { type: 'filter-type', text: input, shellKey: isShellKey(input) };
  }
  return undefined;
}

/** A key press as Explore's reducer takes it. */
export function explorePress(
  input: string,
  key: Partial<Key>,
  page: number,
  isShellKey: (input: string) => boolean,
): ExploreAction {
  const command = exploreCommandOf(input, key, page, isShellKey);
  return { type: 'press', entry: entryKeyOf(input, key), ...(command ? { command } : {}) };
}
