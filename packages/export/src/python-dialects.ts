/**
 * How NumPy, PyTorch and JAX spell the formula language's elementary functions, constants and
 * `where`. NumPy and JAX functions take numbers and arrays alike; PyTorch's take tensors only, so
 * its number-only subtrees use the math module, and min/max against a number become torch.clamp.
 */
import type { ElementaryName } from '@actlab/core';
import type { Arg, PythonDialect } from './formula-python.js';
import { Prec, atom, conditional } from './formula-python.js';

/** Elementary function to a Python function name, one per framework. */
type Spelling = Readonly<Record<ElementaryName, string>>;

/** A call of `fn` spelled by `names`. */
function spelled(names: Spelling, fn: ElementaryName, args: readonly string[]): string {
  return `${names[fn]}(${args.join(', ')})`;
}

const NUMPY_NAMES: Spelling = {
  exp: 'np.exp',
  expm1: 'np.expm1',
  log: 'np.log',
  log1p: 'np.log1p',
  sqrt: 'np.sqrt',
  abs: 'np.abs',
  sign: 'np.sign',
  min: 'np.minimum',
  max: 'np.maximum',
  sin: 'np.sin',
  cos: 'np.cos',
  tan: 'np.tan',
  atan: 'np.arctan',
  tanh: 'np.tanh',
  // Module-level helpers (NUMPY_HELPERS): NumPy has no erf.
  erf: '_erf',
  erfc: '_erfc',
};

/** NumPy: one spelling for arrays and numbers. */
export const NUMPY_DIALECT: PythonDialect = {
  arrayCall: (fn, args) =>
    spelled(
      NUMPY_NAMES,
      fn,
      args.map((a) => a.text),
    ),
  numberCall: (fn, args) => atom(spelled(NUMPY_NAMES, fn, args)),
  constants: { pi: 'np.pi', e: 'np.e' },
  where: (c, a, b) => `np.where(${c}, ${a}, ${b})`,
  numberWhere: (c, a, b) => atom(`np.where(${c}, ${a}, ${b})`),
  numberToArray: (text) => `np.full_like(x, ${text})`,
  fill: (text) => `np.full_like(x, ${text})`,
};

const JAX_NAMES: Spelling = {
  ...NUMPY_NAMES,
  exp: 'jnp.exp',
  expm1: 'jnp.expm1',
  log: 'jnp.log',
  log1p: 'jnp.log1p',
  sqrt: 'jnp.sqrt',
  abs: 'jnp.abs',
  sign: 'jnp.sign',
  min: 'jnp.minimum',
  max: 'jnp.maximum',
  sin: 'jnp.sin',
  cos: 'jnp.cos',
  tan: 'jnp.tan',
  atan: 'jnp.arctan',
  tanh: 'jnp.tanh',
  erf: 'jax.scipy.special.erf',
  erfc: 'jax.scipy.special.erfc',
};

/** JAX: jax.numpy and jax.scipy.special, for arrays and numbers alike. */
export const JAX_DIALECT: PythonDialect = {
  arrayCall: (fn, args) =>
    spelled(
      JAX_NAMES,
      fn,
      args.map((a) => a.text),
    ),
  numberCall: (fn, args) => atom(spelled(JAX_NAMES, fn, args)),
  constants: { pi: 'jnp.pi', e: 'jnp.e' },
  where: (c, a, b) => `jnp.where(${c}, ${a}, ${b})`,
  numberWhere: (c, a, b) => atom(`jnp.where(${c}, ${a}, ${b})`),
  numberToArray: (text) => `jnp.full_like(x, ${text})`,
  fill: (text) => `jnp.full_like(x, ${text})`,
};

const TORCH_NAMES: Spelling = {
  exp: 'torch.exp',
  expm1: 'torch.expm1',
  log: 'torch.log',
  log1p: 'torch.log1p',
  sqrt: 'torch.sqrt',
  abs: 'torch.abs',
  sign: 'torch.sign',
  min: 'torch.minimum',
  max: 'torch.maximum',
  sin: 'torch.sin',
  cos: 'torch.cos',
  tan: 'torch.tan',
  atan: 'torch.atan',
  tanh: 'torch.tanh',
  erf: 'torch.erf',
  erfc: 'torch.erfc',
};

const MATH_NAMES: Spelling = {
  exp: 'math.exp',
  expm1: 'math.expm1',
  log: 'math.log',
  log1p: 'math.log1p',
  sqrt: 'math.sqrt',
  abs: 'abs',
  sign: 'sign',
  min: 'min',
  max: 'max',
  sin: 'math.sin',
  cos: 'math.cos',
  tan: 'math.tan',
  atan: 'math.atan',
  tanh: 'math.tanh',
  erf: 'math.erf',
  erfc: 'math.erfc',
};

/** min or max of a tensor and a number: torch.minimum and torch.maximum take tensors only. */
function torchMinMax(fn: 'min' | 'max', args: readonly Arg[]): string {
  const [a, b] = args as [Arg, Arg];
  if (a.array && b.array) return spelled(TORCH_NAMES, fn, [a.text, b.text]);
  const [tensor, bound] = a.array ? [a, b] : [b, a];
  return `torch.clamp(${tensor.text}, ${fn === 'min' ? 'max' : 'min'}=${bound.text})`;
}

/** PyTorch: torch functions on tensors, the math module and builtins on numbers. */
export const PYTORCH_DIALECT: PythonDialect = {
  arrayCall: (fn, args) =>
    fn === 'min' || fn === 'max'
      ? torchMinMax(fn, args)
      : spelled(
          TORCH_NAMES,
          fn,
          args.map((a) => a.text),
        ),
  numberCall: (fn, args) => {
    const [a] = args as [string];
    // Python has no sign function; this one gives -1.0, 0.0 or 1.0 like torch.sign.
    if (fn === 'sign') return { text: `float(${a} > 0) - float(${a} < 0)`, prec: Prec.Additive };
    return atom(spelled(MATH_NAMES, fn, args));
  },
  constants: { pi: 'math.pi', e: 'math.e' },
  where: (c, a, b) => `torch.where(${c}, ${a}, ${b})`,
  numberWhere: conditional,
  // full_like gives the number x's dtype and device too, which torch functions need to match.
  numberToArray: (text) => `torch.full_like(x, ${text})`,
  fill: (text) => `torch.full_like(x, ${text})`,
};
