/**
 * The lexer of the formula language: text to tokens. It never throws; a character the language
 * does not know becomes an `invalid` token, so the parser reports problems left to right and a bad
 * character late in the declarations never hides an earlier syntax error.
 */

/** What a token is: a number literal, a name, an operator or punctuation, the end, or junk. */
type TokenKind = 'number' | 'name' | 'op' | 'end' | 'invalid';

/** One token with its [start, end) offsets in the text given to `tokenize`. */
export interface Token {
  /** What the token is. */
  readonly kind: TokenKind;
  /** The characters of the token as typed (empty for `end`). */
  readonly text: string;
  /** Offset of its first character. */
  readonly start: number;
  /** Offset just past its last character. */
  readonly end: number;
  /** For `number`: the value of the literal (may be Infinity when it overflows). */
  readonly value?: number;
}

/** Operators and punctuation, longest first so that `<=` wins over `<`. */
const OPERATORS = [
  '<=',
  '>=',
  '==',
  '!=',
  '+',
  '-',
  '*',
  '/',
  '^',
  '(',
  ')',
  '[',
  ']',
  ',',
  ';',
  '=',
  '<',
  '>',
] as const;

const NUMBER = /(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/y;
const NAME = /[A-Za-z_][A-Za-z0-9_]*/y;
const SPACE = /\s+/y;

/** The token of `pattern` at `at`, or undefined when it does not match there. */
function match(pattern: RegExp, text: string, at: number): string | undefined {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0];
}

/**
 * The tokens of `text` from offset `from` on, always ending with an `end` token. Offsets are
 * offsets into `text`, so error positions point into the string the caller passed.
 */
export function tokenize(text: string, from = 0): Token[] {
  const to = text.length;
  const tokens: Token[] = [];
  let at = from;
  while (at < to) {
    const space = match(SPACE, text, at);
    if (space) {
      at += space.length;
      continue;
    }
    const number = match(NUMBER, text, at);
    if (number) {
      tokens.push({
        kind: 'number',
        text: number,
        start: at,
        end: at + number.length,
        value: Number(number),
      });
      at += number.length;
      continue;
    }
    const name = match(NAME, text, at);
    if (name) {
      tokens.push({ kind: 'name', text: name, start: at, end: at + name.length });
      at += name.length;
      continue;
    }
    const op = OPERATORS.find((o) => text.startsWith(o, at));
    // A surrogate pair is one character to the reader, so it is one invalid token too.
    const length = op?.length ?? String.fromCodePoint(text.codePointAt(at) ?? 0).length;
    tokens.push({
      kind: op ? 'op' : 'invalid',
      text: text.slice(at, at + length),
      start: at,
      end: at + length,
    });
    at += length;
  }
  tokens.push({ kind: 'end', text: '', start: to, end: to });
  return tokens;
}
