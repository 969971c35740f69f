/**
 * LaTeX of a formula tree, for reading rather than for re-parsing: `x \tanh(\operatorname{softplus}(x))`,
 * `\frac{a}{b}`, `e^{x}`, `\sigma(x)`, `\operatorname{ReLU}(x)`, parameters as Greek letters,
 * `where` as cases. Multiplication is implicit where that reads unambiguously (`2x`, `x \sigma(x)`)
 * and `\cdot` elsewhere (between numbers, before a fraction or a negative factor).
 */
import type { ScalarId } from '../activation.js';
import type { AnyNode, BinaryNode, CallNode, CompareOp, FormulaNode } from './ast.js';
import { catalogInfo } from './names.js';

const SUM = 1;
const PRODUCT = 2;
const UNARY = 3;
const POWER = 4;
const ATOM = 5;

/** Parameter names written as Greek letters (`pi` is a constant, never a parameter). */
const GREEK: ReadonlySet<string> = new Set(
  'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi rho sigma tau upsilon phi chi psi omega Gamma Delta Theta Lambda Xi Sigma Upsilon Phi Psi Omega'.split(
    ' ',
  ),
);

/** Catalog activations with a conventional symbol of their own. */
const SYMBOLS: Partial<Record<ScalarId, string>> = {
  sigmoid: '\\sigma',
  tanh: '\\tanh',
  sin: '\\sin',
  arctan: '\\arctan',
  exponential: '\\exp',
};

/** Elementary functions with a LaTeX operator of their own; the rest use `\operatorname`. */
const OPERATORS: Partial<Record<CallNode['fn'], string>> = {
  log: '\\ln',
  sin: '\\sin',
  cos: '\\cos',
  tan: '\\tan',
  atan: '\\arctan',
  tanh: '\\tanh',
  min: '\\min',
  max: '\\max',
};

const COMPARE: Record<CompareOp, string> = {
  '<': '<',
  '<=': '\\le',
  '>': '>',
  '>=': '\\ge',
  '==': '=',
  '!=': '\\ne',
};

/** `name` with its underscores escaped for LaTeX. */
function escape(name: string): string {
  return name.replace(/_/g, '\\_');
}

/** A parameter name: `\beta` for a Greek letter, `b` for a single letter, else `\mathrm{min\_val}`. */
function paramLatex(name: string): string {
  if (GREEK.has(name)) return `\\${name}`;
  return /^[A-Za-z]$/.test(name) ? name : `\\mathrm{${escape(name)}}`;
}

/** A number: JavaScript's shortest text, exponent notation as a power of ten (`2 \cdot 10^{-7}`). */
function numberLatex(value: number): string {
  if (Number.isNaN(value)) return '\\mathrm{NaN}';
  if (!Number.isFinite(value)) return value > 0 ? '\\infty' : '-\\infty';
  const [mantissa, exponent] = String(value).split('e');
  if (exponent === undefined) return mantissa as string;
  const power = `10^{${exponent.replace('+', '')}}`;
  if (mantissa === '1') return power;
  return mantissa === '-1' ? `-${power}` : `${mantissa} \\cdot ${power}`;
}

/** The activation's symbol: `\sigma`, `\operatorname{ReLU}` for acronyms, else `\operatorname{leaky\_relu}`. */
function activationSymbol(id: ScalarId): string {
  const symbol = SYMBOLS[id];
  if (symbol) return symbol;
  const name = catalogInfo(id).name;
  const acronym = /^[A-Za-z0-9]+$/.test(name) && (name.match(/[A-Z]/g)?.length ?? 0) >= 2;
  return `\\operatorname{${acronym ? name : escape(id)}}`;
}

/** Parentheses that grow with their content when it is tall (fractions, cases). */
function parens(text: string): string {
  return /\\frac|\\begin/.test(text) ? `\\left(${text}\\right)` : `(${text})`;
}

/** True when the node prints with a leading minus. */
function negative(node: AnyNode): boolean {
  return (
    node.kind === 'negate' ||
    (node.kind === 'number' && (node.value < 0 || Object.is(node.value, -0)))
  );
}

/** How strongly the LaTeX of `node` binds, as in the text printer. */
function strength(node: AnyNode): number {
  switch (node.kind) {
    case 'number':
      if (negative(node)) return UNARY;
      return String(node.value).includes('e') ? PRODUCT : ATOM;
    case 'negate':
      return UNARY;
    case 'binary':
      if (node.op === '+' || node.op === '-') return SUM;
      if (node.op === '*') return PRODUCT;
      return node.op === '^' ? POWER : ATOM;
    case 'compare':
      return 0;
    case 'call':
      return node.fn === 'exp' ? POWER : ATOM;
    default:
      return ATOM;
  }
}

/** `node` in a slot needing at least `slot`; a right operand (`right`) is also wrapped when negative. */
function operand(node: AnyNode, slot: number, right = false): string {
  const text = formulaLatex(node);
  return strength(node) >= slot && !(right && negative(node)) ? text : parens(text);
}

/** The factor at the near end of a product: the leftmost of `right`, the rightmost of `left`. */
function edge(node: FormulaNode, side: 'left' | 'right'): FormulaNode {
  let current = node;
  while (
    current.kind === 'binary' &&
    (current.op === '*' || (current.op === '^' && side === 'left'))
  ) {
    current = current.op === '^' ? current.left : current[side];
  }
  return current;
}

/** A product, implicit (`2x`, `x \sigma(x)`, `\beta x`) where that is unambiguous, else with `\cdot`. */
function productLatex(node: BinaryNode): string {
  const left = operand(node.left, PRODUCT);
  const right = operand(node.right, UNARY, true);
  const last = edge(node.left, 'right');
  const first = edge(node.right, 'left');
  const letter = (n: FormulaNode): boolean =>
    n.kind === 'x' || n.kind === 'param' || n.kind === 'constant';
  const dot =
    first.kind === 'number' ||
    negative(node.right) ||
    (node.right.kind === 'binary' && node.right.op === '/') ||
    node.right.kind === 'where' ||
    last.kind === 'where' ||
    (letter(last) && letter(first) && !(last.kind !== 'x' && first.kind === 'x'));
  if (dot) return `${left} \\cdot ${right}`;
  // `2x`, `-2x`, but `10^{-7} x`: a coefficient in exponent notation keeps its space.
  const plainNumber = last === node.left && last.kind === 'number' && !/e/.test(String(last.value));
  const tight = plainNumber && /^[a-z]/.test(right);
  return tight ? `${left}${right}` : `${left} ${right}`;
}

function binaryLatex(node: BinaryNode): string {
  switch (node.op) {
    case '+':
    case '-':
      return `${operand(node.left, SUM)} ${node.op} ${operand(node.right, PRODUCT, true)}`;
    case '*':
      return productLatex(node);
    case '/':
      return `\\frac{${formulaLatex(node.left)}}{${formulaLatex(node.right)}}`;
    case '^': {
      // A base that is itself a power, a fraction or cases is bracketed so the exponent is unambiguous.
      const bare =
        strength(node.left) === ATOM &&
        !(node.left.kind === 'binary' || node.left.kind === 'where');
      const base = bare ? formulaLatex(node.left) : parens(formulaLatex(node.left));
      return `${base}^{${formulaLatex(node.right)}}`;
    }
  }
}

function callLatex(node: CallNode): string {
  const args = node.args.map((arg) => formulaLatex(arg));
  const arg = args[0] as string;
  switch (node.fn) {
    case 'exp':
      return `e^{${arg}}`;
    case 'sqrt':
      return `\\sqrt{${arg}}`;
    case 'abs':
      return `\\lvert ${arg} \\rvert`;
    default:
      return `${OPERATORS[node.fn] ?? `\\operatorname{${node.fn}}`}${parens(args.join(', '))}`;
  }
}

/** `_{\alpha=0.2}`: the parameters of a catalog call as a subscript (empty when none are given). */
function subscript(params: Readonly<Record<string, FormulaNode>>): string {
  const entries = Object.entries(params).map(
    ([name, value]) => `${paramLatex(name)}=${formulaLatex(value)}`,
  );
  return entries.length > 0 ? `_{${entries.join(', ')}}` : '';
}

/**
 * Readable LaTeX of a formula tree (display only; it is not meant to parse back). Catalog calls
 * show their parameters as a subscript (`\operatorname{leaky\_relu}_{\alpha=0.2}(x)`), derivative
 * nodes a prime (`\operatorname{leaky\_relu}'(x)`), and `where` a cases block.
 */
export function formulaLatex(node: AnyNode): string {
  switch (node.kind) {
    case 'number':
      return numberLatex(node.value);
    case 'constant':
      return node.name === 'pi' ? '\\pi' : 'e';
    case 'x':
      return 'x';
    case 'param':
      return paramLatex(node.name);
    case 'negate':
      return `-${operand(node.arg, UNARY, true)}`;
    case 'binary':
      return binaryLatex(node);
    case 'compare':
      return `${formulaLatex(node.left)} ${COMPARE[node.op]} ${formulaLatex(node.right)}`;
    case 'where':
      return (
        `\\begin{cases} ${formulaLatex(node.then)} & ${formulaLatex(node.cond)} \\\\ ` +
        `${formulaLatex(node.otherwise)} & \\text{otherwise} \\end{cases}`
      );
    case 'call':
      return callLatex(node);
    case 'activation':
      return `${activationSymbol(node.id)}${subscript(node.params)}${parens(formulaLatex(node.arg))}`;
    case 'activation-derivative':
      return `${activationSymbol(node.id)}'${subscript(node.params)}${parens(formulaLatex(node.arg))}`;
  }
}
