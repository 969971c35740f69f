/**
 * Custom (typed) activations as code: the formula's tree translated node by node, preceded by one
 * helper function per catalog activation it calls (the catalog export at its defaults, which the
 * formula's calls override by keyword). Declared parameters become the function's parameters.
 */
import type { FormulaActivation, ScalarId } from '@actlab/core';
import { activationInfo } from '@actlab/core';
import type { PythonTarget } from './export-catalog.js';
import {
  NUMPY_INPUT,
  numpyHelperCode,
  pythonBlocks,
  pythonCatalogFunction,
  tfjsCatalogFunction,
} from './export-catalog.js';
import { jsExpression } from './formula-js.js';
import type { PythonDialect } from './formula-python.js';
import { pythonExpression } from './formula-python.js';
import { catalogCalls, elementaryCalls, isArrayValued } from './formula-walk.js';
import { camelCase, identifierPicker } from './identifiers.js';
import { TFJS_IMPORT, jsFunction } from './js-source.js';
import { JAX_DIALECT, NUMPY_DIALECT, PYTORCH_DIALECT } from './python-dialects.js';
import type { PythonFunction } from './python-source.js';
import { indented, pythonFunction, pythonImports, torchModule } from './python-source.js';
import type { ExportTarget, ExportedCode } from './targets.js';

/** The name of an exported formula's function in Python, its module class and in JavaScript. */
const PYTHON_NAME = 'custom_activation';
const PYTHON_CLASS = 'CustomActivation';
const JS_NAME = 'customActivation';

const DIALECTS: Readonly<Record<PythonTarget, PythonDialect>> = {
  numpy: NUMPY_DIALECT,
  pytorch: PYTORCH_DIALECT,
  jax: JAX_DIALECT,
};

/** The docstring or doc comment: the formula as actlab prints it. */
function formulaDoc(activation: FormulaActivation): string {
  return `Custom activation ${activation.definition.text}, exported by actlab.`;
}

/** Declared parameters with their exported values, named by `pick`. */
function declaredParams(
  activation: FormulaActivation,
  pick: (name: string) => string,
): { name: string; value: number }[] {
  return activation.definition.params.map((spec) => ({
    name: pick(spec.name),
    value: activation.params[spec.name] ?? spec.default,
  }));
}

function exportPython(activation: FormulaActivation, target: PythonTarget): ExportedCode {
  const { tree } = activation.definition;
  const ids: ScalarId[] = catalogCalls(tree);
  const helpers = ids.map((id) => pythonCatalogFunction(target, id, {}));
  const numpyHelpers = helpers.flatMap((h) => h.helpers);
  const elementary = elementaryCalls(tree);
  if (target === 'numpy') {
    if (elementary.has('erf')) numpyHelpers.push('_erf');
    if (elementary.has('erfc')) numpyHelpers.push('_erfc');
  }
  const pick = identifierPicker('python', [PYTHON_NAME, PYTHON_CLASS, '_erf', '_erfc', ...ids]);
  const dialect = DIALECTS[target];
  const expression = pythonExpression(tree, dialect, { param: pick, helper: (id) => id });
  const result = `return ${isArrayValued(tree) ? expression : dialect.fill(expression)}`;
  const body =
    target === 'numpy'
      ? [
          NUMPY_INPUT,
          '# Every branch of np.where is evaluated: overflow and NaN in unused ones are expected.',
          'with np.errstate(all="ignore"):',
          ...indented([result]),
        ]
      : [result];
  const main: PythonFunction = {
    name: PYTHON_NAME,
    params: declaredParams(activation, pick),
    doc: formulaDoc(activation),
    body,
  };
  const blocks = [
    ...numpyHelperCode(numpyHelpers),
    ...helpers.map((h) => pythonFunction(h.fn)),
    pythonFunction(main),
  ];
  if (target === 'pytorch') blocks.push(torchModule(PYTHON_CLASS, 'The custom activation', main));
  const code = pythonBlocks(blocks);
  return {
    target,
    language: 'python',
    functionName: PYTHON_NAME,
    code,
    imports: pythonImports(target, code),
  };
}

function exportTfjs(activation: FormulaActivation): ExportedCode {
  const { tree } = activation.definition;
  const ids = catalogCalls(tree);
  const pick = identifierPicker('javascript', [JS_NAME, ...ids.map(camelCase)]);
  const expression = jsExpression(tree, {
    param: pick,
    catalogParams: (id) => activationInfo(id).params.map((p) => p.name),
  });
  const main = jsFunction({
    name: JS_NAME,
    params: declaredParams(activation, pick),
    doc: formulaDoc(activation),
    body: isArrayValued(tree) ? expression : `tf.fill(x.shape, ${expression})`,
  });
  return {
    target: 'tfjs',
    language: 'javascript',
    functionName: JS_NAME,
    code: [...ids.map((id) => tfjsCatalogFunction(id, {})), main].join('\n\n'),
    imports: [TFJS_IMPORT],
  };
}

/** A validated custom activation exported to one target. */
export function exportFormula(activation: FormulaActivation, target: ExportTarget): ExportedCode {
  return target === 'tfjs' ? exportTfjs(activation) : exportPython(activation, target);
}
