import { describe, expect, it } from 'vitest';
import { parseNumber } from './parse.js';

/** The value `text` parses to, or undefined when it is refused. */
function valueOf(text: string, nan = false): number | undefined {
  const result = parseNumber(text, { nan });
  return result.ok ? result.value : undefined;
}

describe('parseNumber', () => {
  it('reads decimals, exponents and signs, ignoring spaces around them', () => {
    expect(valueOf(' 2.5e-3 ')).toBe(0.0025);
    expect(valueOf('+.5')).toBe(0.5);
    expect(valueOf('2.')).toBe(2);
    expect(valueOf('1E3')).toBe(1000);
    expect(valueOf('-7')).toBe(-7);
    expect(valueOf('−3.5')).toBe(-3.5);
    expect(valueOf('1e−3')).toBe(0.001);
    expect(Object.is(valueOf('-0'), -0)).toBe(true);
    expect(valueOf('0.1')).toBe(0.1);
  });

  it('reads infinities written as inf, infinity or ∞ in any case, with a sign', () => {
    expect(valueOf('-inf')).toBe(-Infinity);
    expect(valueOf('Infinity')).toBe(Infinity);
    expect(valueOf('-Infinity')).toBe(-Infinity);
    expect(valueOf('+INF')).toBe(Infinity);
    expect(valueOf('∞')).toBe(Infinity);
    expect(valueOf('−∞')).toBe(-Infinity);
    expect(valueOf('1e999')).toBe(Infinity);
  });

  it("reads JavaScript's integer literals, as Number() did in the apps' fields", () => {
    expect(valueOf('0x1F')).toBe(31);
    expect(valueOf('0o17')).toBe(15);
    expect(valueOf('0b101')).toBe(5);
    expect(valueOf('-0x10')).toBe(-16);
  });

  it('reads NaN only when asked to', () => {
    expect(valueOf('NaN')).toBeUndefined();
    expect(valueOf('NaN', true)).toBeNaN();
    expect(valueOf(' nan ', true)).toBeNaN();
    expect(valueOf('-NaN', true)).toBeUndefined();
  });

  it('refuses everything else, saying whether nothing or something else was typed', () => {
    for (const bad of ['1.2.3', 'abc', '1e', '.', '-', '--1', '+-1', '1_000', '0x', '1 2', 'e5']) {
      expect(parseNumber(bad), bad).toEqual({
        ok: false,
        problem: 'not-a-number',
        message: `"${bad}" is not a number`,
      });
    }
    expect(parseNumber('   ')).toEqual({
      ok: false,
      problem: 'empty',
      message: 'no number was given',
    });
  });
});
