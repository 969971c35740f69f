/** What `train` and `experiment` share: the trainer's configuration errors as usage errors, and whole-number flags. */
import { TrainError } from '@actlab/train';
import { parseNumber } from './args.js';
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
