/**
 * The one entry point: any activation, from the catalog or typed as a formula, as code for one
 * framework. Names and parameters are validated by @actlab/core exactly as everywhere else.
 */
import type { ActivationId, FormulaActivation } from '@actlab/core';
import { ActlabError, activation } from '@actlab/core';
import { exportCatalog } from './export-catalog.js';
import { exportFormula } from './export-formula.js';
import type { ExportTarget, ExportedCode } from './targets.js';
import { EXPORT_TARGETS, isExportTarget } from './targets.js';

/**
 * `name` (a catalog id or alias, or a `formula:` id) at `params` as code for `target`, the
 * parameters' values as the defaults of the function's parameters. Throws ActlabError:
 * UNKNOWN_ACTIVATION, INVALID_PARAMS or INVALID_FORMULA as `activation(name, params)` does, and
 * INVALID_ARGUMENT for a target not in `EXPORT_TARGETS`.
 */
export function exportActivation(
  name: string,
  target: ExportTarget,
  params?: Readonly<Record<string, number>>,
): ExportedCode {
  const ready = activation(name, params);
  if (!isExportTarget(target)) {
    throw new ActlabError(
      'INVALID_ARGUMENT',
      `unknown export target ${JSON.stringify(target)}; valid targets: ${EXPORT_TARGETS.join(', ')}`,
    );
  }
  if ('definition' in ready) return exportFormula(ready as FormulaActivation, target);
  return exportCatalog(ready.id as ActivationId, target, ready.params);
}
