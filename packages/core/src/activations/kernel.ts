/**
 * The shape every family module fills in: an activation's catalog entry plus a `build` that turns
 * validated parameters into its functions. Bulk loops are written out per activation (not made by a
 * shared higher-order helper) so that V8 sees one call target per loop and inlines the kernel.
 */
import type { ActivationInfo, Kink, Params } from '../activation.js';
import { ActlabError } from '../errors.js';

/** The functions of a scalar activation at fixed parameters. */
export interface ScalarKernel {
  /** f(x). */
  readonly f: (x: number) => number;
  /** f'(x), with the catalog's convention at kinks. */
  readonly df: (x: number) => number;
  /** f over an array, into `out` when given. */
  readonly map: (xs: ArrayLike<number>, out?: Float64Array) => Float64Array;
  /** f' over an array, into `out` when given. */
  readonly grad: (xs: ArrayLike<number>, out?: Float64Array) => Float64Array;
  /** Kinks at these parameters. */
  readonly kinks: readonly Kink[];
}

/** The functions of a vector activation at fixed parameters. */
export interface VectorKernel {
  /** y = f(xs). */
  readonly f: (xs: ArrayLike<number>) => Float64Array;
  /** Row i holds dy_i/dx_j. */
  readonly jacobian: (xs: ArrayLike<number>) => Float64Array[];
  /** v^T J. */
  readonly vjp: (xs: ArrayLike<number>, v: ArrayLike<number>) => Float64Array;
}

/** A scalar activation as the registry holds it: metadata plus a builder. */
export interface ScalarDefinition {
  /** The catalog entry (kind `scalar`). */
  readonly info: ActivationInfo;
  /** Checks that involve several parameters at once; returns a message naming them, or undefined. */
  readonly check?: (p: Params) => { readonly param: string; readonly message: string } | undefined;
  /** Builds the functions from complete, range-checked parameters. */
  readonly build: (p: Params) => ScalarKernel;
}

/** A vector activation as the registry holds it. */
export interface VectorDefinition {
  /** The catalog entry (kind `vector`). */
  readonly info: ActivationInfo;
  /** Builds the functions from complete, range-checked parameters. */
  readonly build: (p: Params) => VectorKernel;
}

/** The value of a parameter that validation has already filled in. */
export function param(p: Params, name: string): number {
  const value = p[name];
  if (value === undefined) throw new Error(`internal: parameter ${name} missing after validation`);
  return value;
}

/** The buffer a bulk kernel writes into: `out` when given (and long enough), else a new one. */
export function bulkOutput(xs: ArrayLike<number>, out: Float64Array | undefined): Float64Array {
  if (out === undefined) return new Float64Array(xs.length);
  if (out.length < xs.length) {
    throw new ActlabError(
      'SHAPE_MISMATCH',
      `out has ${out.length} elements but the input has ${xs.length}; out must be at least as long`,
    );
  }
  return out;
}

/** `value`, except NaN when x is NaN: piecewise kernels use it so NaN never turns into a constant. */
export function nanOr(x: number, value: number): number {
  return x !== x ? x : value;
}

/**
 * Writes `value` at every index of `xs` into `out`, except NaN where xs holds NaN: the bulk form of
 * a constant derivative. A memset-speed fill plus a branch-free scan (x*0 is NaN only for NaN and
 * +-Infinity) costs about a fifth more than a bare fill loop; the exact pass runs only when needed.
 */
export function fillKeepingNaN(
  xs: ArrayLike<number>,
  out: Float64Array,
  value: number,
): Float64Array {
  const n = xs.length;
  out.fill(value, 0, n);
  let a0 = 0;
  let a1 = 0;
  let i = 0;
  for (; i + 1 < n; i += 2) {
    a0 += (xs[i] as number) * 0;
    a1 += (xs[i + 1] as number) * 0;
  }
  if (i < n) a0 += (xs[i] as number) * 0;
  if (a0 + a1 !== 0) {
    for (let j = 0; j < n; j++) {
      const x = xs[j] as number;
      if (x !== x) out[j] = x;
    }
  }
  return out;
}
