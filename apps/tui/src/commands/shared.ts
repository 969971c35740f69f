/**
 * What the activation commands (`list`, `info`, `eval`, `softmax`) share: JSON output in the shape
 * of the HTTP API's answers, and the core's errors for names and parameters turned into usage
 * errors.
 */
import { ActlabError } from '@actlab/core';
import { UsageError } from './usage-error.js';

/** `value` as indented JSON, as the commands print it. */
export const json = (value: unknown): string => JSON.stringify(value, null, 2);

/** Turns the core's errors for names and parameters into usage errors (the caller's mistake). */
export function resolving<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof ActlabError) {
      const suggestions = error.details.suggestions;
      const hint = suggestions?.length ? `; did you mean ${suggestions.join(' or ')}?` : '';
      throw new UsageError(
        `${error.message}${hint && !error.message.includes('did you mean') ? hint : ''}`,
      );
    }
    throw error;
  }
}
