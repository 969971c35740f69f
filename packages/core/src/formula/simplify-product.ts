/**
 * The flat model of products behind `simplify`: `±(numbers * factors) / (numbers * divisors)`
 * with integer powers collected, plus the exact-arithmetic checks that decide which numbers fold.
 * Also the small tree helpers (structural equality, literals) the simplifier and the
 * differentiator share.
 */
import type { CompareNode, FormulaNode } from './ast.js';

/** A factor `base^power` of a product, with a positive integer power (1 for opaque factors). */
export interface Factor {
  readonly base: FormulaNode;
  power: number;
}

/** A product as `±(num... * factors...) / (den... * divisors...)`. */
export interface Product {
  /** Whether the whole product is negated. */
  negative: boolean;
  /** Numeric factors of the numerator, positive, none equal to 1. */
  num: number[];
  /** Numeric factors of the denominator, positive, none equal to 1. */
  den: number[];
  /** Non-numeric factors above the fraction bar, each base once. */
  factors: Factor[];
  /** Non-numeric factors below the fraction bar, each base once. */
  divisors: Factor[];
}

/** Structural equality of two trees, ignoring spans. */
export function nodesEqual(a: FormulaNode | CompareNode, b: FormulaNode | CompareNode): boolean {
  switch (a.kind) {
    case 'number':
      return b.kind === 'number' && Object.is(a.value, b.value);
    case 'constant':
      return b.kind === 'constant' && a.name === b.name;
    case 'x':
      return b.kind === 'x';
    case 'param':
      return b.kind === 'param' && a.name === b.name;
    case 'negate':
      return b.kind === 'negate' && nodesEqual(a.arg, b.arg);
    case 'binary':
    case 'compare':
      return (
        b.kind === a.kind &&
        a.op === b.op &&
        nodesEqual(a.left, b.left) &&
        nodesEqual(a.right, b.right)
      );
    case 'where':
      return (
        b.kind === 'where' &&
        nodesEqual(a.cond, b.cond) &&
        nodesEqual(a.then, b.then) &&
        nodesEqual(a.otherwise, b.otherwise)
      );
    case 'call':
      return (
        b.kind === 'call' &&
        a.fn === b.fn &&
        a.args.length === b.args.length &&
        a.args.every((arg, i) => nodesEqual(arg, b.args[i] as FormulaNode))
      );
    case 'activation':
    case 'activation-derivative': {
      if (b.kind !== a.kind || a.id !== b.id || !nodesEqual(a.arg, b.arg)) return false;
      const names = Object.keys(a.params);
      return (
        names.length === Object.keys(b.params).length &&
        names.every((n) => {
          const other = b.params[n];
          return other !== undefined && nodesEqual(a.params[n] as FormulaNode, other);
        })
      );
    }
  }
}

/** True when the node involves x (declared parameters and constants do not). */
export function dependsOnX(node: FormulaNode): boolean {
  switch (node.kind) {
    case 'x':
      return true;
    case 'number':
    case 'constant':
    case 'param':
      return false;
    case 'negate':
      return dependsOnX(node.arg);
    case 'binary':
      return dependsOnX(node.left) || dependsOnX(node.right);
    case 'where':
      return [node.cond.left, node.cond.right, node.then, node.otherwise].some(dependsOnX);
    case 'call':
      return node.args.some(dependsOnX);
    case 'activation':
    case 'activation-derivative':
      // Parameter values never involve x (the parser refuses that).
      return dependsOnX(node.arg);
  }
}

/** A number literal; negative values become `-(literal)` so that no literal is ever negative. */
export function numberNode(value: number): FormulaNode {
  return value < 0 || Object.is(value, -0)
    ? { kind: 'negate', arg: { kind: 'number', value: -value } }
    : { kind: 'number', value };
}

/** The value of a literal or a negated literal, else undefined. */
export function numericValue(node: FormulaNode): number | undefined {
  if (node.kind === 'number') return node.value;
  if (node.kind === 'negate' && node.arg.kind === 'number') return -node.arg.value;
  return undefined;
}

/** The binary node `left op right`. */
export function bin(
  op: '+' | '-' | '*' | '/' | '^',
  left: FormulaNode,
  right: FormulaNode,
): FormulaNode {
  return { kind: 'binary', op, left, right };
}

/** `base ^ exponent` with exponent 0 and 1 removed, literal powers folded when exact. */
export function simplifyPower(base: FormulaNode, exponent: FormulaNode): FormulaNode {
  const n = numericValue(exponent);
  // Math.pow(a, 0) is 1 for every a, NaN included.
  if (n === 0) return numberNode(1);
  if (n === 1) return base;
  const b = numericValue(base);
  if (n !== undefined && b !== undefined && Number.isInteger(b) && isSmallPower(n)) {
    const value = b ** n;
    if (Number.isSafeInteger(value) && BigInt(b) ** BigInt(n) === BigInt(value)) {
      return numberNode(value);
    }
  }
  // (a^m)^n = a^(mn) holds for every real a only when both powers are integers.
  if (n !== undefined && Number.isInteger(n) && base.kind === 'binary' && base.op === '^') {
    const m = numericValue(base.right);
    const mn = m !== undefined && Number.isInteger(m) ? exactProduct(m, n) : undefined;
    if (mn !== undefined) return simplifyPower(base.left, numberNode(mn));
  }
  return bin('^', base, exponent);
}

/** An empty product (the number 1). */
export function unit(): Product {
  return { negative: false, num: [], den: [], factors: [], divisors: [] };
}

/** The flat product model of a (simplified) node. */
export function productOf(node: FormulaNode): Product {
  const product = unit();
  addToProduct(product, node, false);
  return product;
}

function addToProduct(p: Product, node: FormulaNode, inverted: boolean): void {
  if (node.kind === 'number') {
    pushNumber(inverted ? p.den : p.num, node.value);
    if (node.value < 0) p.negative = !p.negative;
  } else if (node.kind === 'negate') {
    p.negative = !p.negative;
    addToProduct(p, node.arg, inverted);
  } else if (node.kind === 'binary' && (node.op === '*' || node.op === '/')) {
    addToProduct(p, node.left, inverted);
    addToProduct(p, node.right, node.op === '/' ? !inverted : inverted);
  } else if (node.kind === 'binary' && node.op === '^') {
    const n = numericValue(node.right);
    if (n !== undefined && isSmallPower(n)) addFactor(p, node.left, n, inverted);
    // a^-k is 1 / a^k, so it moves across the fraction bar.
    else if (n !== undefined && n < 0)
      addToProduct(p, simplifyPower(node.left, numberNode(-n)), !inverted);
    else addFactor(p, node, 1, inverted);
  } else {
    addFactor(p, node, 1, inverted);
  }
}

/** Multiplies `value` (its magnitude) into the first numeric factor it multiplies exactly. */
function pushNumber(list: number[], value: number): void {
  const magnitude = Math.abs(value);
  if (magnitude === 1) return;
  for (let i = 0; i < list.length; i++) {
    const product = exactProduct(list[i] as number, magnitude);
    if (product !== undefined) {
      list[i] = product;
      return;
    }
  }
  list.push(magnitude);
}

/** Integer powers that products track (and add up exactly); others stay opaque factors. */
function isSmallPower(n: number): boolean {
  return Number.isInteger(n) && n > 0 && n <= 1e6;
}

function addFactor(p: Product, base: FormulaNode, power: number, inverted: boolean): void {
  const list = inverted ? p.divisors : p.factors;
  const same = list.find((f) => nodesEqual(f.base, base));
  if (same) same.power += power;
  else list.push({ base, power });
}

/**
 * Sort rank of a factor, so products read `2 * pi * beta * sqrt(2) * x * exp(x)`: constants,
 * parameters, other expressions without x, x itself, the rest; ties keep their order.
 */
function rank(f: Factor): number {
  const { kind } = f.base;
  if (kind === 'constant') return 0;
  if (kind === 'param') return 1;
  if (kind === 'x') return 3;
  return dependsOnX(f.base) ? 4 : 2;
}

/**
 * A product node: coefficient first, factors in rank order, divisors after a single `/`, and a
 * minus sign on the first factor (`-2 * x`, `-sin(x) * y`, `-1 / x`), as one writes it.
 */
export function rebuildProduct(p: Product): FormulaNode {
  reduceCoefficient(p);
  if (p.num.includes(0)) return numberNode(0);
  const chain = (nodes: FormulaNode[]): FormulaNode | undefined =>
    nodes.reduce<FormulaNode | undefined>((acc, n) => (acc ? bin('*', acc, n) : n), undefined);
  const sorted = (factors: Factor[]) =>
    [...factors].sort((a, b) => rank(a) - rank(b)).map(factorNode);
  const [first = numberNode(1), ...rest] = [...p.num.map(numberNode), ...sorted(p.factors)];
  const signed: FormulaNode = p.negative ? { kind: 'negate', arg: first } : first;
  const top = chain([signed, ...rest]) as FormulaNode;
  const bottom = chain([...p.den.map(numberNode), ...sorted(p.divisors)]);
  return bottom ? bin('/', top, bottom) : top;
}

function factorNode(f: Factor): FormulaNode {
  return f.power === 1 ? f.base : bin('^', f.base, numberNode(f.power));
}

/** Cancels a numeric fraction p / q when q divides p or both are integers with a common divisor. */
function reduceCoefficient(p: Product): void {
  if (p.num.length > 1 || p.den.length !== 1) return;
  const top = p.num[0] ?? 1;
  const bottom = p.den[0] as number;
  const quotient = exactQuotient(top, bottom);
  if (quotient !== undefined && Number.isInteger(quotient)) {
    p.num = quotient === 1 ? [] : [quotient];
    p.den = [];
  } else if (Number.isSafeInteger(top) && Number.isSafeInteger(bottom)) {
    const g = gcd(top, bottom);
    p.num = top === g ? [] : [top / g];
    p.den = [bottom / g];
  }
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** a * b when the float product is exact (and finite, and not subnormal), else undefined. */
function exactProduct(a: number, b: number): number | undefined {
  const p = a * b;
  if (a === 0 || b === 0) return 0;
  if (!Number.isFinite(p) || Math.abs(p) < 1e-290 || Math.abs(a) > 1e290 || Math.abs(b) > 1e290) {
    return undefined;
  }
  // Dekker's two-product: the rounding error of a * b, computed exactly without fma.
  const [ah, al] = split(a);
  const [bh, bl] = split(b);
  const error = ah * bh - p + ah * bl + al * bh + al * bl;
  return error === 0 ? p : undefined;
}

function split(a: number): [number, number] {
  const c = 134217729 * a;
  const high = c - (c - a);
  return [high, a - high];
}

/** a / b when the float quotient is exact, else undefined. */
function exactQuotient(a: number, b: number): number | undefined {
  if (b === 0) return undefined;
  const q = a / b;
  return Number.isFinite(q) && exactProduct(q, b) === a ? q : undefined;
}

/** a + b when the float sum is exact (Knuth's two-sum has zero error), else undefined. */
export function exactSum(a: number, b: number): number | undefined {
  const s = a + b;
  if (!Number.isFinite(s)) return undefined;
  const bb = s - a;
  return a - (s - bb) + (b - bb) === 0 ? s : undefined;
}
