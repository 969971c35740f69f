/**
 * Declared parameters after a formula: `; beta = 1.702 in (0, 10]`. Each declaration names a new
 * parameter (never x, a constant, a function or a catalog name), gives its default as a number
 * and optionally its valid range, where brackets include an end, parentheses exclude it and
 * `inf` / `-inf` leave a side open. The result has the shape of a catalog entry's parameters.
 */
import type { Interval, ParamSpec } from '../activation.js';
import type { Token } from './lexer.js';
import { reservedNameProblem } from './names.js';
import { fail } from './parse-call.js';
import { printRange } from './print.js';

/** What parsing declarations needs from the parser (the parser in parse.ts provides it). */
interface DeclarationParser {
  /** The current token. */
  readonly token: Token;
  /** Consumes the current token and returns it. */
  next(): Token;
  /** True when the current token is the operator `text`. */
  isOp(text: string): boolean;
  /** Throws: the current token is not what the grammar needs (`expected`, in words). */
  unexpected(expected: string, hint?: string): never;
  /** Consumes the operator `text` or throws. */
  expectOp(text: string, expected: string, hint?: string): Token;
}

const UNBOUNDED: Interval = {
  min: -Infinity,
  max: Infinity,
  minInclusive: false,
  maxInclusive: false,
};

/** A number with an optional minus, and where it ends; with `infinite`, also `inf` and `-inf`. */
function signedNumber(
  parser: DeclarationParser,
  infinite: boolean,
): { value: number; end: number } {
  const sign = parser.isOp('-') ? (parser.next(), -1) : 1;
  const token = parser.token;
  if (token.kind === 'number' && Number.isFinite(token.value)) {
    parser.next();
    return { value: sign * (token.value as number), end: token.end };
  }
  if (infinite && token.kind === 'name' && token.text === 'inf') {
    parser.next();
    return { value: sign * Infinity, end: token.end };
  }
  parser.unexpected(infinite ? 'a number, inf or -inf' : 'a number');
}

/** The `(a, b]`-style range of the parameter `name`. */
function range(parser: DeclarationParser, name: string): Interval {
  const open = parser.token;
  if (!parser.isOp('(') && !parser.isOp('[')) {
    parser.unexpected('"(" or "[" to start a range, e.g. in (0, 10]');
  }
  parser.next();
  const min = signedNumber(parser, true).value;
  parser.expectOp(',', '","');
  const max = signedNumber(parser, true).value;
  const close = parser.token;
  if (!parser.isOp(')') && !parser.isOp(']')) parser.unexpected('")" or "]" to end the range');
  parser.next();
  const result = { min, max, minInclusive: open.text === '[', maxInclusive: close.text === ']' };
  const at = { position: open.start, end: close.end };
  const text = printRange(result);
  // An infinite end is never attained, so a bracket there would promise a value that does not exist.
  if ((result.minInclusive && min === -Infinity) || (result.maxInclusive && max === Infinity)) {
    fail(
      `the range ${text} of ${name} (at ${open.start}) includes an infinite end: use "(" or ")" there`,
      at,
    );
  }
  if (!(min < max)) fail(`the range ${text} of ${name} (at ${open.start}) is empty`, at);
  return result;
}

/** One declaration `name = number [in range]`, checked against those before it. */
function declaration(parser: DeclarationParser, previous: readonly ParamSpec[]): ParamSpec {
  const token = parser.token;
  if (token.kind !== 'name') parser.unexpected('a parameter name, e.g. "beta = 1"');
  parser.next();
  const at = { position: token.start, end: token.end };
  const reserved = reservedNameProblem(token.text);
  if (reserved)
    fail(`${token.text} cannot be a parameter name (at ${token.start}): ${reserved}`, at);
  if (previous.some((spec) => spec.name === token.text)) {
    fail(`${token.text} is declared twice (at ${token.start})`, at);
  }
  parser.expectOp('=', '"=" and a default value', `, e.g. "${token.text} = 1"`);
  const valueStart = parser.token.start;
  const { value, end } = signedNumber(parser, false);
  let bounds = UNBOUNDED;
  if (parser.token.kind === 'name' && parser.token.text === 'in') {
    parser.next();
    bounds = range(parser, token.text);
  }
  const aboveMin = bounds.minInclusive ? value >= bounds.min : value > bounds.min;
  const belowMax = bounds.maxInclusive ? value <= bounds.max : value < bounds.max;
  if (!aboveMin || !belowMax) {
    fail(
      `the default of ${token.text}, ${value}, lies outside its range ${printRange(bounds)} (at ${valueStart})`,
      { position: valueStart, end },
    );
  }
  return {
    name: token.text,
    default: value,
    ...bounds,
    description: 'Declared parameter of the formula.',
  };
}

/**
 * The declarations from the current token (just after the expression) to the end of the text,
 * in order; a trailing `;` is allowed. Throws INVALID_FORMULA for anything else.
 */
export function parseDeclarations(parser: DeclarationParser): ParamSpec[] {
  const specs: ParamSpec[] = [];
  while (parser.isOp(';')) {
    parser.next();
    if (parser.token.kind === 'end') break;
    specs.push(declaration(parser, specs));
  }
  if (parser.token.kind !== 'end') parser.unexpected('";" or the end of the formula');
  return specs;
}
