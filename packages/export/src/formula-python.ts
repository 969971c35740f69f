/**
 * A formula's tree as a Python expression for NumPy, PyTorch or JAX, node by node. Subtrees that
 * depend on x become array code (np.where, torch.where, ...); subtrees of parameters and numbers
 * stay plain numbers, which PyTorch needs as Python floats (math.exp, not torch.exp). Parentheses
 * appear only where Python's precedence needs them, so the printed grouping is the tree's.
 */
import type { CompareNode, ElementaryName, FormulaNode } from '@actlab/core';
import { isArrayValued } from './formula-walk.js';
import { pythonNumber, pythonParamName } from './identifiers.js';

/** Python's precedence levels, loosest first. */
export const Prec = {
  Conditional: 1,
  Compare: 2,
  Additive: 3,
  Multiplicative: 4,
  Unary: 5,
  Power: 6,
  Atom: 7,
} as const;

/** A precedence level (a higher one binds tighter). */
export type Prec = number;

/** Printed code and how tightly it binds. */
export interface Printed {
  readonly text: string;
  readonly prec: Prec;
}

/** One printed argument and whether it is an array. */
export interface Arg {
  readonly text: string;
  readonly array: boolean;
}

/** How one Python framework spells the elementary functions, constants and `where`. */
export interface PythonDialect {
  /** An elementary function of arrays (at least one argument is an array). */
  readonly arrayCall: (fn: ElementaryName, args: readonly Arg[]) => string;
  /** An elementary function of plain numbers. */
  readonly numberCall: (fn: ElementaryName, args: readonly string[]) => Printed;
  /** `pi` and `e`. */
  readonly constants: { readonly pi: string; readonly e: string };
  /** `where` whose condition is an array; `then`/`otherwise` may be numbers. */
  readonly where: (cond: string, then: string, otherwise: string) => string;
  /** `where` whose condition is a plain boolean. */
  readonly numberWhere: (cond: string, then: string, otherwise: string) => Printed;
  /**
   * A catalog helper's argument that is a plain number, as an array the shape of x: so every
   * catalog call gives an array like x, and a formula that depends on nothing else still does.
   */
  readonly numberToArray: (text: string) => string;
  /** An array the shape of x filled with a number (a formula that does not depend on x). */
  readonly fill: (text: string) => string;
}

/** Code that needs no parentheses anywhere (a name, a call). */
export const atom = (text: string): Printed => ({ text, prec: Prec.Atom });

/** Python's own conditional expression, for a condition that is a plain boolean. */
export const conditional = (cond: string, then: string, otherwise: string): Printed => ({
  text: `${then} if ${cond} else ${otherwise}`,
  prec: Prec.Conditional,
});

/** Where the formula's names go in the generated code. */
export interface PythonNames {
  /** The Python identifier of a declared parameter. */
  readonly param: (name: string) => string;
  /** The helper function of a catalog activation. */
  readonly helper: (id: string) => string;
}

/** `p` with parentheses when it binds looser than `min`. */
function wrap(p: Printed, min: Prec): string {
  return p.prec >= min ? p.text : `(${p.text})`;
}

const BINARY: Readonly<Record<string, { op: string; prec: Prec }>> = {
  '+': { op: '+', prec: Prec.Additive },
  '-': { op: '-', prec: Prec.Additive },
  '*': { op: '*', prec: Prec.Multiplicative },
  '/': { op: '/', prec: Prec.Multiplicative },
};

/** Translates one tree for one dialect. */
export function pythonExpression(
  tree: FormulaNode,
  dialect: PythonDialect,
  names: PythonNames,
): string {
  function compare(node: CompareNode): Printed {
    const left = wrap(print(node.left), Prec.Additive);
    const right = wrap(print(node.right), Prec.Additive);
    return { text: `${left} ${node.op} ${right}`, prec: Prec.Compare };
  }

  function print(node: FormulaNode): Printed {
    switch (node.kind) {
      case 'number':
        return { text: pythonNumber(node.value), prec: node.value < 0 ? Prec.Unary : Prec.Atom };
      case 'constant':
        return atom(dialect.constants[node.name]);
      case 'x':
        return atom('x');
      case 'param':
        return atom(names.param(node.name));
      case 'negate':
        return { text: `-${wrap(print(node.arg), Prec.Power)}`, prec: Prec.Unary };
      case 'binary': {
        if (node.op === '^') {
          // Python's ** takes a primary on its left and a unary expression on its right.
          const base = wrap(print(node.left), Prec.Atom);
          return { text: `${base} ** ${wrap(print(node.right), Prec.Unary)}`, prec: Prec.Power };
        }
        const { op, prec } = BINARY[node.op] as { op: string; prec: Prec };
        // Right operands bind strictly tighter: a - (b - c) and a * (b * c) keep their grouping.
        const left = wrap(print(node.left), prec);
        return { text: `${left} ${op} ${wrap(print(node.right), prec + 1)}`, prec };
      }
      case 'where': {
        const cond = compare(node.cond);
        const then = print(node.then);
        const otherwise = print(node.otherwise);
        if (isArrayValued(node.cond.left) || isArrayValued(node.cond.right)) {
          return atom(dialect.where(cond.text, then.text, otherwise.text));
        }
        return dialect.numberWhere(
          wrap(cond, Prec.Compare),
          wrap(then, Prec.Compare),
          wrap(otherwise, Prec.Conditional),
        );
      }
      case 'call': {
        const args = node.args.map((a) => ({ text: print(a).text, array: isArrayValued(a) }));
        if (args.some((a) => a.array)) return atom(dialect.arrayCall(node.fn, args));
        return dialect.numberCall(
          node.fn,
          args.map((a) => a.text),
        );
      }
      case 'activation': {
        const arg = print(node.arg).text;
        const params = Object.entries(node.params).map(
          ([name, value]) => `${pythonParamName(name)}=${print(value).text}`,
        );
        const first = isArrayValued(node.arg) ? arg : dialect.numberToArray(arg);
        return atom(`${names.helper(node.id)}(${[first, ...params].join(', ')})`);
      }
      case 'activation-derivative':
        throw new Error('internal: derivative nodes are refused before translation');
    }
  }

  return print(tree).text;
}
