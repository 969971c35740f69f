/**
 * Bulk evaluation of a lowered formula, column by column: the input is cut into chunks of CHUNK
 * elements, and each node of the formula is one tight loop over a chunk into a register (a
 * Float64Array made once, at compile time). Catalog calls run the catalog's own map/grad over the
 * whole register, so their tuned loops (and exactness) carry over. The rules are those of scalar.ts,
 * written the same way, so the results agree with f and df bit for bit. A short last chunk runs the
 * same loops over its length (`chunk.length`); the catalog kernels get views of that length, made
 * when the length changes and kept, so a steady stream of equal batches allocates nothing. map and
 * grad share their registers: grad on the very input map has just evaluated (one chunk, checked
 * element by element) runs only the derivative steps, which halves a training step's backward cost.
 */
import { bulkOutput } from '../activations/kernel.js';
import { isActlabError } from '../errors.js';
import type { Op } from './lower.js';
import type { Column, Derivative, ProgramBuilder, Step } from './bulk-rules.js';
import { CHUNK, arithmeticRule, chunk, maskStep, powerRule } from './bulk-rules.js';
import { secondDerivativeError } from './scalar.js';

/**
 * A compiled column program: copy a chunk into `x`, run `values` then `derivatives`, read
 * `result`. map's and grad's programs share their registers (`shared`), so grad on the input map
 * has just seen (a training step's backward pass after its forward pass) skips the value steps.
 */
interface Program {
  readonly x: Float64Array;
  readonly values: readonly Step[];
  readonly derivatives: readonly Step[];
  readonly result: Float64Array;
  /** Whether this program's run leaves every value of map's program computed for `x`. */
  readonly computesAllValues: boolean;
  /** Whether `values` may be skipped when the registers already hold map's values for `x`. */
  readonly mayReuseValues: boolean;
  readonly shared: SharedRegisters;
}

/** What the two programs of one formula share. */
interface SharedRegisters {
  /**
   * The length of the single-chunk input whose values every register holds (map's last run, or a
   * grad run that reused them), or -1 when they may be stale.
   */
  valuesFor: number;
}

/** A value step and the columns whose values it reads. */
interface ValueStep {
  readonly column: Column;
  readonly reads: readonly Column[];
  readonly step: Step;
}

const register = (): Float64Array => new Float64Array(CHUNK);

/** The first `chunk.length` elements of a register, as a view remade only when the length changes. */
function prefix(register: Float64Array): () => Float64Array {
  let view = register;
  return () => {
    if (view.length !== chunk.length) view = register.subarray(0, chunk.length);
    return view;
  };
}

/**
 * The programs computing op's values (map) and, unless `derivative` is false, its derivatives
 * (grad) over one chunk. Derivatives that are constant (of 3 * x, say) are computed once here, and
 * value steps no step of a program reads (the product at the root of x * sigmoid(x), for its
 * derivative) are left out of it.
 */
function programs(root: Op, derivative: boolean): { map: Program; grad?: Program } {
  const x: Column = { v: register(), d: register().fill(1), constant: undefined, dConstant: 1 };
  const zeros = register();
  const valueSteps: ValueStep[] = [];
  const derivativeSteps: Step[] = [];
  const readByDerivatives = new Set<Column>();

  const value = (column: Column, reads: readonly Column[], step: Step): void => {
    valueSteps.push({ column, reads, step });
  };
  const withDerivatives: ProgramBuilder = {
    derivatives: true,
    value,
    derivative(reads, loop) {
      for (const c of reads) readByDerivatives.add(c);
      const D = register();
      derivativeSteps.push(() => loop(D));
      return { d: D, dConstant: undefined };
    },
    constant(value) {
      return { d: value === 0 ? zeros : register().fill(value), dConstant: value };
    },
  };
  // For map, and for the sides of a where() condition, whose derivatives nothing reads: no
  // derivative steps, and so no values that only they would read.
  const valuesOnly: ProgramBuilder = {
    derivatives: false,
    value,
    derivative: () => ({ d: zeros, dConstant: undefined }),
    constant: () => ({ d: zeros, dConstant: undefined }),
  };

  const column = (op: Op, b: ProgramBuilder): Column => {
    if (op.kind === 'x') return x;
    if (op.kind === 'const') {
      return { v: register().fill(op.value), d: zeros, constant: op.value, dConstant: 0 };
    }
    const v = register();
    const partial = { v, d: zeros, constant: undefined, dConstant: 0 as number | undefined };
    const { d, dConstant } = node(op, partial, b);
    return Object.assign(partial, { d, dConstant });
  };

  /** Registers op's value step (writing `self.v`) and returns its derivative. */
  const node = (
    op: Exclude<Op, { kind: 'const' | 'x' }>,
    self: Column,
    build: ProgramBuilder,
  ): Derivative => {
    const V = self.v;
    switch (op.kind) {
      case 'neg': {
        const a = column(op.a, build);
        const { v: A, d: dA } = a;
        build.value(self, [a], () => {
          for (let i = 0, n = chunk.length; i < n; i++) V[i] = -(A[i] as number);
        });
        if (a.dConstant !== undefined) return build.constant(-a.dConstant);
        return build.derivative([], (D) => {
          for (let i = 0, n = chunk.length; i < n; i++) D[i] = -(dA[i] as number);
        });
      }
      case 'add':
      case 'sub':
      case 'mul':
      case 'div':
        return arithmeticRule(op.kind, self, column(op.a, build), column(op.b, build), build);
      case 'pow':
        return powerRule(self, column(op.a, build), column(op.b, build), build);
      case 'unary': {
        const a = column(op.a, build);
        const { v: A, d: dA } = a;
        const { f, d } = op.fn;
        build.value(self, [a], () => {
          for (let i = 0, n = chunk.length; i < n; i++) V[i] = f(A[i] as number);
        });
        return build.derivative([a, self], (D) => {
          for (let i = 0, n = chunk.length; i < n; i++) {
            D[i] = d(A[i] as number, V[i] as number) * (dA[i] as number);
          }
        });
      }
      case 'min':
      case 'max': {
        const isMin = op.kind === 'min';
        const a = column(op.a, build);
        const b = column(op.b, build);
        const { v: A, d: dA } = a;
        const { v: B, d: dB } = b;
        build.value(
          self,
          [a, b],
          isMin
            ? () => {
                for (let i = 0, n = chunk.length; i < n; i++)
                  V[i] = Math.min(A[i] as number, B[i] as number);
              }
            : () => {
                for (let i = 0, n = chunk.length; i < n; i++)
                  V[i] = Math.max(A[i] as number, B[i] as number);
              },
        );
        return build.derivative([a, b], (D) => {
          for (let i = 0, n = chunk.length; i < n; i++) {
            const av = A[i] as number;
            const bv = B[i] as number;
            const ad = dA[i] as number;
            const bd = dB[i] as number;
            const lower = isMin ? av < bv : av > bv;
            const upper = isMin ? av > bv : av < bv;
            D[i] = lower ? ad : upper ? bd : 0.5 * (ad + bd);
          }
        });
      }
      case 'where': {
        const l = column(op.l, valuesOnly);
        const r = column(op.r, valuesOnly);
        const then = column(op.then, build);
        const otherwise = column(op.otherwise, build);
        const { v: T, d: dT } = then;
        const { v: O, d: dO } = otherwise;
        // The mask is a value of its own: computed once, read by the value and derivative steps.
        const mask = new Uint8Array(CHUNK);
        const condition: Column = { v: zeros, d: zeros, constant: undefined, dConstant: 0 };
        build.value(condition, [l, r], maskStep(op.cmp, l.v, r.v, mask));
        build.value(self, [condition, then, otherwise], () => {
          for (let i = 0, n = chunk.length; i < n; i++)
            V[i] = mask[i] ? (T[i] as number) : (O[i] as number);
        });
        return build.derivative([condition], (D) => {
          for (let i = 0, n = chunk.length; i < n; i++)
            D[i] = mask[i] ? (dT[i] as number) : (dO[i] as number);
        });
      }
      case 'activation': {
        const a = column(op.a, build);
        const { v: A, d: dA } = a;
        const { act } = op;
        const input = prefix(A);
        build.value(
          self,
          [a],
          op.derivative ? () => act.grad(input(), V) : () => act.map(input(), V),
        );
        if (!build.derivatives) return build.constant(0);
        if (op.derivative) throw secondDerivativeError(op);
        // The catalog's f' times the inner derivative (a factor of exactly 1 for f(x) itself).
        if (a.dConstant === 1) return build.derivative([a], (D) => act.grad(input(), D));
        return build.derivative([a], (D) => {
          act.grad(input(), D);
          for (let i = 0, n = chunk.length; i < n; i++) D[i] = (D[i] as number) * (dA[i] as number);
        });
      }
    }
  };

  const top = column(root, derivative ? withDerivatives : valuesOnly);
  // Parents come after their children: walking backwards marks every value a needed step reads.
  const stepsFor = (seeds: Iterable<Column>): ValueStep[] => {
    const needed = new Set(seeds);
    for (let k = valueSteps.length - 1; k >= 0; k--) {
      const s = valueSteps[k] as ValueStep;
      if (needed.has(s.column)) for (const c of s.reads) needed.add(c);
    }
    return valueSteps.filter((s) => needed.has(s.column));
  };
  const shared: SharedRegisters = { valuesFor: -1 };
  const mapSteps = stepsFor([top]);
  const map: Program = {
    x: x.v,
    values: mapSteps.map((s) => s.step),
    derivatives: [],
    result: top.v,
    computesAllValues: true,
    mayReuseValues: true,
    shared,
  };
  if (!derivative) return { map };
  const gradSteps = stepsFor(readByDerivatives);
  const inMap = new Set(mapSteps);
  return {
    map,
    grad: {
      x: x.v,
      values: gradSteps.map((s) => s.step),
      derivatives: derivativeSteps,
      result: top.d,
      computesAllValues: gradSteps.length === mapSteps.length,
      // map's run computes every value grad reads (it always does: every node feeds the root).
      mayReuseValues: gradSteps.every((s) => inMap.has(s)),
      shared,
    },
  };
}

/** True when X[0..n) holds exactly xs[0..n) (bit for bit: -0 is not 0). */
function holds(X: Float64Array, xs: ArrayLike<number>, n: number): boolean {
  for (let i = 0; i < n; i++) {
    const a = X[i] as number;
    const b = xs[i] as number;
    if (a !== b || (a === 0 && 1 / a !== 1 / b)) return false;
  }
  return true;
}

/** Runs a program over xs chunk by chunk, the last chunk as long as what is left. */
function run(p: Program, xs: ArrayLike<number>, out: Float64Array | undefined): Float64Array {
  const o = bulkOutput(xs, out);
  const { x: X, values, derivatives, result: R, shared } = p;
  const n = xs.length;
  // One chunk whose values the registers already hold: only the derivative steps are left to run.
  const reuse = n <= CHUNK && p.mayReuseValues && shared.valuesFor === n && holds(X, xs, n);
  shared.valuesFor = -1;
  for (let base = 0; base < n; base += CHUNK) {
    const length = Math.min(CHUNK, n - base);
    chunk.length = length;
    if (!reuse) {
      for (let i = 0; i < length; i++) X[i] = xs[base + i] as number;
      for (let k = 0; k < values.length; k++) (values[k] as Step)();
    }
    for (let k = 0; k < derivatives.length; k++) (derivatives[k] as Step)();
    // A NaN input gives NaN, whatever the formula makes of it (as f and df do).
    for (let i = 0; i < length; i++) {
      const x = X[i] as number;
      o[base + i] = x !== x ? x : (R[i] as number);
    }
  }
  if (n <= CHUNK && (reuse || p.computesAllValues)) shared.valuesFor = n;
  return o;
}

/** The bulk forms of f and f': `map` and `grad`, agreeing with `f` and `df` element for element. */
export interface BulkForms {
  readonly map: (xs: ArrayLike<number>, out?: Float64Array) => Float64Array;
  /** Absent when op holds an `activation-derivative` node (no second derivatives). */
  readonly grad?: (xs: ArrayLike<number>, out?: Float64Array) => Float64Array;
}

/**
 * Builds op's bulk map and grad, sharing their registers. grad is left out (and only map built)
 * when op holds an `activation-derivative` node, whose derivative is not supported.
 */
export function bulkForms(op: Op): BulkForms {
  let built: { map: Program; grad?: Program };
  try {
    built = programs(op, true);
  } catch (error) {
    if (!isActlabError(error, 'INVALID_FORMULA')) throw error;
    built = programs(op, false);
  }
  const { map, grad } = built;
  return {
    map: (xs, out) => run(map, xs, out),
    ...(grad ? { grad: (xs: ArrayLike<number>, out?: Float64Array) => run(grad, xs, out) } : {}),
  };
}
