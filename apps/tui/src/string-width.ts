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

/** Options as `string-width` takes them. */
export interface WidthOptions {
  readonly ambiguousIsNarrow?: boolean;
  readonly countAnsiEscapeCodes?: boolean;
}

/** Characters that are exactly one column wide whatever surrounds them. */
export const ONE_COLUMN =
  /^[\u0020-\u007E\u00A0-\u00AC\u00AE-\u02FF\u0370-\u0377\u037A-\u037F\u0384-\u038A\u038C\u038E-\u03A1\u03A3-\u03FF\u2010-\u2027\u2030-\u205E\u2070-\u2071\u2074-\u208E\u2090-\u209C\u2190-\u21FF\u2200-\u22FF\u2500-\u25FC\u2800-\u28FF\u2713\u2717]*$/;

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
