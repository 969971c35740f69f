/**
 * Symbolic differentiation of a formula with respect to x: the sum, product, quotient and chain
 * rules over the tree, a rule per elementary function, and for catalog activations the closed form
 * the catalog gives (softplus' = sigmoid) or else an `activation-derivative` node (`leaky_relu'`).
 * The result is simplified, so it reads like a textbook derivative and can be shown or printed.
 *
 * Conventions at kinks match the compiled derivative: abs and sign have slope 0 at 0, min and max
 * split a tie evenly, where() differentiates the branch its condition picks, and catalog functions
 * keep their own conventions (an `activation-derivative` node evaluates the catalog's f').
 */
import type { ScalarId } from '../activation.js';
import { catalog } from '../catalog/catalog.js';
import { ActlabError } from '../errors.js';
import type { ActivationNode, BinaryOp, CallNode, ElementaryName, FormulaNode } from './ast.js';
import { formulaChildren } from './ast.js';
import { bin, dependsOnX, numberNode } from './simplify-product.js';
import { simplify } from './simplify.js';

/**
 * The derivative of `node` with respect to x, simplified. Declared parameters are constants.
 * Throws INVALID_FORMULA when the tree already holds an `activation-derivative` node: second
 * derivatives of catalog functions are not supported.
 */
export function differentiate(node: FormulaNode): FormulaNode {
  // Simplifying first turns x * x * ... * x into x^n before the product rule can make n terms of
  // n factors each; a derivative still too large to simplify quickly (a product of many different
  // factors) is returned as the rules made it, so no typed formula can keep a request busy.
  const raw = derive(simplify(node));
  return nodeCount(raw, MAX_SIMPLIFIED_NODES) > MAX_SIMPLIFIED_NODES ? raw : simplify(raw);
}

/** Largest derivative tree the simplifier is given (about 50 ms of work on a slow core). */
const MAX_SIMPLIFIED_NODES = 4000;

/** Nodes in `node`'s tree, counting stopped just past `limit`. */
function nodeCount(node: FormulaNode, limit: number): number {
  let count = 0;
  const stack: FormulaNode[] = [node];
  while (stack.length > 0 && count <= limit) {
    count++;
    stack.push(...formulaChildren(stack.pop() as FormulaNode));
  }
  return count;
}

const ZERO: FormulaNode = { kind: 'number', value: 0 };
const ONE: FormulaNode = { kind: 'number', value: 1 };
const num = numberNode;
const neg = (arg: FormulaNode): FormulaNode => ({ kind: 'negate', arg });
const add = (left: FormulaNode, right: FormulaNode) => bin('+', left, right);
const sub = (left: FormulaNode, right: FormulaNode) => bin('-', left, right);
const div = (left: FormulaNode, right: FormulaNode) => bin('/', left, right);
const pow = (left: FormulaNode, right: FormulaNode) => bin('^', left, right);
/** A product of any number of factors, left to right. */
const mul = (...factors: FormulaNode[]): FormulaNode =>
  factors.reduce((left, right) => bin('*', left, right));
const call = (fn: ElementaryName, ...args: FormulaNode[]): FormulaNode => ({
  kind: 'call',
  fn,
  args,
});
const PI: FormulaNode = { kind: 'constant', name: 'pi' };
const sigmoid = (arg: FormulaNode): FormulaNode => ({
  kind: 'activation',
  id: 'sigmoid',
  arg,
  params: {},
});

/** The raw (unsimplified) derivative. */
function derive(node: FormulaNode): FormulaNode {
  switch (node.kind) {
    case 'number':
    case 'constant':
    case 'param':
      return ZERO;
    case 'x':
      return ONE;
    case 'negate':
      return neg(derive(node.arg));
    case 'binary':
      return deriveBinary(node.op, node.left, node.right);
    case 'where':
      return {
        kind: 'where',
        cond: node.cond,
        then: derive(node.then),
        otherwise: derive(node.otherwise),
      };
    case 'call':
      return deriveCall(node);
    case 'activation':
      return mul(activationDerivative(node), derive(node.arg));
    case 'activation-derivative':
      throw new ActlabError(
        'INVALID_FORMULA',
        `second derivatives are not supported: ${node.id}' cannot be differentiated again`,
        node.start !== undefined ? { position: node.start, end: node.end } : {},
      );
  }
}

function deriveBinary(op: BinaryOp, u: FormulaNode, v: FormulaNode): FormulaNode {
  switch (op) {
    case '+':
      return add(derive(u), derive(v));
    case '-':
      return sub(derive(u), derive(v));
    case '*':
      return add(mul(derive(u), v), mul(u, derive(v)));
    case '/':
      // u'/v - u v'/v^2: reads better than (u'v - uv')/v^2 when u or v is constant.
      return sub(div(derive(u), v), div(mul(u, derive(v)), pow(v, num(2))));
    default:
      return derivePower(u, v);
  }
}

/** (u^v)': the power rule for constant v, the exponential rule for constant u, else both. */
function derivePower(u: FormulaNode, v: FormulaNode): FormulaNode {
  if (!dependsOnX(v)) {
    const exponent = v.kind === 'number' ? num(v.value - 1) : sub(v, ONE);
    return mul(v, pow(u, exponent), derive(u));
  }
  if (u.kind === 'constant' && u.name === 'e') return mul(pow(u, v), derive(v));
  if (!dependsOnX(u)) return mul(pow(u, v), call('log', u), derive(v));
  return mul(pow(u, v), add(mul(derive(v), call('log', u)), div(mul(v, derive(u)), u)));
}

function deriveCall(node: CallNode): FormulaNode {
  const [u, w] = node.args as [FormulaNode, FormulaNode | undefined];
  const du = derive(u);
  switch (node.fn) {
    case 'exp':
    case 'expm1':
      return mul(call('exp', u), du);
    case 'log':
      return div(du, u);
    case 'log1p':
      return div(du, add(ONE, u));
    case 'sqrt':
      return div(du, mul(num(2), call('sqrt', u)));
    case 'abs':
      return mul(call('sign', u), du);
    case 'sign':
      return ZERO;
    case 'sin':
      return mul(call('cos', u), du);
    case 'cos':
      return neg(mul(call('sin', u), du));
    case 'tan':
      return mul(add(ONE, pow(call('tan', u), num(2))), du);
    case 'atan':
      return div(du, add(ONE, pow(u, num(2))));
    case 'tanh':
      return mul(sub(ONE, pow(call('tanh', u), num(2))), du);
    case 'erf':
    case 'erfc': {
      const d = div(mul(num(2), call('exp', neg(pow(u, num(2)))), du), call('sqrt', PI));
      return node.fn === 'erf' ? d : neg(d);
    }
    case 'min':
    case 'max':
      return deriveMinMax(node.fn, u, w as FormulaNode);
  }
}

/** min(a, b)' is a' where a is smaller, b' where b is, and (a' + b')/2 at a tie (max alike). */
function deriveMinMax(fn: 'min' | 'max', a: FormulaNode, b: FormulaNode): FormulaNode {
  const da = derive(a);
  const db = derive(b);
  const tie = div(add(da, db), num(2));
  const [first, second] = fn === 'min' ? (['<', '>'] as const) : (['>', '<'] as const);
  return {
    kind: 'where',
    cond: { kind: 'compare', op: first, left: a, right: b },
    then: da,
    otherwise: {
      kind: 'where',
      cond: { kind: 'compare', op: second, left: a, right: b },
      then: db,
      otherwise: tie,
    },
  };
}

/** A parameter of a catalog call: its value expression, or the catalog default when not given. */
function paramOf(node: ActivationNode, name: string): FormulaNode {
  const given = node.params[name];
  if (given) return given;
  const spec = catalog.find((info) => info.id === node.id)?.params.find((p) => p.name === name);
  if (!spec) throw new Error(`internal: ${node.id} has no parameter ${name}`);
  return num(spec.default);
}

/**
 * f'(u) of a catalog activation, as the catalog writes it where that closed form holds at every
 * parameter value and is short; otherwise the `activation-derivative` node (kinks and piecewise
 * definitions stay with the catalog, which knows its conventions).
 */
function activationDerivative(node: ActivationNode): FormulaNode {
  const u = node.arg;
  const closed = CLOSED_FORMS[node.id]?.(u, (name) => paramOf(node, name));
  return closed ?? { kind: 'activation-derivative', id: node.id, arg: u, params: node.params };
}

type ClosedForm = (u: FormulaNode, param: (name: string) => FormulaNode) => FormulaNode;

/** Closed forms of f'(u), each checked against the catalog entry's derivative LaTeX. */
const CLOSED_FORMS: Partial<Record<ScalarId, ClosedForm>> = {
  binary_step: () => ZERO,
  linear: (_, param) => param('slope'),
  sigmoid: (u) => mul(sigmoid(u), sub(ONE, sigmoid(u))),
  log_sigmoid: (u) => sigmoid(neg(u)),
  tanh: (u) => sub(ONE, pow(call('tanh', u), num(2))),
  tanh_shrink: (u) => pow(call('tanh', u), num(2)),
  softsign: (u) => div(ONE, pow(add(ONE, call('abs', u)), num(2))),
  softplus: (u, param) => sigmoid(mul(param('beta'), u)),
  squareplus: (u, param) =>
    div(add(ONE, div(u, call('sqrt', add(pow(u, num(2)), param('b'))))), num(2)),
  silu: (u, param) => {
    const s = sigmoid(mul(param('beta'), u));
    return add(s, mul(param('beta'), u, s, sub(ONE, s)));
  },
  mish: (u) => {
    const t = call('tanh', { kind: 'activation', id: 'softplus', arg: u, params: {} });
    return add(t, mul(u, sigmoid(u), sub(ONE, pow(t, num(2)))));
  },
  gelu: (u) => {
    // Φ(u) through erfc keeps it accurate for negative u, where 1 + erf(u/√2) cancels.
    const phi = div(call('erfc', div(neg(u), call('sqrt', num(2)))), num(2));
    const pi2 = mul(num(2), PI);
    return add(phi, div(mul(u, call('exp', neg(div(pow(u, num(2)), num(2))))), call('sqrt', pi2)));
  },
  exponential: (u) => call('exp', u),
  arctan: (u) => div(ONE, add(ONE, pow(u, num(2)))),
  sin: (u) => call('cos', u),
  gaussian: (u) => mul(num(-2), u, call('exp', neg(pow(u, num(2))))),
};
