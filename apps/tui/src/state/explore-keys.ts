/**
 * Explore's keys: what a key press means on the Explore screen, given its state. Letters go to
 * the catalog filter, so the screen's commands are keys no activation's name contains.
 */
import type { Key } from 'ink';
import type { ExploreAction, ExploreState } from './explore.js';
import { entryStep } from './text-entry.js';

/** Text the filter takes; with an empty filter, q and 1-4 alone stay the shell's (quit, screens). */
function isFilterText(input: string, filter: string): boolean {
  // More than one character at once is a paste (or a fast typist); it is taken whole.
  if (!/^[A-Za-z_1-9]+$/.test(input)) return false;
  return filter !== '' || !/^[q1-4]$/.test(input);
}

/**
 * The action a key press means in `state` (undefined when it means nothing here). Keys are
 * decided in the reducer, against the current state, because a key handler's closure can be a
 * render behind when keys arrive quickly.
 */
export function keyAction(
  state: ExploreState,
  input: string,
  key: Partial<Key>,
  page: number,
): ExploreAction | undefined {
  if (state.entry) {
    const step = entryStep(state.entry.text, input, key);
    if (step.kind === 'commit') return { type: 'entry-commit' };
    if (step.kind === 'cancel') return { type: 'entry-cancel' };
    return { type: 'entry-text', text: step.text };
  }
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
  const byChar: Readonly<Record<string, ExploreAction>> = {
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
  if (byChar[input]) return byChar[input];
  if (isFilterText(input, state.filter)) return { type: 'filter-type', text: input };
  return undefined;
}
