/**
 * How a catalog activation is written for one target: the statements of its function body, in
 * terms of the input `x` and its parameters under their target names (Python: the catalog names
 * with `lambda` spelled `lambd`; JavaScript: camelCase, `min_val` -> `minVal`).
 */
import type { ActivationId } from '@actlab/core';

/** The body of a Python function for one activation. */
export interface PythonTemplate {
  /** Statements (comments allowed), the last one a `return`; unindented. */
  readonly body: readonly string[];
  /** Module-level helpers the body calls, by name (see each target's helper table). */
  readonly helpers?: readonly string[];
}

/** The body of a TensorFlow.js function for one activation, run inside `tf.tidy`. */
export interface JsTemplate {
  /** One expression, or statements ending in a `return`. */
  readonly body: string | readonly string[];
  /** A comment line shown above the function (a difference from the framework's own op). */
  readonly note?: string;
}

/** One template per catalog activation, scalar and vector. */
export type TemplateTable<T> = Readonly<Record<ActivationId, T>>;
