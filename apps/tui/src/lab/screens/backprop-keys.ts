/**
 * Backprop's keys: the arrows (and Space) step through the trace, Home and End jump to its ends,
 * `r` switches the neuron between sigmoid and relu. Never q, ?, digits or Tab, which belong to
 * the shell.
 */
import type { Key } from 'ink';
import type { BackpropAction } from '../state/backprop.js';

/** What a key press means on the Backprop screen (undefined: nothing). */
export function backpropPress(input: string, key: Partial<Key>): BackpropAction | undefined {
  if (key.rightArrow || key.downArrow || input === ' ') return { type: 'step', by: 1 };
  if (key.leftArrow || key.upArrow) return { type: 'step', by: -1 };
  if (key.home) return { type: 'first' };
  if (key.end) return { type: 'last' };
  if (key.ctrl || key.meta) return undefined;
  if (input === 'r') return { type: 'switch-activation' };
  return undefined;
}
