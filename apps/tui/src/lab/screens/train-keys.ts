/**
 * Train's keys: what a terminal key press means on the Train screen, as a command and as typing
 * (the reducer picks by its state). Arrows move and change settings, Enter opens the layers or
 * activations for typing, Space runs or pauses, `s` steps, `r` resets, `n` draws a new seed and
 * `p` shows or hides the points.
 */
import type { Key } from 'ink';
import type { TrainAction, TrainCommand } from '../state/train.js';
import { entryKeyOf } from './entry-keys.js';

const BY_INPUT: Readonly<Record<string, TrainCommand>> = {
  ' ': { type: 'toggle-run' },
  s: { type: 'step' },
  r: { type: 'reset' },
  n: { type: 'new-seed' },
  p: { type: 'toggle-points' },
};

/** The command a key press means while no field is being typed (undefined: none). */
function trainCommandOf(input: string, key: Partial<Key>): TrainCommand | undefined {
  if (key.upArrow) return { type: 'select', delta: -1 };
  if (key.downArrow) return { type: 'select', delta: 1 };
  if (key.leftArrow) return { type: 'cycle', delta: -1 };
  if (key.rightArrow) return { type: 'cycle', delta: 1 };
  if (key.return) return { type: 'edit-start' };
  if (key.ctrl || key.meta) return undefined;
  return BY_INPUT[input];
}

/** A key press as Train's reducer takes it. */
export function trainPress(input: string, key: Partial<Key>): TrainAction {
  const command = trainCommandOf(input, key);
  return { type: 'press', entry: entryKeyOf(input, key), ...(command ? { command } : {}) };
}
