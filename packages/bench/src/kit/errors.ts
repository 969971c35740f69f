/** The one error type of the benchmark kit, with a code a caller can branch on. */

/** Every way the kit refuses its input. */
export const BENCH_ERROR_CODES = {
  /** A section's start or end marker is not in the file. */
  MISSING_MARKER: 'MISSING_MARKER',
  /** A section's start or end marker is in the file more than once. */
  DUPLICATE_MARKER: 'DUPLICATE_MARKER',
  /** A section's end marker comes before its start marker, or two sections overlap. */
  MARKERS_OUT_OF_ORDER: 'MARKERS_OUT_OF_ORDER',
  /** A section name that cannot appear in a marker (letters, digits, `_` and `-` only). */
  INVALID_SECTION_NAME: 'INVALID_SECTION_NAME',
} as const;

/** One of `BENCH_ERROR_CODES`. */
export type BenchErrorCode = (typeof BENCH_ERROR_CODES)[keyof typeof BENCH_ERROR_CODES];

/** Thrown by the kit when a report file or an argument would make it guess. */
export class BenchError extends Error {
  /** What went wrong, for callers and tests to branch on. */
  readonly code: BenchErrorCode;

  constructor(code: BenchErrorCode, message: string) {
    super(message);
    this.name = 'BenchError';
    this.code = code;
  }
}
