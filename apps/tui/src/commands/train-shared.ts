/**
 * What the training commands (`train`, `experiment`, `backprop`, `depth`) share: the trainer's
 * configuration errors as usage errors, whole-number flags, and activations one per layer.
 */
import { activation, isFormulaId } from '@actlab/core';
import { TrainError } from '@actlab/train';
import { parseNumber } from './args.js';
import { resolving } from './shared.js';
import { UsageError } from './usage-error.js';

/** Configuration mistakes are the caller's: usage errors naming the field. */
export function asUsage(error: unknown): never {
  if (error instanceof TrainError && error.code !== 'CANCELLED') {
    throw new UsageError(error.path ? `${error.message} (${error.path})` : error.message);
  }
  throw error;
}

/** A whole, non-negative number from an argument. */
export function integer(text: string, what: string): number {
  const n = parseNumber(text, what);
  if (!Number.isInteger(n) || n < 0)
    throw new UsageError(`${what} must be a whole number, got "${text}"`);
  return n;
}

/**
 * `--activation relu,tanh`: one activation per hidden layer. Commas inside brackets belong to a
 * formula (`formula:leaky_relu(x, alpha = 0.2)`, a range `in (0, 10]`), so only the commas
 * outside every bracket separate layers; a formula itself has no other comma.
 */
export function activationsOf(text: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth = Math.max(0, depth - 1);
    else if (c === ',' && depth === 0) {
      names.push(text.slice(start, i));
      start = i + 1;
    }
  }
  names.push(text.slice(start));
  return names;
}

/**
 * Parses each formula among the activation names, so a mistake in one is shown with a caret
 * under it (the trainer's own message names the layer but not the place).
 */
export function checkFormulas(names: readonly string[]): void {
  for (const name of names) {
    if (isFormulaId(name)) resolving(() => activation(name), name);
  }
}
