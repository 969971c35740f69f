/**
 * The column loops of the arithmetic operators and the comparisons, for the bulk evaluator
 * (bulk.ts): the sum, product, quotient and power rules of scalar.ts over whole registers, with the
 * same specializations for a constant side, in the same order of operations.
 */
import type { CompareOp } from './ast.js';

/** Elements per chunk: a few registers of this size stay in the first-level cache. */
export const CHUNK = 256;

/**
 * The length of the chunk being evaluated (CHUNK, or less for the last one): set by the run loop
 * before it runs a program's steps, read by every loop. One shared cell is safe because a run is
 * synchronous and never re-entered (a formula's catalog calls are never formulas), and it lets a
 * short input (a training batch of 80 pre-activations) run in bulk instead of element by element.
 */
export const chunk = { length: CHUNK };

/** One step of a program: a loop over a chunk. */
export type Step = () => void;

/** A node's registers while the program is built. */
export interface Column {
  /** Its values over the chunk. */
  readonly v: Float64Array;
  /** Its derivatives over the chunk (a register filled once when they are constant). */
  d: Float64Array;
  /** The folded value of a constant node (whose `v` is filled with it). */
  readonly constant: number | undefined;
  /** The derivative when it is the same everywhere (1 for x, 0 for a constant, 3 for 3 * x). */
  dConstant: number | undefined;
}

/** A node's derivative: a register, and its value when it is constant. */
export interface Derivative {
  readonly d: Float64Array;
  readonly dConstant: number | undefined;
}

/** What the rules need from the program being built. */
export interface ProgramBuilder {
  /** False when no derivative is wanted (then `derivative` and `constant` return a dummy). */
  readonly derivatives: boolean;
  /** Adds the step computing `column`'s values, which reads the values of `reads`. */
  value(column: Column, reads: readonly Column[], step: Step): void;
  /** A new derivative register filled by `loop`, which reads the values of `reads`. */
  derivative(reads: readonly Column[], loop: (D: Float64Array) => void): Derivative;
  /** A derivative that is `value` everywhere. */
  constant(value: number): Derivative;
}

const same = (c: Column): Derivative => ({ d: c.d, dConstant: c.dConstant });

/** +, -, *, /: values over two registers, derivatives specialized for a constant side as in scalar.ts. */
export function arithmeticRule(
  kind: 'add' | 'sub' | 'mul' | 'div',
  self: Column,
  a: Column,
  b: Column,
  builder: ProgramBuilder,
): Derivative {
  const V = self.v;
  const { v: A, d: dA, constant: ca, dConstant: ka } = a;
  const { v: B, d: dB, constant: cb, dConstant: kb } = b;
  switch (kind) {
    case 'add':
      builder.value(self, [a, b], () => {
        for (let i = 0, n = chunk.length; i < n; i++) V[i] = (A[i] as number) + (B[i] as number);
      });
      if (ca !== undefined) return same(b);
      if (cb !== undefined) return same(a);
      if (ka !== undefined && kb !== undefined) return builder.constant(ka + kb);
      return builder.derivative([], (D) => {
        for (let i = 0, n = chunk.length; i < n; i++) D[i] = (dA[i] as number) + (dB[i] as number);
      });
    case 'sub':
      builder.value(self, [a, b], () => {
        for (let i = 0, n = chunk.length; i < n; i++) V[i] = (A[i] as number) - (B[i] as number);
      });
      if (cb !== undefined) return same(a);
      if (ca !== undefined) {
        if (kb !== undefined) return builder.constant(-kb);
        return builder.derivative([], (D) => {
          for (let i = 0, n = chunk.length; i < n; i++) D[i] = -(dB[i] as number);
        });
      }
      if (ka !== undefined && kb !== undefined) return builder.constant(ka - kb);
      return builder.derivative([], (D) => {
        for (let i = 0, n = chunk.length; i < n; i++) D[i] = (dA[i] as number) - (dB[i] as number);
      });
    case 'mul':
      builder.value(self, [a, b], () => {
        for (let i = 0, n = chunk.length; i < n; i++) V[i] = (A[i] as number) * (B[i] as number);
      });
      if (ca !== undefined) {
        if (kb !== undefined) return builder.constant(ca * kb);
        return builder.derivative([], (D) => {
          for (let i = 0, n = chunk.length; i < n; i++) D[i] = ca * (dB[i] as number);
        });
      }
      if (cb !== undefined) {
        if (ka !== undefined) return builder.constant(ka * cb);
        return builder.derivative([], (D) => {
          for (let i = 0, n = chunk.length; i < n; i++) D[i] = (dA[i] as number) * cb;
        });
      }
      return builder.derivative([a, b], (D) => {
        for (let i = 0, n = chunk.length; i < n; i++) {
          D[i] = (dA[i] as number) * (B[i] as number) + (A[i] as number) * (dB[i] as number);
        }
      });
    case 'div':
      builder.value(self, [a, b], () => {
        for (let i = 0, n = chunk.length; i < n; i++) V[i] = (A[i] as number) / (B[i] as number);
      });
      if (cb !== undefined) {
        if (ka !== undefined) return builder.constant(ka / cb);
        return builder.derivative([], (D) => {
          for (let i = 0, n = chunk.length; i < n; i++) D[i] = (dA[i] as number) / cb;
        });
      }
      if (ca !== undefined) {
        return builder.derivative([self, b], (D) => {
          for (let i = 0, n = chunk.length; i < n; i++) {
            D[i] = -((V[i] as number) * (dB[i] as number)) / (B[i] as number);
          }
        });
      }
      return builder.derivative([self, b], (D) => {
        for (let i = 0, n = chunk.length; i < n; i++) {
          D[i] = ((dA[i] as number) - (V[i] as number) * (dB[i] as number)) / (B[i] as number);
        }
      });
  }
}

/** a^b with the three rules of scalar.ts (constant exponent, constant base, general). */
export function powerRule(self: Column, a: Column, b: Column, builder: ProgramBuilder): Derivative {
  const V = self.v;
  const { v: A, d: dA } = a;
  const { v: B, d: dB } = b;
  builder.value(self, [a, b], () => {
    for (let i = 0, n = chunk.length; i < n; i++) V[i] = Math.pow(A[i] as number, B[i] as number);
  });
  const y = b.constant;
  if (y !== undefined) {
    if (y === 0) return builder.constant(0);
    const ym1 = y - 1;
    return builder.derivative([a], (D) => {
      for (let i = 0, n = chunk.length; i < n; i++) {
        D[i] = y * Math.pow(A[i] as number, ym1) * (dA[i] as number);
      }
    });
  }
  const c = a.constant;
  if (c !== undefined) {
    const logC = Math.log(c);
    return builder.derivative([self], (D) => {
      for (let i = 0, n = chunk.length; i < n; i++)
        D[i] = (V[i] as number) * logC * (dB[i] as number);
    });
  }
  return builder.derivative([self, a, b], (D) => {
    for (let i = 0, n = chunk.length; i < n; i++) {
      const av = A[i] as number;
      D[i] =
        (V[i] as number) *
        ((dB[i] as number) * Math.log(av) + ((B[i] as number) * (dA[i] as number)) / av);
    }
  });
}

/** The step writing a comparison's truth into `mask`: one loop per operator, so each body is plain. */
export function maskStep(cmp: CompareOp, L: Float64Array, R: Float64Array, mask: Uint8Array): Step {
  switch (cmp) {
    case '<':
      return () => {
        for (let i = 0, n = chunk.length; i < n; i++)
          mask[i] = +((L[i] as number) < (R[i] as number));
      };
    case '<=':
      return () => {
        for (let i = 0, n = chunk.length; i < n; i++)
          mask[i] = +((L[i] as number) <= (R[i] as number));
      };
    case '>':
      return () => {
        for (let i = 0, n = chunk.length; i < n; i++)
          mask[i] = +((L[i] as number) > (R[i] as number));
      };
    case '>=':
      return () => {
        for (let i = 0, n = chunk.length; i < n; i++)
          mask[i] = +((L[i] as number) >= (R[i] as number));
      };
    case '==':
      return () => {
        for (let i = 0, n = chunk.length; i < n; i++)
          mask[i] = +((L[i] as number) === (R[i] as number));
      };
    case '!=':
      return () => {
        for (let i = 0, n = chunk.length; i < n; i++)
          mask[i] = +((L[i] as number) !== (R[i] as number));
      };
  }
}
