/**
 * A formula's tree as a TensorFlow.js expression, node by node: subtrees that depend on x become
 * tf.* calls on tensors (tf.mul, tf.where, ...), subtrees of parameters and numbers stay plain
 * JavaScript arithmetic (Math.exp), which every tf op accepts in place of a tensor.
 */
import type { CompareNode, ElementaryName, FormulaNode } from '@actlab/core';
import { isArrayValued } from './formula-walk.js';
import { camelCase, jsNumber } from './identifiers.js';

/** JavaScript precedence levels used here, loosest first. */
const Prec = { Conditional: 1, Compare: 2, Additive: 3, Multiplicative: 4, Unary: 5, Atom: 7 };

/** Printed code and how tightly it binds. */
interface Printed {
  readonly text: string;
  readonly prec: number;
}

const atom = (text: string): Printed => ({ text, prec: Prec.Atom });

function wrap(p: Printed, min: number): string {
  return p.prec >= min ? p.text : `(${p.text})`;
}

/** Elementary functions on tensors. */
const TENSOR: Readonly<Record<ElementaryName, (args: readonly string[]) => string>> = {
  exp: ([a]) => `tf.exp(${a})`,
  expm1: ([a]) => `tf.expm1(${a})`,
  log: ([a]) => `tf.log(${a})`,
  log1p: ([a]) => `tf.log1p(${a})`,
  sqrt: ([a]) => `tf.sqrt(${a})`,
  abs: ([a]) => `tf.abs(${a})`,
  sign: ([a]) => `tf.sign(${a})`,
  min: ([a, b]) => `tf.minimum(${a}, ${b})`,
  max: ([a, b]) => `tf.maximum(${a}, ${b})`,
  sin: ([a]) => `tf.sin(${a})`,
  cos: ([a]) => `tf.cos(${a})`,
  tan: ([a]) => `tf.tan(${a})`,
  atan: ([a]) => `tf.atan(${a})`,
  tanh: ([a]) => `tf.tanh(${a})`,
  erf: ([a]) => `tf.erf(${a})`,
  erfc: ([a]) => `tf.sub(1, tf.erf(${a}))`,
};

/** Elementary functions on numbers: Math's, except erf, which JavaScript lacks (tf's, read back). */
const NUMBER: Readonly<Record<ElementaryName, (args: readonly string[]) => Printed>> = {
  exp: ([a]) => atom(`Math.exp(${a})`),
  expm1: ([a]) => atom(`Math.expm1(${a})`),
  log: ([a]) => atom(`Math.log(${a})`),
  log1p: ([a]) => atom(`Math.log1p(${a})`),
  sqrt: ([a]) => atom(`Math.sqrt(${a})`),
  abs: ([a]) => atom(`Math.abs(${a})`),
  sign: ([a]) => atom(`Math.sign(${a})`),
  min: ([a, b]) => atom(`Math.min(${a}, ${b})`),
  max: ([a, b]) => atom(`Math.max(${a}, ${b})`),
  sin: ([a]) => atom(`Math.sin(${a})`),
  cos: ([a]) => atom(`Math.cos(${a})`),
  tan: ([a]) => atom(`Math.tan(${a})`),
  atan: ([a]) => atom(`Math.atan(${a})`),
  tanh: ([a]) => atom(`Math.tanh(${a})`),
  erf: ([a]) => atom(`tf.erf(${a}).dataSync()[0]`),
  erfc: ([a]) => ({ text: `1 - tf.erf(${a}).dataSync()[0]`, prec: Prec.Additive }),
};

const TENSOR_BINARY: Readonly<Record<string, string>> = {
  '+': 'tf.add',
  '-': 'tf.sub',
  '*': 'tf.mul',
  '/': 'tf.div',
  '^': 'tf.pow',
};

const TENSOR_COMPARE: Readonly<Record<string, string>> = {
  '<': 'tf.less',
  '<=': 'tf.lessEqual',
  '>': 'tf.greater',
  '>=': 'tf.greaterEqual',
  '==': 'tf.equal',
  '!=': 'tf.notEqual',
};

const NUMBER_COMPARE: Readonly<Record<string, string>> = { '==': '===', '!=': '!==' };

/** Where the formula's names go in the generated code. */
export interface JsNames {
  /** The identifier of a declared parameter. */
  readonly param: (name: string) => string;
  /** The catalog parameters of an activation in signature order, to place arguments by position. */
  readonly catalogParams: (id: string) => readonly string[];
}

/** Translates one tree to a TF.js expression. */
export function jsExpression(tree: FormulaNode, names: JsNames): string {
  function compare(node: CompareNode, tensor: boolean): Printed {
    const left = print(node.left);
    const right = print(node.right);
    if (tensor) return atom(`${TENSOR_COMPARE[node.op] as string}(${left.text}, ${right.text})`);
    const op = NUMBER_COMPARE[node.op] ?? node.op;
    const text = `${wrap(left, Prec.Additive)} ${op} ${wrap(right, Prec.Additive)}`;
    return { text, prec: Prec.Compare };
  }

  function binary(node: FormulaNode & { kind: 'binary' }): Printed {
    const left = print(node.left);
    const right = print(node.right);
    if (isArrayValued(node)) {
      return atom(`${TENSOR_BINARY[node.op] as string}(${left.text}, ${right.text})`);
    }
    if (node.op === '^') return atom(`Math.pow(${left.text}, ${right.text})`);
    const prec = node.op === '+' || node.op === '-' ? Prec.Additive : Prec.Multiplicative;
    return { text: `${wrap(left, prec)} ${node.op} ${wrap(right, prec + 1)}`, prec };
  }

  function print(node: FormulaNode): Printed {
    switch (node.kind) {
      case 'number':
        return { text: jsNumber(node.value), prec: node.value < 0 ? Prec.Unary : Prec.Atom };
      case 'constant':
        return atom(node.name === 'pi' ? 'Math.PI' : 'Math.E');
      case 'x':
        return atom('x');
      case 'param':
        return atom(names.param(node.name));
      case 'negate': {
        const arg = print(node.arg);
        if (isArrayValued(node)) return atom(`tf.neg(${arg.text})`);
        // Parentheses around a unary operand keep `- -a` from reading as the decrement `--a`.
        return { text: `-${wrap(arg, Prec.Atom)}`, prec: Prec.Unary };
      }
      case 'binary':
        return binary(node);
      case 'where': {
        const tensor = isArrayValued(node.cond.left) || isArrayValued(node.cond.right);
        const cond = compare(node.cond, tensor);
        const then = print(node.then);
        const otherwise = print(node.otherwise);
        if (tensor) return atom(`tf.where(${cond.text}, ${then.text}, ${otherwise.text})`);
        const text = `${cond.text} ? ${wrap(then, Prec.Compare)} : ${wrap(otherwise, Prec.Conditional)}`;
        return { text, prec: Prec.Conditional };
      }
      case 'call': {
        const args = node.args.map((a) => print(a).text);
        return isArrayValued(node) ? atom(TENSOR[node.fn](args)) : NUMBER[node.fn](args);
      }
      case 'activation': {
        const order = names.catalogParams(node.id);
        const given = order.map((name) => node.params[name]);
        // Trailing parameters left out take their defaults; earlier gaps are passed as undefined.
        const last = given.reduce((at, value, i) => (value ? i : at), -1);
        const args = given
          .slice(0, last + 1)
          .map((value) => (value ? print(value).text : 'undefined'));
        // A number argument becomes an array the shape of x, so every catalog call gives one.
        const arg = print(node.arg).text;
        const first = isArrayValued(node.arg) ? arg : `tf.fill(x.shape, ${arg})`;
        return atom(`${camelCase(node.id)}(${[first, ...args].join(', ')})`);
      }
      case 'activation-derivative':
        throw new Error('internal: derivative nodes are refused before translation');
    }
  }

  return print(tree).text;
}
