/**
 * Suggestions and quoting stay cheap and short whatever a client sends: a name longer than
 * MAX_SUGGESTION_INPUT gets no suggestions (no edit distance is computed), and a message quotes
 * at most a short prefix of the value with its length.
 */
import { describe, expect, it } from 'vitest';
import { ActlabError } from './errors.js';
import { activation } from './registry.js';
import { MAX_SUGGESTION_INPUT, closest, quoteInput } from './suggest.js';

describe('closest', () => {
  it('suggests for short names and not for names over the limit', () => {
    expect(closest('sigmod', ['sigmoid', 'tanh'])).toEqual(['sigmoid']);
    const long = 'sigmoid' + 'x'.repeat(MAX_SUGGESTION_INPUT);
    expect(closest(long, ['sigmoid', 'tanh'])).toEqual([]);
  });
});

describe('quoteInput', () => {
  it('quotes short values whole and long ones as a prefix with their length', () => {
    expect(quoteInput('sigmod')).toBe('"sigmod"');
    const long = 'a'.repeat(1_000_000);
    const quoted = quoteInput(long);
    expect(quoted.length).toBeLessThan(80);
    expect(quoted).toContain('(1000000 characters)');
  });

  it('keeps an unknown megabyte-long activation name out of the error message', () => {
    const name = 'q'.repeat(1 << 20);
    let caught: unknown;
    try {
      activation(name);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ActlabError);
    const { message, code } = caught as ActlabError;
    expect(code).toBe('UNKNOWN_ACTIVATION');
    expect(message.length).toBeLessThan(120);
    expect(message).toContain(`(${1 << 20} characters)`);
  });
});
