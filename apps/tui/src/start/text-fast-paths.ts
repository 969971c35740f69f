/**
 * Fast paths for Ink's text helpers, for the lab's first frame; the build (scripts/build.mjs)
 * wires them into the bundled copies of `string-width`, `slice-ansi` and
 * `@alcalzone/ansi-tokenize`.
 * - Making the first `Intl.Segmenter` loads ICU's break data, and the RGI emoji pattern compiles a
 *   large automaton: about 20 ms together, made here on first use instead of when Ink loads.
 * - Text of one-column characters, most of what the lab draws, is split into graphemes by code
 *   point, without the segmenter.
 * - Writing a frame compares the styles of every cell with its neighbour's; equal styles (nearly
 *   every pair) need no work.
 * Tests check every answer against the code each path stands in for.
 */
import { ONE_COLUMN_CLASS } from './one-column.js';

/** One grapheme cluster and where it starts, as `Intl.Segmenter` reports it. */
export interface GraphemeSegment {
  readonly segment: string;
  readonly index: number;
}

/** An `Intl.Segmenter` made on first use, with the same `segment`. */
export function lazySegmenter(
  locales?: string,
  options?: Intl.SegmenterOptions,
): Pick<Intl.Segmenter, 'segment'> {
  let made: Intl.Segmenter | undefined;
  return { segment: (text) => (made ??= new Intl.Segmenter(locales, options)).segment(text) };
}

/** A regular expression compiled on its first `test`. */
export function lazyRegExp(source: string, flags: string): Pick<RegExp, 'test'> {
  let made: RegExp | undefined;
  return { test: (text) => (made ??= new RegExp(source, flags)).test(text) };
}

// One-column characters and ESC (which starts the colour codes): each code point of such text is
// a grapheme cluster of its own (ESC is a control, and the others neither extend nor prepend).
const SIMPLE_TEXT = new RegExp(`^[\\u001B${ONE_COLUMN_CLASS}]*$`);

/**
 * The grapheme clusters of `text` as `segmenter.segment(text)` gives them; text of one-column
 * characters and escapes is split by code point instead, which is the same answer, sooner.
 */
export function graphemes(
  text: string,
  segmenter: Pick<Intl.Segmenter, 'segment'>,
): Iterable<GraphemeSegment> {
  return SIMPLE_TEXT.test(text) ? codePoints(text) : segmenter.segment(text);
}

function* codePoints(text: string): Generator<GraphemeSegment> {
  let index = 0;
  for (const segment of text) {
    yield { segment, index };
    index += segment.length;
  }
}

/** A style as Ink's ANSI tokenizer keeps it: the code that starts it and the one that ends it. */
export interface AnsiStyle {
  readonly code: string;
  readonly endCode: string;
}

/**
 * True when two cells' styles are the same codes in the same order, so going from one to the
 * other needs no escape code at all.
 */
export function sameStyles(a: readonly AnsiStyle[], b: readonly AnsiStyle[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as AnsiStyle;
    const y = b[i] as AnsiStyle;
    if (x.code !== y.code || x.endCode !== y.endCode) return false;
  }
  return true;
}
