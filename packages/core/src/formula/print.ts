/**
 * The canonical text of a formula: what `parseFormula` stores as `expression` and `text`, and what
 * a `formula:` id carries. Parentheses appear only where precedence needs them, binary operators
 * have a space on each side except `^` (`x^2`, as one writes it), numbers are JavaScript's
 * shortest round-trip text and catalog calls use canonical ids. Parsing the printed text gives back
 * the same tree (up to spans), so the text is a faithful name of the formula.
 */
import type { Interval, ParamSpec } from '../activation.js';
import type { AnyNode, FormulaNode } from './ast.js';

/** Binding strength of what a node prints as; an operand weaker than its slot needs parentheses. */
const COMPARE = 0;
const SUM = 1;
const PRODUCT = 2;
const UNARY = 3;
const ATOM = 5;

/** How strongly the printed form of `node` binds. */
function strength(node: AnyNode): number {
  switch (node.kind) {
    case 'number':
      if (!Number.isFinite(node.value)) return PRODUCT;
      return node.value < 0 || Object.is(node.value, -0) ? UNARY : ATOM;
    case 'negate':
      return UNARY;
    case 'binary':
      if (node.op === '^') return 4;
      return node.op === '+' || node.op === '-' ? SUM : PRODUCT;
    case 'compare':
      return COMPARE;
    default:
      return ATOM;
  }
}

/**
 * A number as formula text: the shortest text that reads back as the same double (`0.1`, `1e-7`,
 * `-0`). The differentiator may fold constants into values no literal can spell; those print as
 * divisions that evaluate to them (`1 / 0`, `-1 / 0`, `0 / 0`).
 */
function printNumber(value: number): string {
  if (Number.isNaN(value)) return '0 / 0';
  if (value === Infinity) return '1 / 0';
  if (value === -Infinity) return '-1 / 0';
  return Object.is(value, -0) ? '-0' : String(value);
}

/** `node` printed, in parentheses when it binds less strongly than `slot` requires. */
function operand(node: AnyNode, slot: number): string {
  const text = printFormula(node);
  return strength(node) >= slot ? text : `(${text})`;
}

/** `, name = value` for each parameter of a catalog call, in the node's order. */
function printParams(params: Readonly<Record<string, FormulaNode>>): string {
  return Object.entries(params)
    .map(([name, value]) => `, ${name} = ${printFormula(value)}`)
    .join('');
}

/**
 * The canonical text of a tree: `x * sigmoid(1.702 * x)`, `-x^2`, `(-x)^2`, `a - (b - c)`,
 * `leaky_relu(x, alpha = 0.2)`. A derivative node prints as `leaky_relu'(x, alpha = 0.2)`, which
 * reads well in a derivative's text but is not part of the language and does not parse back.
 */
export function printFormula(node: AnyNode): string {
  switch (node.kind) {
    case 'number':
      return printNumber(node.value);
    case 'constant':
      return node.name;
    case 'x':
      return 'x';
    case 'param':
      return node.name;
    case 'negate':
      return `-${operand(node.arg, UNARY)}`;
    case 'binary':
      if (node.op === '^') return `${operand(node.left, ATOM)}^${operand(node.right, UNARY)}`;
      if (node.op === '+' || node.op === '-') {
        return `${operand(node.left, SUM)} ${node.op} ${operand(node.right, PRODUCT)}`;
      }
      return `${operand(node.left, PRODUCT)} ${node.op} ${operand(node.right, UNARY)}`;
    case 'compare':
      return `${operand(node.left, SUM)} ${node.op} ${operand(node.right, SUM)}`;
    case 'where':
      return `where(${printFormula(node.cond)}, ${printFormula(node.then)}, ${printFormula(node.otherwise)})`;
    case 'call':
      return `${node.fn}(${node.args.map((arg) => printFormula(arg)).join(', ')})`;
    case 'activation':
      return `${node.id}(${printFormula(node.arg)}${printParams(node.params)})`;
    case 'activation-derivative':
      return `${node.id}'(${printFormula(node.arg)}${printParams(node.params)})`;
  }
}

/** An end of a declared range as typed: a number, `inf` or `-inf`. */
function printBound(value: number): string {
  if (value === Infinity) return 'inf';
  return value === -Infinity ? '-inf' : String(value);
}

/** A range in the declaration syntax: `(0, 10]`, `[0, inf)`. */
export function printRange(range: Interval): string {
  const open = range.minInclusive ? '[' : '(';
  const close = range.maxInclusive ? ']' : ')';
  return `${open}${printBound(range.min)}, ${printBound(range.max)}${close}`;
}

/** A declared parameter as typed after the formula: `beta = 1.702 in (0, 10]`, or `a = 1` when unbounded. */
export function printDeclaration(spec: ParamSpec): string {
  const unbounded = spec.min === -Infinity && spec.max === Infinity;
  return `${spec.name} = ${String(spec.default)}${unbounded ? '' : ` in ${printRange(spec)}`}`;
}
