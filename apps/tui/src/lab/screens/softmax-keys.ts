/**
 * Softmax's keys: what a terminal key press means on the Softmax screen, as a command and as
 * typing (the reducer picks by its state). Never q, ?, digits or Tab, which belong to the shell.
 */
import type { Key } from 'ink';
import type { SoftmaxAction, SoftmaxCommand } from '../state/softmax.js';
import { LOGIT_STEP } from '../state/softmax.js';
import { entryKeyOf } from './entry-keys.js';

/**
 * The command a key press means while nothing is being typed (undefined: none); `capacity` is how
 * many logits fit on screen.
 */
function softmaxCommandOf(
  input: string,
  key: Partial<Key>,
  capacity: number,
): SoftmaxCommand | undefined {
  const step = key.shift ? LOGIT_STEP.large : LOGIT_STEP.small;
  if (key.upArrow) return { type: 'select', delta: -1 };
  if (key.downArrow) return { type: 'select', delta: 1 };
  if (key.leftArrow) return { type: 'nudge', delta: -step };
  if (key.rightArrow) return { type: 'nudge', delta: step };
  if (input === '<') return { type: 'nudge', delta: -LOGIT_STEP.large };
  if (input === '>') return { type: 'nudge', delta: LOGIT_STEP.large };
  if (key.return || input === '=') return { type: 'start-entry', field: 'logit' };
  if (input === 't') return { type: 'start-entry', field: 'temperature' };
  if (input === '[') return { type: 'scale-temperature', factor: 0.5 };
  if (input === ']') return { type: 'scale-temperature', factor: 2 };
  if (input === 'a') return { type: 'add', max: capacity };
  // Ink reports the Backspace byte as delete too, so either key removes.
  if (input === 'x' || key.delete) return { type: 'remove' };
  if (input === 'r') return { type: 'reset' };
  return undefined;
}

/** A key press as Softmax's reducer takes it. */
export function softmaxPress(input: string, key: Partial<Key>, capacity: number): SoftmaxAction {
  const command = softmaxCommandOf(input, key, capacity);
  return { type: 'press', entry: entryKeyOf(input, key), ...(command ? { command } : {}) };
}
