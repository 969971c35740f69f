/**
 * The correctness check that keeps the speed comparison honest: the API's answer to the evaluate
 * body must be the same sigmoid as the bare route's, with a derivative beside it, or its speed
 * counts for nothing.
 */

/** How far the API's y may be from the bare route's, relative. */
const Y_TOLERANCE = 1e-15;

/**
 * How far dy may be from y(1 - y) computed from the bare route's y, relative: 1 - y cancels for y
 * near 1 (at x = 8 it loses about 12 bits), so this is looser than `Y_TOLERANCE`.
 */
export const DY_TOLERANCE = 1e-9;

/** The verdict on one evaluate answer. */
export interface EvaluateCheck {
  /** Whether the answer is right. */
  readonly ok: boolean;
  /** Largest relative difference of y from the bare route's. */
  readonly maxYError: number;
  /** Largest relative difference of dy from y(1 - y). */
  readonly maxDyError: number;
  /** What was wrong, or what was checked. */
  readonly detail: string;
}

/** `value` as an array of `n` numbers, or undefined when it is anything else. */
function numbers(value: unknown, n: number): number[] | undefined {
  if (!Array.isArray(value) || value.length !== n) return undefined;
  return value.every((v) => typeof v === 'number') ? (value as number[]) : undefined;
}

/** |a - b| / |b| (absolute when b is 0); Infinity when either is not finite. */
export function relativeError(a: number, b: number): number {
  if (!Number.isFinite(a) || !Number.isFinite(b)) return Infinity;
  const diff = Math.abs(a - b);
  return b === 0 ? diff : diff / Math.abs(b);
}

/** The largest relative error of `actual` from `expected`, element by element. */
function worst(actual: readonly number[], expected: readonly number[]): number {
  let max = 0;
  actual.forEach((a, i) => {
    max = Math.max(max, relativeError(a, expected[i] as number));
  });
  return max;
}

/**
 * Checks the API's answer (`{ id, params, y, dy }`) against the bare route's (`{ y }`) for the same
 * `n` inputs: y within `Y_TOLERANCE`, dy present and within `DY_TOLERANCE` of y(1 - y).
 */
export function checkEvaluate(actlab: unknown, bare: unknown, n: number): EvaluateCheck {
  const fail = (detail: string): EvaluateCheck => ({
    ok: false,
    maxYError: NaN,
    maxDyError: NaN,
    detail,
  });
  const a = (actlab ?? {}) as { id?: unknown; y?: unknown; dy?: unknown };
  const reference = numbers((bare as { y?: unknown } | null)?.y, n);
  if (reference === undefined) return fail(`the bare answer has no y of ${n} numbers`);
  if (a.id !== 'sigmoid') return fail(`the API answered id ${JSON.stringify(a.id)}, not sigmoid`);
  const y = numbers(a.y, n);
  if (y === undefined) return fail(`the API answer has no y of ${n} numbers`);
  const dy = numbers(a.dy, n);
  if (dy === undefined) return fail(`the API answer has no dy of ${n} numbers`);
  const maxYError = worst(y, reference);
  const maxDyError = worst(
    dy,
    reference.map((s) => s * (1 - s)),
  );
  const ok = maxYError <= Y_TOLERANCE && maxDyError <= DY_TOLERANCE;
  return {
    ok,
    maxYError,
    maxDyError,
    detail: `y within ${maxYError.toExponential(1)} of the bare route's (limit ${Y_TOLERANCE.toExponential(0)}), dy within ${maxDyError.toExponential(1)} of y(1 - y) (limit ${DY_TOLERANCE.toExponential(0)}), ${n.toLocaleString('en-US')} values`,
  };
}
