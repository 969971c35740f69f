/**
 * The syntax tree of a formula: what the parser produces, the compiler evaluates, the symbolic
 * differentiator rewrites and the printers render. Plain readonly data, no methods, so a tree can
 * be built by hand in tests and by the differentiator alike.
 */
import type { ScalarId } from '../activation.js';

/** Where a node came from in the typed text: [start, end) character offsets. Absent on derived nodes. */
export interface Span {
  /** Offset of the node's first character in the source text. */
  readonly start: number;
  /** Offset just past its last character. */
  readonly end: number;
}

/** The elementary functions of the language, with how many arguments each takes. */
export const ELEMENTARY_ARITY = {
  exp: 1,
  expm1: 1,
  log: 1,
  log1p: 1,
  sqrt: 1,
  abs: 1,
  sign: 1,
  min: 2,
  max: 2,
  sin: 1,
  cos: 1,
  tan: 1,
  atan: 1,
  tanh: 1,
  erf: 1,
  erfc: 1,
} as const;

/** Name of an elementary function (`exp`, `min`, `erf`, ...). */
export type ElementaryName = keyof typeof ELEMENTARY_ARITY;

/** The two named constants. */
export type ConstantName = 'pi' | 'e';

/** Binary arithmetic operators; `^` is right-associative. */
export type BinaryOp = '+' | '-' | '*' | '/' | '^';

/** Comparison operators, allowed only as the condition of `where`. */
export type CompareOp = '<' | '<=' | '>' | '>=' | '==' | '!=';

/** A number literal, e.g. `2`, `0.5`, `1e-3`. */
export interface NumberNode extends Partial<Span> {
  readonly kind: 'number';
  readonly value: number;
}

/** `pi` or `e`. */
export interface ConstantNode extends Partial<Span> {
  readonly kind: 'constant';
  readonly name: ConstantName;
}

/** The variable `x`. */
export interface VariableNode extends Partial<Span> {
  readonly kind: 'x';
}

/** A named parameter declared beside the formula (`beta` in `x * sigmoid(beta * x); beta = 1.702`). */
export interface ParamNode extends Partial<Span> {
  readonly kind: 'param';
  readonly name: string;
}

/** Unary minus. */
export interface NegateNode extends Partial<Span> {
  readonly kind: 'negate';
  readonly arg: FormulaNode;
}

/** `left op right` for `+ - * / ^`. */
export interface BinaryNode extends Partial<Span> {
  readonly kind: 'binary';
  readonly op: BinaryOp;
  readonly left: FormulaNode;
  readonly right: FormulaNode;
}

/** `left op right` for a comparison; only ever the `cond` of a `where`. */
export interface CompareNode extends Partial<Span> {
  readonly kind: 'compare';
  readonly op: CompareOp;
  readonly left: FormulaNode;
  readonly right: FormulaNode;
}

/** `where(cond, then, otherwise)`: `then` where cond holds (equality included as the op says). */
export interface WhereNode extends Partial<Span> {
  readonly kind: 'where';
  readonly cond: CompareNode;
  readonly then: FormulaNode;
  readonly otherwise: FormulaNode;
}

/** An elementary function applied to its arguments (`min` and `max` take two). */
export interface CallNode extends Partial<Span> {
  readonly kind: 'call';
  readonly fn: ElementaryName;
  readonly args: readonly FormulaNode[];
}

/**
 * A catalog activation applied to an argument, with its parameters by name where they differ
 * from the defaults: `leaky_relu(x, alpha = 0.2)`. Parameter values are constant expressions (no
 * `x`; declared parameters and numbers allowed).
 */
export interface ActivationNode extends Partial<Span> {
  readonly kind: 'activation';
  /** Canonical id (aliases are resolved by the parser). */
  readonly id: ScalarId;
  readonly arg: FormulaNode;
  readonly params: Readonly<Record<string, FormulaNode>>;
}

/**
 * The derivative f' of a catalog activation, evaluated at `arg`: produced by the symbolic
 * differentiator where the derivative has no short closed form (`leaky_relu'(x)`), never typed.
 */
export interface ActivationDerivativeNode extends Partial<Span> {
  readonly kind: 'activation-derivative';
  readonly id: ScalarId;
  readonly arg: FormulaNode;
  readonly params: Readonly<Record<string, FormulaNode>>;
}

/** Any node of a formula's tree. */
export type FormulaNode =
  | NumberNode
  | ConstantNode
  | VariableNode
  | ParamNode
  | NegateNode
  | BinaryNode
  | WhereNode
  | CallNode
  | ActivationNode
  | ActivationDerivativeNode;

/** Any node including a comparison (which is only valid as a `where` condition). */
export type AnyNode = FormulaNode | CompareNode;

/**
 * The children of a node, in order: operands, arguments, a `where`'s comparison sides, and the
 * parameter expressions of a catalog call. For walking a tree without a case per kind.
 */
export function formulaChildren(node: FormulaNode): readonly FormulaNode[] {
  switch (node.kind) {
    case 'number':
    case 'constant':
    case 'x':
    case 'param':
      return [];
    case 'negate':
      return [node.arg];
    case 'binary':
      return [node.left, node.right];
    case 'where':
      return [node.cond.left, node.cond.right, node.then, node.otherwise];
    case 'call':
      return node.args;
    case 'activation':
    case 'activation-derivative':
      return [node.arg, ...Object.values(node.params)];
  }
}
