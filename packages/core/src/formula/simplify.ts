/**
 * Algebraic simplification of formula trees, mainly so that symbolic derivatives read like the
 * ones in a textbook: `sigmoid(x) + x * sigmoid(x) * (1 - sigmoid(x))`, not
 * `1 * sigmoid(x) + x * (sigmoid(x) * (1 - sigmoid(x)) * 1)`.
 *
 * Sums and products go through a flat model (signed terms; a numeric coefficient, factors with
 * integer powers and divisors) and are rebuilt from it. Every rewrite keeps the value up to
 * rounding; the one deliberate exception is the textbook `0 * a = 0` (and `a - a = 0`), which
 * ignores that `a` could be infinite or NaN. Numbers are folded only where the float result is the
 * exact result (`2 * 3` becomes `6`, `1 / 3` stays a fraction), `pi` and `e` stay symbolic, and
 * factors never cancel across a fraction bar (`x / x` stays: it is NaN at 0).
 */
import type { CallNode, CompareNode, FormulaNode } from './ast.js';
import type { Factor, Product } from './simplify-product.js';
import {
  bin,
  exactSum,
  nodesEqual,
  numberNode,
  numericValue,
  productOf,
  rebuildProduct,
  simplifyPower,
  unit,
} from './simplify-product.js';

export { nodesEqual } from './simplify-product.js';

/** Passes after which simplification stops even if a rewrite still fires (none is known to). */
const MAX_PASSES = 16;

/**
 * The simplified form of `node`: a new tree without spans, with the same value up to rounding
 * (and `0 * a = 0`). Deterministic and idempotent: `simplify(simplify(t))` equals `simplify(t)`.
 */
export function simplify(node: FormulaNode): FormulaNode {
  let current = node;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const next = simplifyNode(current);
    if (nodesEqual(next, current)) return next;
    current = next;
  }
  return current;
}

function simplifyNode(node: FormulaNode): FormulaNode {
  switch (node.kind) {
    case 'number':
      return numberNode(node.value);
    case 'constant':
      return { kind: 'constant', name: node.name };
    case 'x':
      return { kind: 'x' };
    case 'param':
      return { kind: 'param', name: node.name };
    case 'negate':
      return rebuildProduct(productOf({ kind: 'negate', arg: simplifyNode(node.arg) }));
    case 'binary': {
      const left = simplifyNode(node.left);
      const right = simplifyNode(node.right);
      if (node.op === '+' || node.op === '-') return simplifySum(bin(node.op, left, right));
      if (node.op === '^') {
        const power = simplifyPower(left, right);
        return power.kind === 'binary' && power.op === '^'
          ? rebuildProduct(productOf(power))
          : power;
      }
      return rebuildProduct(productOf(bin(node.op, left, right)));
    }
    case 'where': {
      const cond = simplifyCompare(node.cond);
      const then = simplifyNode(node.then);
      const otherwise = simplifyNode(node.otherwise);
      const decided = decideCompare(cond);
      if (decided !== undefined) return decided ? then : otherwise;
      return nodesEqual(then, otherwise) ? then : { kind: 'where', cond, then, otherwise };
    }
    case 'call':
      return foldCall({ kind: 'call', fn: node.fn, args: node.args.map(simplifyNode) });
    case 'activation':
    case 'activation-derivative':
      return {
        kind: node.kind,
        id: node.id,
        arg: simplifyNode(node.arg),
        params: Object.fromEntries(
          Object.entries(node.params).map(([name, value]) => [name, simplifyNode(value)]),
        ),
      };
  }
}

function simplifyCompare(cond: CompareNode): CompareNode {
  return {
    kind: 'compare',
    op: cond.op,
    left: simplifyNode(cond.left),
    right: simplifyNode(cond.right),
  };
}

/** The outcome of a comparison of two literals, else undefined. */
function decideCompare(cond: CompareNode): boolean | undefined {
  const a = numericValue(cond.left);
  const b = numericValue(cond.right);
  if (a === undefined || b === undefined) return undefined;
  const outcomes = {
    '<': a < b,
    '<=': a <= b,
    '>': a > b,
    '>=': a >= b,
    '==': a === b,
    '!=': a !== b,
  };
  return outcomes[cond.op];
}

/** Calls whose value at a literal is exact: exp(0) = 1, log(1) = 0, abs(-2) = 2, sqrt(9) = 3. */
function foldCall(node: CallNode): FormulaNode {
  const [first, second] = node.args;
  if (node.fn === 'abs' && first?.kind === 'negate') return { ...node, args: [first.arg] };
  const a = first === undefined ? undefined : numericValue(first);
  if (a === undefined) return node;
  if (second !== undefined) {
    const b = numericValue(second);
    if (b === undefined) return node;
    return numberNode(node.fn === 'min' ? Math.min(a, b) : Math.max(a, b));
  }
  switch (node.fn) {
    case 'abs':
      return numberNode(Math.abs(a));
    case 'sign':
      return numberNode(Math.sign(a));
    case 'sqrt': {
      // Safe integers square exactly, so root * root === a proves the root exact.
      const root = Math.sqrt(a);
      return Number.isSafeInteger(a) && Number.isInteger(root) && root * root === a
        ? numberNode(root)
        : node;
    }
    case 'exp':
    case 'cos':
    case 'erfc':
      return a === 0 ? numberNode(1) : node;
    case 'log':
      return a === 1 ? numberNode(0) : node;
    default:
      // expm1, log1p, sin, tan, atan, tanh and erf all vanish at 0 (and nowhere else exactly).
      return a === 0 ? numberNode(0) : node;
  }
}

/** A sum with like terms combined (`2 * x + x` is `3 * x`), zeros dropped and common factors pulled. */
function simplifySum(node: FormulaNode): FormulaNode {
  const terms: Product[] = [];
  collectTerms(node, false, terms);
  const combined = combineLikeTerms(terms);
  if (combined.length === 0) return numberNode(0);
  return pullCommonFactors(combined) ?? rebuildSum(combined);
}

function collectTerms(node: FormulaNode, negative: boolean, out: Product[]): void {
  if (node.kind === 'binary' && (node.op === '+' || node.op === '-')) {
    collectTerms(node.left, negative, out);
    collectTerms(node.right, node.op === '-' ? !negative : negative, out);
  } else if (node.kind === 'negate') {
    collectTerms(node.arg, !negative, out);
  } else {
    const product = productOf(node);
    if (negative) product.negative = !product.negative;
    out.push(product);
  }
}

/** A term as signed coefficient top / bottom times `rest`; top undefined when not one number. */
interface SplitTerm {
  top: number | undefined;
  readonly bottom: number;
  readonly rest: FormulaNode;
  readonly product: Product;
}

function combineLikeTerms(terms: readonly Product[]): Product[] {
  const split: SplitTerm[] = [];
  for (const product of terms) {
    const rest = rebuildProduct({
      ...unit(),
      factors: product.factors,
      divisors: product.divisors,
    });
    const simple = product.num.length <= 1 && product.den.length <= 1;
    const magnitude = product.num[0] ?? 1;
    const term: SplitTerm = {
      top: simple ? (product.negative ? -magnitude : magnitude) : undefined,
      bottom: product.den[0] ?? 1,
      rest,
      product,
    };
    const like = split.find(
      (s) =>
        s.top !== undefined &&
        term.top !== undefined &&
        s.bottom === term.bottom &&
        exactSum(s.top, term.top) !== undefined &&
        nodesEqual(s.rest, rest),
    );
    if (like) like.top = exactSum(like.top as number, term.top as number);
    else split.push(term);
  }
  return split
    .filter((s) => (s.top === undefined ? !s.product.num.includes(0) : s.top !== 0))
    .map(({ top, bottom, product }) =>
      top === undefined
        ? product
        : {
            negative: top < 0,
            num: Math.abs(top) === 1 ? [] : [Math.abs(top)],
            den: bottom === 1 ? [] : [bottom],
            factors: product.factors,
            divisors: product.divisors,
          },
    );
}

/**
 * `a * b + a * c` as `a * (b + c)` when every term shares a factor (or divisor), unless some term
 * is that factor alone: `sigmoid(x) + x * sigmoid(x) * (1 - sigmoid(x))` reads better as it is.
 */
function pullCommonFactors(terms: readonly Product[]): FormulaNode | undefined {
  const [first, ...others] = terms;
  if (first === undefined || others.length === 0) return undefined;
  const shared = (pick: (p: Product) => Factor[]): Factor[] =>
    pick(first).flatMap((f) => {
      let power = f.power;
      for (const other of others) {
        const match = pick(other).find((g) => nodesEqual(g.base, f.base));
        if (!match) return [];
        power = Math.min(power, match.power);
      }
      return [{ base: f.base, power }];
    });
  const factors = shared((p) => p.factors);
  const divisors = shared((p) => p.divisors);
  if (factors.length === 0 && divisors.length === 0) return undefined;
  const rests = terms.map((t) => ({
    ...t,
    factors: without(t.factors, factors),
    divisors: without(t.divisors, divisors),
  }));
  const isUnit = (p: Product) =>
    p.num.length + p.den.length + p.factors.length + p.divisors.length === 0;
  if (rests.some(isUnit)) return undefined;
  const negative = rests.every((r) => r.negative);
  const inner = rebuildSum(rests.map((r) => ({ ...r, negative: negative ? false : r.negative })));
  return rebuildProduct({
    ...unit(),
    negative,
    factors: [...factors, { base: inner, power: 1 }],
    divisors,
  });
}

/** `factors` with each of `removed` divided out once (powers lowered, emptied ones dropped). */
function without(factors: readonly Factor[], removed: readonly Factor[]): Factor[] {
  return factors.flatMap((f) => {
    const match = removed.find((r) => nodesEqual(r.base, f.base));
    const power = f.power - (match?.power ?? 0);
    return power > 0 ? [{ base: f.base, power }] : [];
  });
}

/** The terms as `t1 + t2 - t3 ...` in their order; a leading negative term is negated. */
function rebuildSum(terms: readonly Product[]): FormulaNode {
  let sum: FormulaNode | undefined;
  for (const term of terms) {
    if (sum === undefined) sum = rebuildProduct({ ...term });
    else {
      const magnitude = rebuildProduct({ ...term, negative: false });
      sum = bin(term.negative ? '-' : '+', sum, magnitude);
    }
  }
  return sum ?? numberNode(0);
}
