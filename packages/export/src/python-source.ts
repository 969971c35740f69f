/**
 * Python source text: function definitions with keyword parameters and a docstring, PyTorch's
 * `nn.Module` wrapper, and the import lines the finished code needs.
 */
import type { ExportTarget } from './targets.js';
import { pythonNumber } from './identifiers.js';

const INDENT = '    ';

/** A parameter of a generated function: its Python name and default value. */
interface PythonParam {
  /** The identifier in the signature. */
  readonly name: string;
  /** Its default, the value exported. */
  readonly value: number;
}

/** What a generated Python function consists of. */
export interface PythonFunction {
  /** The function's name. */
  readonly name: string;
  /** Keyword parameters after `x`, in order. */
  readonly params: readonly PythonParam[];
  /** One line saying what it computes. */
  readonly doc: string;
  /** Statements, unindented; nested blocks carry their own extra indentation. */
  readonly body: readonly string[];
}

/** `text` as the inside of a triple-quoted docstring. */
function docstring(text: string): string {
  return `"""${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"""`;
}

/** The signature's parameter list: `x, alpha=0.01`. */
function signature(params: readonly PythonParam[]): string {
  return ['x', ...params.map((p) => `${p.name}=${pythonNumber(p.value)}`)].join(', ');
}

/** A `def` with its docstring and body. */
export function pythonFunction(fn: PythonFunction): string {
  const lines = [`def ${fn.name}(${signature(fn.params)}):`, INDENT + docstring(fn.doc)];
  for (const line of fn.body) lines.push(INDENT + line);
  return lines.join('\n');
}

/**
 * A PyTorch module that holds the parameters as plain attributes (fixed, not learned) and
 * whose `forward` calls the function.
 */
export function torchModule(className: string, title: string, fn: PythonFunction): string {
  const held =
    fn.params.length > 0 ? '; its parameters are fixed attributes, not learned weights' : '';
  const lines = [
    `class ${className}(nn.Module):`,
    INDENT + docstring(`${title} as an nn.Module${held}.`),
  ];
  if (fn.params.length > 0) {
    const args = fn.params.map((p) => `${p.name}=${pythonNumber(p.value)}`).join(', ');
    lines.push('', `${INDENT}def __init__(self, ${args}):`, `${INDENT}${INDENT}super().__init__()`);
    for (const p of fn.params) lines.push(`${INDENT}${INDENT}self.${p.name} = ${p.name}`);
  }
  const call = ['x', ...fn.params.map((p) => `${p.name}=self.${p.name}`)].join(', ');
  lines.push('', `${INDENT}def forward(self, x):`, `${INDENT}${INDENT}return ${fn.name}(${call})`);
  return lines.join('\n');
}

/** Each import line and the pattern of the name it provides. */
const IMPORTS: Readonly<Record<ExportTarget, readonly (readonly [string, RegExp])[]>> = {
  numpy: [
    ['import math', /\bmath\./],
    ['import numpy as np', /\bnp\./],
  ],
  pytorch: [
    ['import math', /\bmath\./],
    ['import torch', /\btorch\./],
    ['import torch.nn.functional as F', /\bF\./],
    ['from torch import nn', /\bnn\.Module\b/],
  ],
  jax: [
    ['import math', /\bmath\./],
    ['import jax', /\bjax\./],
    ['import jax.numpy as jnp', /\bjnp\./],
    // jax.scipy is not imported by `import jax` alone.
    ['import jax.scipy.special', /\bjax\.scipy\.special\./],
  ],
  tfjs: [],
};

/** The import lines `code` needs, judged by the names it uses outside comments. */
export function pythonImports(target: ExportTarget, code: string): string[] {
  const withoutComments = code.replace(/#.*$/gm, '');
  return IMPORTS[target].filter(([, used]) => used.test(withoutComments)).map(([line]) => line);
}

/** Lines indented one level deeper (for a `with` block). */
export function indented(lines: readonly string[]): string[] {
  return lines.map((line) => INDENT + line);
}
