/**
 * The frameworks an activation can be exported to and the shape of an export.
 */
import type { Language } from './identifiers.js';

/** Every export target: NumPy, PyTorch and JAX (Python) and TensorFlow.js (JavaScript). */
export const EXPORT_TARGETS = ['numpy', 'pytorch', 'jax', 'tfjs'] as const;

/** One export target. */
export type ExportTarget = (typeof EXPORT_TARGETS)[number];

/** True when `name` is one of `EXPORT_TARGETS`. */
export function isExportTarget(name: unknown): name is ExportTarget {
  return typeof name === 'string' && (EXPORT_TARGETS as readonly string[]).includes(name);
}

/** An activation as source code for one framework. */
export interface ExportedCode {
  /** The framework the code is for. */
  readonly target: ExportTarget;
  /** `python` for NumPy, PyTorch and JAX, `javascript` for TensorFlow.js. */
  readonly language: Language;
  /**
   * The function to call: the catalog id (`leaky_relu`, camelCase `leakyRelu` in JavaScript) or
   * `custom_activation` / `customActivation` for a formula. It takes the input array or tensor
   * first and the parameters after it, as keyword arguments (Python) or trailing arguments
   * (JavaScript) whose defaults are the values exported.
   */
  readonly functionName: string;
  /**
   * The definitions, without the import lines: helper functions first, then the function (and
   * for PyTorch an `nn.Module` subclass named in PascalCase, e.g. `LeakyRelu`, that calls it).
   */
  readonly code: string;
  /** The import lines the code needs, in order (`import numpy as np`). */
  readonly imports: readonly string[];
}
