/**
 * Numbers as people type them, in the terminal, on the command line and in the web's fields:
 * decimals and exponents (`1e-3`, `.5`, `2.`), a sign (`+`, `-` or the true minus `−`),
 * infinities as `inf`, `infinity` or `∞` in any case, JavaScript's integer literals (`0x1f`,
 * `0o17`, `0b101`, which `Number()` accepted in the apps' fields) and, when asked, `NaN`.
 *
 * A result object rather than an exception: every caller words the problem its own way
 * ("x[0] must be a number", "logit 2 is unchanged"), and a field checks on every keystroke.
 */

/** Why text is not a number: nothing but spaces was typed, or something that is not a number. */
export type ParseProblem = 'empty' | 'not-a-number';

/** The outcome of `parseNumber`: the value, or the problem and a message naming the text. */
export type ParsedNumber =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly problem: ParseProblem; readonly message: string };

/** What `parseNumber` accepts beyond the default. */
export interface ParseOptions {
  /** Accept `NaN` (any case, no sign) as the value NaN; the CLI passes it on to the kernels. */
  readonly nan?: boolean;
}

const DECIMAL = /^(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/;
const INTEGER_LITERAL = /^0(?:x[0-9a-f]+|o[0-7]+|b[01]+)$/;
const INFINITY = /^(?:inf|infinity|∞)$/;

/**
 * The number `text` stands for, spaces around it ignored. Out-of-range decimals round as
 * `Number()` rounds them (`1e999` is Infinity, `1e-999` is 0); `-0` stays -0.
 */
export function parseNumber(text: string, options: ParseOptions = {}): ParsedNumber {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, problem: 'empty', message: 'no number was given' };
  const t = trimmed.toLowerCase().replace(/−/g, '-');
  if (options.nan === true && t === 'nan') return { ok: true, value: NaN };
  const negative = t.startsWith('-');
  const body = t[0] === '-' || t[0] === '+' ? t.slice(1) : t;
  let magnitude: number | undefined;
  if (DECIMAL.test(body) || INTEGER_LITERAL.test(body)) magnitude = Number(body);
  else if (INFINITY.test(body)) magnitude = Infinity;
  if (magnitude === undefined) {
    return { ok: false, problem: 'not-a-number', message: `"${trimmed}" is not a number` };
  }
  return { ok: true, value: negative ? -magnitude : magnitude };
}
