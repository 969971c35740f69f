/**
 * Catalog activations as code: one function per activation (and for PyTorch its module), with the
 * parameters as keyword arguments or default arguments whose defaults are the values exported.
 * The formula export reuses the functions as helpers.
 */
import type { ActivationId, Params } from '@actlab/core';
import { activationInfo } from '@actlab/core';
import { JAX_TEMPLATES } from './catalog-jax.js';
import { NUMPY_HELPERS, NUMPY_TEMPLATES } from './catalog-numpy.js';
import { PYTORCH_TEMPLATES } from './catalog-pytorch.js';
import type { PythonTemplate, TemplateTable } from './catalog-template.js';
import { TFJS_TEMPLATES } from './catalog-tfjs.js';
import { camelCase, pascalCase, pythonParamName } from './identifiers.js';
import { TFJS_IMPORT, jsFunction } from './js-source.js';
import type { PythonFunction } from './python-source.js';
import { pythonFunction, pythonImports, torchModule } from './python-source.js';
import type { ExportTarget, ExportedCode } from './targets.js';

/** The Python targets. */
export type PythonTarget = Exclude<ExportTarget, 'tfjs'>;

const PYTHON_TEMPLATES: Readonly<Record<PythonTarget, TemplateTable<PythonTemplate>>> = {
  numpy: NUMPY_TEMPLATES,
  pytorch: PYTORCH_TEMPLATES,
  jax: JAX_TEMPLATES,
};

/** NumPy functions convert their input first, so lists and integer arrays work in float64. */
export const NUMPY_INPUT = 'x = np.asarray(x, dtype=np.float64)';

/** The docstring of a catalog function. */
function catalogDoc(id: ActivationId): string {
  const info = activationInfo(id);
  const axis = info.kind === 'vector' ? ', over the last axis' : '';
  return `${info.name}, as actlab defines it${axis}.`;
}

/** The value of every catalog parameter of `id`, in catalog order, from `params` or its default. */
function paramValues(id: ActivationId, params: Params): { name: string; value: number }[] {
  return activationInfo(id).params.map((spec) => ({
    name: spec.name,
    value: params[spec.name] ?? spec.default,
  }));
}

/** A catalog activation as a Python function, and the module-level helpers it calls. */
export function pythonCatalogFunction(
  target: PythonTarget,
  id: ActivationId,
  params: Params,
): { readonly fn: PythonFunction; readonly helpers: readonly string[] } {
  const template = PYTHON_TEMPLATES[target][id];
  const fn: PythonFunction = {
    name: id,
    params: paramValues(id, params).map((p) => ({ ...p, name: pythonParamName(p.name) })),
    doc: catalogDoc(id),
    body: target === 'numpy' ? [NUMPY_INPUT, ...template.body] : template.body,
  };
  return { fn, helpers: template.helpers ?? [] };
}

/** The definitions of NumPy's module-level helpers, each once, in the order given. */
export function numpyHelperCode(names: Iterable<string>): string[] {
  return [...new Set(names)].map((name) => (NUMPY_HELPERS[name] ?? []).join('\n'));
}

/** A catalog activation as a TF.js function. */
export function tfjsCatalogFunction(id: ActivationId, params: Params): string {
  const template = TFJS_TEMPLATES[id];
  return jsFunction({
    name: camelCase(id),
    params: paramValues(id, params).map((p) => ({ ...p, name: camelCase(p.name) })),
    doc: [catalogDoc(id), template.note].filter(Boolean).join(' '),
    body: template.body,
  });
}

/** Definitions separated as PEP 8 asks: two blank lines between top-level blocks. */
export function pythonBlocks(blocks: readonly string[]): string {
  return blocks.join('\n\n\n');
}

/** A catalog activation exported to one target. */
export function exportCatalog(
  id: ActivationId,
  target: ExportTarget,
  params: Params,
): ExportedCode {
  if (target === 'tfjs') {
    return {
      target,
      language: 'javascript',
      functionName: camelCase(id),
      code: tfjsCatalogFunction(id, params),
      imports: [TFJS_IMPORT],
    };
  }
  const { fn, helpers } = pythonCatalogFunction(target, id, params);
  const blocks = [...numpyHelperCode(helpers), pythonFunction(fn)];
  if (target === 'pytorch') blocks.push(torchModule(pascalCase(id), activationInfo(id).name, fn));
  const code = pythonBlocks(blocks);
  return {
    target,
    language: 'python',
    functionName: id,
    code,
    imports: pythonImports(target, code),
  };
}
