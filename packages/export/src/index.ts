/**
 * @actlab/export: any activation, from the catalog or typed as a formula, as code for NumPy,
 * PyTorch, JAX and TensorFlow.js.
 *
 * The public surface is this explicit list; everything else is internal.
 */
export { exportActivation } from './export-activation.js';
export type { Language } from './identifiers.js';
export type { ExportTarget, ExportedCode } from './targets.js';
export { EXPORT_TARGETS, isExportTarget } from './targets.js';
