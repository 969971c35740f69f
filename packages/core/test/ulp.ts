/**
 * Measuring error in units in the last place against a high-precision decimal reference, without
 * ever rounding the reference to a double first (which would hide up to half an ulp).
 */
import { Decimal } from 'decimal.js';

const D = Decimal.clone({ precision: 120, minE: -9e15, maxE: 9e15 });

/** Exact values at or beyond 2^1024 - 2^970 (halfway past the largest double) round to Infinity. */
const OVERFLOW = new D(2).pow(1024).minus(new D(2).pow(970));
/** Half the smallest subnormal: exact values below this round to zero. */
const HALF_TINY = new D(2).pow(-1075);

/** The distance between adjacent doubles at magnitude |r| (subnormal spacing below 2^-1022). */
export function ulpOf(r: Decimal): Decimal {
  // Read the exponent off the nearest double (JavaScript parses decimals correctly rounded).
  const nearest = Math.abs(Number(r.toString()));
  if (nearest < 2 ** -1022) return new D(2).pow(-1074);
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, nearest);
  let e = ((view.getUint16(0) >> 4) & 0x7ff) - 1023;
  // r just below a power of two may round up to it: the spacing below that power is half as big.
  if (view.getUint32(4) === 0 && (view.getUint16(0) & 0xf) === 0 && r.abs().lt(exact(nearest)))
    e -= 1;
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
  if (value.abs().gte(OVERFLOW))
    return { kind: 'exact', value: value.isNeg() ? -Infinity : Infinity };
  if (value.abs().lte(HALF_TINY)) return { kind: 'exact', value: 0 };
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
