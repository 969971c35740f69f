/**
 * JavaScript source text for TensorFlow.js: each activation an arrow function with its parameters
 * as default arguments, whose tensors are freed by `tf.tidy` except the result.
 */
import { jsNumber } from './identifiers.js';

/** The import line of TensorFlow.js. */
export const TFJS_IMPORT = "import * as tf from '@tensorflow/tfjs';";

/** What a generated TF.js function consists of. */
export interface JsFunction {
  /** The constant the function is bound to. */
  readonly name: string;
  /** Parameters after `x` with their defaults. */
  readonly params: readonly { readonly name: string; readonly value: number }[];
  /** The doc comment's text (one line). */
  readonly doc: string;
  /** One expression, or statements ending in a `return`. */
  readonly body: string | readonly string[];
}

/** `/** text *\/` with any comment terminator in the text defused. */
function docComment(text: string): string {
  return `/** ${text.replace(/\*\//g, '* /')} */`;
}

/** `const name = (x, a = 1) => tf.tidy(() => ...);` */
export function jsFunction(fn: JsFunction): string {
  const params = ['x', ...fn.params.map((p) => `${p.name} = ${jsNumber(p.value)}`)].join(', ');
  const head = `const ${fn.name} = (${params}) =>`;
  if (typeof fn.body === 'string') {
    return `${docComment(fn.doc)}\n${head} tf.tidy(() => ${fn.body});`;
  }
  const body = fn.body.map((line) => `    ${line}`);
  return [docComment(fn.doc), head, '  tf.tidy(() => {', ...body, '  });'].join('\n');
}
