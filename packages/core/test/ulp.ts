/**
 * Measuring error in units in the last place against a high-precision decimal reference, without
 * ever rounding the reference to a double first (which would hide up to half an ulp).
 */
import Decimal from 'decimal.js';

const D = Decimal.clone({ precision: 120, minE: -9e15, maxE: 9e15 });

/** Largest finite double. */
const MAX = new D('1.7976931348623157e308');
/** Half the smallest subnormal: exact values below this round to zero. */
const HALF_TINY = new D(2).pow(-1075);

/** The distance between adjacent doubles at magnitude |r| (subnormal spacing below 2^-1022). */
export function ulpOf(r: Decimal): Decimal {
  const a = r.abs();
  if (a.lt(new D(2).pow(-1022))) return new D(2).pow(-1074);
  // Exponent e with 2^e <= a < 2^(e+1), found from log2 and corrected at the powers of two.
  let e = Math.floor(a.log(2).toNumber());
  if (new D(2).pow(e).gt(a)) e -= 1;
  else if (new D(2).pow(e + 1).lte(a)) e += 1;
  return new D(2).pow(e - 52);
}

/** A double's exact value as a Decimal (100 significant digits are exact enough for any ulp count). */
export function exact(x: number): Decimal {
  return new D(x.toPrecision(100));
}

/** What a reference string says a double result must be, for the cases that are not a plain number. */
export type Expected =
  | { readonly kind: 'nan' }
  | { readonly kind: 'exact'; readonly value: number }
  | { readonly kind: 'approx'; readonly value: Decimal; readonly subnormal: boolean };

/** Reads a reference value: NaN, +-Infinity, exact 0, beyond the double range, or a finite number. */
export function expected(ref: string): Expected {
  if (ref === 'NaN') return { kind: 'nan' };
  if (ref === 'Infinity') return { kind: 'exact', value: Infinity };
  if (ref === '-Infinity') return { kind: 'exact', value: -Infinity };
  const value = new D(ref);
  if (value.isZero()) return { kind: 'exact', value: 0 };
  if (value.abs().gt(MAX)) return { kind: 'exact', value: value.isNeg() ? -Infinity : Infinity };
  if (value.abs().lt(HALF_TINY)) return { kind: 'exact', value: 0 };
  return { kind: 'approx', value, subnormal: value.abs().lt(new D(2).pow(-1022)) };
}

/** |got - ref| in ulps of ref (Infinity when got is not finite). */
export function ulpError(got: number, ref: Decimal): number {
  if (!Number.isFinite(got)) return Infinity;
  return exact(got).minus(ref).abs().div(ulpOf(ref)).toNumber();
}

/** |got - ref| / |ref|. */
export function relativeError(got: number, ref: Decimal): number {
  if (!Number.isFinite(got)) return Infinity;
  return exact(got).minus(ref).abs().div(ref.abs()).toNumber();
}

/** Parses a reference input: shortest round-trip decimal or Infinity/-Infinity/NaN. */
export function parseInput(x: string): number {
  return x === 'NaN' ? NaN : Number(x);
}
