/**
 * Calls in a formula: `exp(x)`, `min(a, b)`, `where(x >= 0, x, 0)` and catalog activations with
 * their parameters by name (`leaky_relu(x, alpha = 0.2)`). Checks the number of arguments, the
 * parameter names, that parameters do not depend on x and, when they are plain numbers, their
 * ranges, so a formula that parses can be built.
 */
import type { ScalarId } from '../activation.js';
import type { ActlabErrorDetails } from '../errors.js';
import { ActlabError } from '../errors.js';
import { formatRange } from '../params.js';
import { closest } from '../suggest.js';
import type { AnyNode, FormulaNode } from './ast.js';
import type { Token } from './lexer.js';
import {
  catalogInfo,
  catalogParamProblems,
  isConstantName,
  resolveFunction,
  suggestNames,
} from './names.js';

/** What parsing a call needs from the parser (the parser in parse.ts provides it). */
interface CallParser {
  /** The current token. */
  readonly token: Token;
  /** The token after the current one. */
  readonly following: Token;
  /** Consumes the current token and returns it. */
  next(): Token;
  /** True when `token` (default: the current one) is the operator `text`. */
  isOp(text: string, token?: Token): boolean;
  /** Throws: the current token is not what the grammar needs (`expected`, in words). */
  unexpected(expected: string, hint?: string): never;
  /** One more nesting level, opened at `token` (throws past the limit). */
  enter(token: Token): void;
  /** Closes the level opened by `enter`. */
  leave(): void;
  /** An expression that may be a comparison. */
  comparison(): AnyNode;
}

/** A named argument `name = value` as typed. */
interface Named {
  readonly token: Token;
  readonly value: FormulaNode;
}

/** The arguments between the parentheses of a call. */
interface Arguments {
  readonly positional: AnyNode[];
  readonly named: Named[];
  readonly close: Token;
}

/** Throws INVALID_FORMULA with `message` and `details`. */
export function fail(message: string, details: ActlabErrorDetails): never {
  throw new ActlabError('INVALID_FORMULA', message, details);
}

/** The position details of a token or a node's span. */
function at(node: { start?: number; end?: number }): { position: number; end: number } {
  return { position: node.start ?? 0, end: node.end ?? 0 };
}

/** Reads `(a, b, name = c)` up to and including the `)`; the `(` is already consumed. */
function readArguments(parser: CallParser, open: Token): Arguments {
  const positional: AnyNode[] = [];
  const named: Named[] = [];
  if (!parser.isOp(')')) {
    for (;;) {
      if (parser.token.kind === 'name' && parser.isOp('=', parser.following)) {
        const token = parser.next();
        parser.next();
        named.push({ token, value: noComparison(parser.comparison()) });
      } else {
        if (named.length > 0) {
          fail(
            `an argument at ${parser.token.start} cannot follow the named parameters`,
            at(parser.token),
          );
        }
        positional.push(parser.comparison());
      }
      if (parser.isOp(')')) break;
      if (!parser.isOp(','))
        parser.unexpected('an operator, "," or ")"', ` to close "(" at ${open.start}`);
      parser.next();
    }
  }
  return { positional, named, close: parser.next() };
}

/** True when x occurs anywhere in `node` (an explicit stack: trees may be deep). */
function dependsOnX(node: AnyNode): boolean {
  const stack: AnyNode[] = [node];
  for (let current = stack.pop(); current; current = stack.pop()) {
    switch (current.kind) {
      case 'x':
        return true;
      case 'negate':
        stack.push(current.arg);
        break;
      case 'binary':
      case 'compare':
        stack.push(current.left, current.right);
        break;
      case 'where':
        stack.push(current.cond, current.then, current.otherwise);
        break;
      case 'call':
        stack.push(...current.args);
        break;
      case 'activation':
      case 'activation-derivative':
        stack.push(current.arg, ...Object.values(current.params));
        break;
      default:
        break;
    }
  }
  return false;
}

/** `n argument(s)` in words. */
function count(n: number): string {
  return `${n} argument${n === 1 ? '' : 's'}`;
}

/** Throws for a call of something that is not callable: x, a constant or an unknown name. */
function notCallable(name: Token): never {
  const position = at(name);
  if (name.text === 'x' || isConstantName(name.text)) {
    const what = name.text === 'x' ? 'the variable' : 'a constant';
    fail(
      `${name.text} at ${name.start} is ${what}, not a function: write ${name.text} * (...) to multiply`,
      position,
    );
  }
  const suggestions = suggestNames(name.text, 'function');
  const hint = suggestions.length > 0 ? `; did you mean ${suggestions.join(', ')}?` : '';
  fail(
    `unknown function "${name.text}" at ${name.start}${hint}`,
    hint ? { ...position, suggestions } : position,
  );
}

/** Plain numbers among parameter values (`0.2`, `-1`), for checking ranges while parsing. */
function literal(node: FormulaNode): number | undefined {
  if (node.kind === 'number') return node.value;
  if (node.kind === 'negate' && node.arg.kind === 'number') return -node.arg.value;
  return undefined;
}

/**
 * Refuses plain-number parameter values that `activation(id, params)` would refuse: ranges always,
 * rules between parameters (hard_tanh's min_val < max_val) only when every value given is a number.
 */
function checkLiterals(
  id: ScalarId,
  named: readonly Named[],
  call: { start: number; end: number },
): void {
  const values = named.flatMap((n) => {
    const value = literal(n.value);
    return value === undefined ? [] : [[n.token.text, value] as const];
  });
  const all = values.length === named.length;
  const problem = catalogParamProblems(id, Object.fromEntries(values)).find(
    (p) => all || p.kind === 'out-of-range',
  );
  if (!problem) return;
  const culprit = named.find((n) => n.token.text === problem.param)?.value ?? call;
  const details = at(culprit);
  const extra = problem.param ? { param: problem.param } : {};
  const range = problem.range ? { range: formatRange(problem.range) } : {};
  fail(`${problem.message} (at ${details.position})`, { ...details, ...extra, ...range });
}

function activationCall(
  id: ScalarId,
  args: Arguments,
  span: { start: number; end: number },
): FormulaNode {
  const specs = catalogInfo(id).params;
  const names = specs.map((spec) => spec.name);
  if (args.positional.length !== 1) {
    const first = specs[0];
    const hint = first
      ? `; parameters go by name, e.g. ${id}(x, ${first.name} = ${first.default})`
      : '';
    fail(
      `${id} takes 1 argument, got ${args.positional.length} (at ${span.start})${hint}`,
      at(span),
    );
  }
  const given = new Map<string, FormulaNode>();
  for (const { token, value } of args.named) {
    if (!names.includes(token.text)) {
      const list =
        names.length === 0 ? 'it takes no parameters' : `its parameters are ${names.join(', ')}`;
      const suggestions = closest(token.text, names);
      const details = suggestions.length > 0 ? { ...at(token), suggestions } : at(token);
      fail(`${id} has no parameter "${token.text}": ${list} (at ${token.start})`, details);
    }
    if (given.has(token.text))
      fail(`parameter ${token.text} of ${id} is given twice (at ${token.start})`, at(token));
    if (dependsOnX(value)) {
      fail(`parameters of ${id} must not depend on x (${token.text} at ${value.start})`, at(value));
    }
    given.set(token.text, value);
  }
  checkLiterals(id, args.named, span);
  const params = Object.fromEntries(
    names.filter((n) => given.has(n)).map((n) => [n, given.get(n) as FormulaNode]),
  );
  const arg = args.positional[0] as AnyNode;
  return { kind: 'activation', id, arg: noComparison(arg), params, ...span };
}

/** `node`, unless it is a comparison, which only the condition of `where` may be: that throws. */
export function noComparison(node: AnyNode): FormulaNode {
  if (node.kind !== 'compare') return node;
  fail(
    `a comparison can only be the condition of where(...) (at ${node.start}), e.g. where(x >= 0, x, 0)`,
    at(node),
  );
}

/** Refuses named arguments to a function that has no parameters. */
function noNamed(fn: string, args: Arguments): void {
  const [first] = args.named;
  if (first)
    fail(
      `${fn} takes no named parameters ("${first.token.text}" at ${first.token.start})`,
      at(first.token),
    );
}

/** A call: the name is the current token and `(` the next one. */
export function parseCall(parser: CallParser): FormulaNode {
  const name = parser.next();
  const target = resolveFunction(name.text);
  if (!target) notCallable(name);
  if (target.kind === 'vector') {
    fail(
      `${target.id} is a vector activation; a formula can use only scalar activations (at ${name.start})`,
      at(name),
    );
  }
  const open = parser.next();
  parser.enter(open);
  const args = readArguments(parser, open);
  parser.leave();
  const span = { start: name.start, end: args.close.end };
  const n = args.positional.length;
  if (target.kind === 'activation') return activationCall(target.id, args, span);
  if (target.kind === 'where') {
    noNamed('where', args);
    if (n !== 3)
      fail(
        `where takes 3 arguments, got ${n} (at ${span.start}): where(condition, then, otherwise)`,
        at(span),
      );
    const [cond, then, otherwise] = args.positional as [AnyNode, AnyNode, AnyNode];
    if (cond.kind !== 'compare') {
      fail(
        `the condition of where(...) at ${cond.start} must be a comparison, e.g. x >= 0`,
        at(cond),
      );
    }
    return {
      kind: 'where',
      cond,
      then: noComparison(then),
      otherwise: noComparison(otherwise),
      ...span,
    };
  }
  noNamed(target.fn, args);
  if (n !== target.arity)
    fail(`${target.fn} takes ${count(target.arity)}, got ${n} (at ${span.start})`, at(span));
  return { kind: 'call', fn: target.fn, args: args.positional.map(noComparison), ...span };
}
