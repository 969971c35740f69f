import {
  ansiCodesToString,
  diffAnsiCodes,
  styledCharsFromTokens,
  styledCharsToString,
  tokenize,
} from '@alcalzone/ansi-tokenize';
import { describe, expect, it } from 'vitest';
import { graphemes, lazyRegExp, lazySegmenter, sameStyles } from './text-fast-paths.js';
import { ONE_COLUMN } from './string-width.js';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const bySegmenter = (text: string) =>
  Array.from(segmenter.segment(text), ({ segment, index }) => ({ segment, index }));
const ours = (text: string) =>
  Array.from(graphemes(text, segmenter), ({ segment, index }) => ({ segment, index }));
const ESC = '\u001B';

/** Every character the fast path takes. */
const simple: string[] = [];
for (let cp = 0x20; cp <= 0xffff; cp++) {
  const c = String.fromCodePoint(cp);
  if (ONE_COLUMN.test(c)) simple.push(c);
}

describe('graphemes', () => {
  it('splits like Intl.Segmenter around and between every character of the fast path', () => {
    expect(simple.length).toBeGreaterThan(1800);
    for (const c of simple) {
      // c after and before a letter, after itself, and between colour codes.
      const text = `a${c}${c}${ESC}[36m${c}${ESC}[39ma`;
      expect(ours(text), `U+${c.codePointAt(0)?.toString(16)}`).toEqual(bySegmenter(text));
    }
  });

  it('splits like Intl.Segmenter on random text of those characters and escapes', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pool = [...simple, ESC, `${ESC}[1m`, `${ESC}[38;5;45m`];
    for (let n = 0; n < 500; n++) {
      const text = Array.from({ length: 30 }, () => pool[Math.floor(next() * pool.length)]).join(
        '',
      );
      expect(ours(text)).toEqual(bySegmenter(text));
    }
  });

  it('hands other text to the segmenter: combining marks, emoji, wide characters, new lines', () => {
    for (const text of ['e\u0301', '👍🏽 ok', '👨‍👩‍👧', '表 wide', 'a\r\nb', '\u1100\u1161', '🇫🇷']) {
      expect(ours(text), text).toEqual(bySegmenter(text));
    }
  });
});

describe('lazy Unicode helpers', () => {
  it('a lazy segmenter segments as a segmenter made at once', () => {
    const lazy = lazySegmenter(undefined, { granularity: 'grapheme' });
    for (const text of ['e\u0301x', '👨‍👩‍👧 ab', '']) {
      expect(Array.from(lazy.segment(text), (s) => s.segment)).toEqual(
        Array.from(segmenter.segment(text), (s) => s.segment),
      );
    }
  });

  it('a lazy pattern tests as the pattern does', () => {
    const lazy = lazyRegExp('^\\p{RGI_Emoji}$', 'v');
    const eager = new RegExp('^\\p{RGI_Emoji}$', 'v');
    for (const text of ['👍', '👍🏽', 'a', '👨‍👩‍👧', '1\u20E3', '#\uFE0F\u20E3']) {
      expect(lazy.test(text), text).toBe(eager.test(text));
    }
  });
});

describe('sameStyles', () => {
  // Styled text as chalk writes it: colours, bold, dim, inverse, nested and reset.
  const pieces = ['a', 'b', '⠒', ' ', `${ESC}[36m`, `${ESC}[39m`, `${ESC}[1m`, `${ESC}[22m`];
  pieces.push(`${ESC}[2m`, `${ESC}[7m`, `${ESC}[27m`, `${ESC}[90m`, `${ESC}[0m`, `${ESC}[38;5;45m`);

  it('says styles are the same only where the diff between them is empty', () => {
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    let same = 0;
    let differ = 0;
    for (let n = 0; n < 400; n++) {
      const text = Array.from({ length: 40 }, () => pieces[Math.floor(next() * pieces.length)]);
      const chars = styledCharsFromTokens(tokenize(text.join('')));
      for (let i = 1; i < chars.length; i++) {
        const a = chars[i - 1]!.styles;
        const b = chars[i]!.styles;
        if (sameStyles(a, b)) {
          same++;
          expect(ansiCodesToString(diffAnsiCodes(a, b))).toBe('');
        } else differ++;
      }
    }
    // Both kinds of neighbour were met.
    expect(same).toBeGreaterThan(1000);
    expect(differ).toBeGreaterThan(1000);
  });

  it('tells styles apart by their codes', () => {
    const chars = styledCharsFromTokens(tokenize(`a${ESC}[36mb${ESC}[35mc`));
    expect(sameStyles(chars[0]!.styles, chars[1]!.styles)).toBe(false);
    expect(sameStyles(chars[1]!.styles, chars[2]!.styles)).toBe(false);
    expect(sameStyles(chars[1]!.styles, [...chars[1]!.styles])).toBe(true);
    // The string the frame is written from keeps every change of style.
    expect(styledCharsToString(chars)).toBe(`a${ESC}[36mb${ESC}[35mc${ESC}[39m`);
  });
});
