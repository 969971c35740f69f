/**
 * The characters the lab's text helpers treat as plain: one terminal column wide whatever
 * surrounds them, and each a grapheme cluster of its own. A module without imports, because the
 * bundle's patched copies of `string-width` import src/text-fast-paths.ts, which needs this first.
 * src/string-width.test.ts and src/text-fast-paths.test.ts check every character.
 */

/**
 * The characters that are exactly one column wide whatever surrounds them, as the inside of a
 * regular-expression character class.
 */
export const ONE_COLUMN_CLASS =
  '\\u0020-\\u007E\\u00A0-\\u00AC\\u00AE-\\u02FF\\u0370-\\u0377\\u037A-\\u037F\\u0384-\\u038A\\u038C\\u038E-\\u03A1\\u03A3-\\u03FF\\u2010-\\u2027\\u2030-\\u205E\\u2070-\\u2071\\u2074-\\u208E\\u2090-\\u209C\\u2190-\\u21FF\\u2200-\\u22FF\\u2500-\\u25FC\\u2800-\\u28FF\\u2713\\u2717';
