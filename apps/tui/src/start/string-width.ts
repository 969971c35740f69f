/**
 * A faster `string-width` for the bundle. Ink measures every piece of text it draws with
 * `string-width`, which walks Unicode graphemes through several property regexes: slow for the
 * lab's braille plots, box drawing and bars, and the largest cost of the first frame after Node
 * itself. Text made only of characters that are one column wide in every case (printable ASCII,
 * Latin, Greek, general punctuation, arrows, mathematical operators, box drawing, blocks, most
 * geometric shapes, braille) is measured by its length; anything else goes to `string-width`.
 * A test checks every character of the fast set against `string-width` itself.
 */
import stringWidth from 'string-width';
import { ONE_COLUMN_CLASS } from './one-column.js';

/** Options as `string-width` takes them. */
export interface WidthOptions {
  readonly ambiguousIsNarrow?: boolean;
  readonly countAnsiEscapeCodes?: boolean;
}

/** Text made only of characters that are exactly one column wide whatever surrounds them. */
export const ONE_COLUMN = new RegExp(`^[${ONE_COLUMN_CLASS}]*$`);

// SGR and other CSI sequences, which take no columns. ESC and CSI are spliced in as characters
// because a control character written into a pattern is a lint error.
const ESC = String.fromCharCode(0x1b);
const CSI = String.fromCharCode(0x9b);
const ANSI = new RegExp(
  `[${ESC}${CSI}][[\\]()#;?]*(?:\\d{1,4}(?:[;:]\\d{0,4})*)?[\\dA-PR-TZcf-nq-uy=><~]`,
  'g',
);

/** Columns `input` takes in a terminal (the same answer as `string-width`, faster). */
export default function fastStringWidth(input: string, options: WidthOptions = {}): number {
  if (typeof input !== 'string' || input.length === 0) return 0;
  if (options.ambiguousIsNarrow === false || options.countAnsiEscapeCodes)
    return stringWidth(input, options);
  const text = input.includes(ESC) || input.includes(CSI) ? input.replace(ANSI, '') : input;
  return ONE_COLUMN.test(text) ? text.length : stringWidth(input, options);
}
