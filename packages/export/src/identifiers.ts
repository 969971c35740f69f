/**
 * Names and literals in the generated code: Python and JavaScript identifiers that cannot clash
 * with keywords, modules or the generated helpers, the casing each language expects, and number
 * literals that read back as exactly the same double.
 */

/** Python's keywords (and the soft keywords), which cannot be parameter names. */
const PYTHON_KEYWORDS = [
  'False',
  'None',
  'True',
  'and',
  'as',
  'assert',
  'async',
  'await',
  'break',
  'case',
  'class',
  'continue',
  'def',
  'del',
  'elif',
  'else',
  'except',
  'finally',
  'for',
  'from',
  'global',
  'if',
  'import',
  'in',
  'is',
  'lambda',
  'match',
  'nonlocal',
  'not',
  'or',
  'pass',
  'raise',
  'return',
  'try',
  'type',
  'while',
  'with',
  'yield',
];

/**
 * Names the Python code uses besides its own functions: the module aliases, the builtins it calls
 * and `self`, so a parameter called `np` or `abs` cannot shadow them.
 */
const PYTHON_TAKEN = [
  'np',
  'math',
  'torch',
  'nn',
  'F',
  'jax',
  'jnp',
  'self',
  'super',
  'float',
  'abs',
  'min',
  'max',
  'x',
];

/** JavaScript's reserved words and the globals the generated code relies on. */
const JS_TAKEN = [
  'arguments',
  'await',
  'break',
  'case',
  'catch',
  'class',
  'const',
  'continue',
  'debugger',
  'default',
  'delete',
  'do',
  'else',
  'enum',
  'eval',
  'export',
  'extends',
  'false',
  'finally',
  'for',
  'function',
  'if',
  'implements',
  'import',
  'in',
  'instanceof',
  'interface',
  'let',
  'new',
  'null',
  'package',
  'private',
  'protected',
  'public',
  'return',
  'static',
  'super',
  'switch',
  'this',
  'throw',
  'true',
  'try',
  'typeof',
  'var',
  'void',
  'while',
  'with',
  'yield',
  'undefined',
  'NaN',
  'Infinity',
  'Math',
  'tf',
  'x',
];

/** The language of the generated code. */
export type Language = 'python' | 'javascript';

/**
 * Picks identifiers for parameters: the name as given unless it is a keyword, a name the code
 * already uses or one picked before, in which case underscores are appended (`lambda` -> `lambda_`,
 * PEP 8's convention). `reserved` adds the names of the generated functions.
 */
export function identifierPicker(
  language: Language,
  reserved: Iterable<string>,
): (name: string) => string {
  const taken = new Set<string>([
    ...(language === 'python' ? [...PYTHON_KEYWORDS, ...PYTHON_TAKEN] : JS_TAKEN),
    ...reserved,
  ]);
  const picked = new Map<string, string>();
  return (name) => {
    const known = picked.get(name);
    if (known !== undefined) return known;
    let id = name;
    while (taken.has(id)) id += '_';
    taken.add(id);
    picked.set(name, id);
    return id;
  };
}

/**
 * The Python name of a catalog parameter: its own name, except `lambda` (a keyword), which is
 * spelled `lambd` as PyTorch spells it.
 */
export function pythonParamName(name: string): string {
  return name === 'lambda' ? 'lambd' : name;
}

/** snake_case to camelCase: `leaky_relu` -> `leakyRelu`, `min_val` -> `minVal`. */
export function camelCase(name: string): string {
  return name.replace(/_+([a-z0-9])/gi, (_, c: string) => c.toUpperCase());
}

/** snake_case to PascalCase, for class names: `leaky_relu` -> `LeakyRelu`. */
export function pascalCase(name: string): string {
  const camel = camelCase(name);
  return camel.charAt(0).toUpperCase() + camel.slice(1);
}

/**
 * A Python float literal for `value` that parses back to the same double: integers get `.0` (so
 * no expression silently becomes integer arithmetic), the rest use JavaScript's shortest
 * round-trip form, which Python reads identically; infinities and NaN go through `float(...)`.
 */
export function pythonNumber(value: number): string {
  if (Number.isNaN(value)) return 'float("nan")';
  if (value === Infinity) return 'float("inf")';
  if (value === -Infinity) return 'float("-inf")';
  if (Object.is(value, -0)) return '-0.0';
  const text = String(value);
  return /[.e]/.test(text) ? text : `${text}.0`;
}

/** A JavaScript number literal for `value` (shortest round-trip form; `-0` keeps its sign). */
export function jsNumber(value: number): string {
  return Object.is(value, -0) ? '-0' : String(value);
}
