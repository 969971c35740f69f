/**
 * The formula parser: text to a checked syntax tree plus declared parameters, by recursive descent
 * with an explicit nesting counter (parentheses, calls, unary minus and `^` each add a level), so
 * no input can exhaust the stack. Every failure is an INVALID_FORMULA `ActlabError` whose message
 * names the problem and its position and whose details carry `position`, `end`, `expected` and
 * `suggestions` where they apply.
 *
 * Positions are offsets into the exact string passed to `parseFormula`: when it starts with the
 * `formula:` prefix, offsets count the prefix too, so they always point into what the caller holds.
 */
import type { ParamSpec } from '../activation.js';
import type { AnyNode, CompareNode, FormulaNode, ParamNode } from './ast.js';
import type { Token } from './lexer.js';
import { tokenize } from './lexer.js';
import { fail, noComparison, parseCall } from './parse-call.js';
import { isConstantName, reservedNameProblem, resolveFunction, suggestNames } from './names.js';
import { parseDeclarations } from './parse-declarations.js';
import { printDeclaration, printFormula } from './print.js';
import type { FormulaDefinition } from './types.js';
import { MAX_FORMULA_DEPTH, MAX_FORMULA_LENGTH } from './types.js';

/** What may start an operand, in words. */
const OPERAND = 'a number, x, a name or "("';

/** An optional `formula:` prefix, spaces before it allowed (case-insensitive). */
const PREFIX = /^\s*formula\s*:/i;

const COMPARE_OPS: ReadonlySet<string> = new Set(['<', '<=', '>', '>=', '==', '!=']);

/** A token in words, for messages: `")"`, `name "x"`, `number 2`, `character "@"`. */
function describe(token: Token): string {
  if (token.kind === 'name') return `name "${token.text}"`;
  if (token.kind === 'number') return `number ${token.text}`;
  if (token.kind === 'invalid') return `character "${token.text}"`;
  return `"${token.text}"`;
}

/** The state of one parse: the tokens, where it is, how deep it nests, which bare names it met. */
class Parser {
  private index = 0;
  private depth = 0;
  /** Bare names that are not x, a constant or a function: parameters if declared, errors if not. */
  private readonly uses: ParamNode[] = [];

  constructor(private readonly tokens: readonly Token[]) {}

  /** The current token. */
  get token(): Token {
    return this.tokens[this.index] as Token;
  }

  /** The token after the current one. */
  get following(): Token {
    return this.tokens[Math.min(this.index + 1, this.tokens.length - 1)] as Token;
  }

  /** Consumes the current token and returns it (the end token is never consumed). */
  next(): Token {
    const token = this.token;
    if (token.kind !== 'end') this.index++;
    return token;
  }

  /** True when `token` (default: the current one) is the operator `text`. */
  isOp(text: string, token: Token = this.token): boolean {
    return token.kind === 'op' && token.text === text;
  }

  /** Throws: the current token is not what the grammar needs here (`expected`, in words). */
  unexpected(expected: string, hint = ''): never {
    const token = this.token;
    const details = { position: token.start, end: token.end, expected };
    if (token.kind === 'end')
      fail(`the formula ends too early at ${token.start}: expected ${expected}${hint}`, details);
    fail(`unexpected ${describe(token)} at ${token.start}: expected ${expected}${hint}`, details);
  }

  /** Consumes the operator `text` or throws. */
  expectOp(text: string, expected: string, hint = ''): Token {
    if (!this.isOp(text)) this.unexpected(expected, hint);
    return this.next();
  }

  /** One more nesting level, opened at `token`; throws past MAX_FORMULA_DEPTH. */
  enter(token: Token): void {
    this.depth++;
    if (this.depth <= MAX_FORMULA_DEPTH) return;
    fail(
      `the formula nests too deeply at ${token.start}: the limit is ${MAX_FORMULA_DEPTH} levels ` +
        '(each parenthesis, call, unary minus and ^ adds one)',
      { position: token.start, end: token.end },
    );
  }

  /** Closes the level opened by the matching `enter`. */
  leave(): void {
    this.depth--;
  }

  /** An expression that may be a comparison (which only `where` accepts). */
  comparison(): AnyNode {
    const left = this.additive();
    if (this.token.kind !== 'op' || !COMPARE_OPS.has(this.token.text)) return left;
    const op = this.next().text as CompareNode['op'];
    const right = this.additive();
    if (this.token.kind === 'op' && COMPARE_OPS.has(this.token.text)) {
      fail(`comparisons cannot be chained (at ${this.token.start}): nest where(...) instead`, {
        position: this.token.start,
        end: this.token.end,
      });
    }
    return { kind: 'compare', op, left, right, start: left.start, end: right.end };
  }

  /** An expression that is not a comparison. */
  expression(): FormulaNode {
    return noComparison(this.comparison());
  }

  private additive(): FormulaNode {
    let left = this.multiplicative();
    while (this.isOp('+') || this.isOp('-')) {
      const op = this.next().text as '+' | '-';
      const right = this.multiplicative();
      left = { kind: 'binary', op, left, right, start: left.start, end: right.end };
    }
    return left;
  }

  private multiplicative(): FormulaNode {
    let left = this.unary();
    while (this.isOp('*') || this.isOp('/')) {
      const op = this.next().text as '*' | '/';
      const right = this.unary();
      left = { kind: 'binary', op, left, right, start: left.start, end: right.end };
    }
    return left;
  }

  private unary(): FormulaNode {
    if (!this.isOp('-')) return this.power();
    const minus = this.next();
    this.enter(minus);
    const arg = this.unary();
    this.leave();
    return { kind: 'negate', arg, start: minus.start, end: arg.end };
  }

  /** `base ^ exponent`, right-associative; the exponent may carry its own unary minus (`x^-2`). */
  private power(): FormulaNode {
    const base = this.primary();
    if (!this.isOp('^')) return base;
    const caret = this.next();
    this.enter(caret);
    const exponent = this.unary();
    this.leave();
    return {
      kind: 'binary',
      op: '^',
      left: base,
      right: exponent,
      start: base.start,
      end: exponent.end,
    };
  }

  private primary(): FormulaNode {
    const token = this.token;
    if (token.kind === 'number') {
      this.next();
      const value = token.value as number;
      if (!Number.isFinite(value)) {
        fail(`the number ${token.text} at ${token.start} is too large`, {
          position: token.start,
          end: token.end,
        });
      }
      return { kind: 'number', value, start: token.start, end: token.end };
    }
    if (token.kind === 'name' && this.following.text === "'") {
      const prime = this.following;
      fail(
        `unexpected "'" at ${prime.start}: a derivative cannot be typed in a formula; actlab computes it`,
        {
          position: prime.start,
          end: prime.end,
        },
      );
    }
    if (token.kind === 'name')
      return this.isOp('(', this.following) ? parseCall(this) : this.name();
    if (this.isOp('(')) {
      const open = this.next();
      this.enter(open);
      const inner = this.expression();
      this.expectOp(')', 'an operator or ")"', ` to close "(" at ${open.start}`);
      this.leave();
      return inner;
    }
    this.unexpected(OPERAND, this.operandHint());
  }

  /** A hint for a token that cannot start an operand but looks like a slip. */
  private operandHint(): string {
    const previous = this.tokens[this.index - 1];
    if (this.isOp('*') && previous && this.isOp('*', previous)) return ' (write ^ for a power)';
    if (this.token.text === "'") return ' (a derivative cannot be typed; actlab computes it)';
    return '';
  }

  /** A bare name: x, a constant, or a parameter to be declared after the formula. */
  private name(): FormulaNode {
    const token = this.next();
    const span = { start: token.start, end: token.end };
    if (token.text === 'x') return { kind: 'x', ...span };
    if (isConstantName(token.text)) return { kind: 'constant', name: token.text, ...span };
    if (resolveFunction(token.text)) {
      fail(`${token.text} at ${token.start} is a function: call it, e.g. ${token.text}(x)`, {
        position: token.start,
        end: token.end,
        expected: '"("',
      });
    }
    const node: ParamNode = { kind: 'param', name: token.text, ...span };
    this.uses.push(node);
    return node;
  }

  /** Checks every bare name against the declarations: an undeclared one throws. */
  resolveNames(params: readonly ParamSpec[]): void {
    const declared = params.map((spec) => spec.name);
    const unknown = this.uses.find((use) => !declared.includes(use.name));
    if (!unknown) return;
    const { name } = unknown;
    const position = unknown.start ?? 0;
    const details = { position, end: unknown.end ?? position };
    if (reservedNameProblem(name)) fail(`unknown name "${name}" at ${position}`, details);
    const suggestions = suggestNames(name, 'name', declared);
    const declare = `declare it after the formula, e.g. "; ${name} = 1"`;
    const message =
      suggestions.length > 0
        ? `unknown name "${name}" at ${position}: did you mean ${suggestions.join(', ')}? Or ${declare}`
        : `unknown name "${name}" at ${position}: ${declare}`;
    fail(message, suggestions.length > 0 ? { ...details, suggestions } : details);
  }
}

/**
 * Parses formula text (with or without the `formula:` prefix) into its checked tree, declared
 * parameters and canonical text: `parseFormula('x * sigmoid(beta * x); beta = 1.702 in (0, 10]')`.
 * Throws INVALID_FORMULA (message with the position; details with `position`, `end`, `expected`,
 * `suggestions`) for anything that is not a valid formula, longer than MAX_FORMULA_LENGTH
 * characters or nested deeper than MAX_FORMULA_DEPTH. Positions are offsets into `text` itself.
 */
export function parseFormula(text: string): FormulaDefinition {
  const prefix = PREFIX.exec(text)?.[0].length ?? 0;
  const rest = text.slice(prefix);
  const start = prefix + (rest.length - rest.trimStart().length);
  const source = rest.trim();
  if (source.length === 0) fail('empty formula', { position: start, expected: OPERAND });
  if (source.length > MAX_FORMULA_LENGTH) {
    fail(`the formula is ${source.length} characters long; the limit is ${MAX_FORMULA_LENGTH}`, {
      position: start + MAX_FORMULA_LENGTH,
      end: start + source.length,
    });
  }
  const parser = new Parser(tokenize(text, start));
  const tree = parser.expression();
  if (!parser.isOp(';') && parser.token.kind !== 'end') {
    const juxtaposed = ['name', 'number'].includes(parser.token.kind) || parser.isOp('(');
    parser.unexpected(
      'an operator or the end of the formula',
      juxtaposed ? ' (write * to multiply)' : '',
    );
  }
  const params = parseDeclarations(parser);
  parser.resolveNames(params);
  const expression = printFormula(tree);
  const canonical = [expression, ...params.map(printDeclaration)].join('; ');
  return { source, expression, text: canonical, tree, params };
}
