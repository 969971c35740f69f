/**
 * Numbers in JSON output, encoded as the HTTP API encodes them: non-finite values as the strings
 * "Infinity", "-Infinity" and "NaN", every other number as itself; and numbers for people: the
 * shortest text that reads back as the same double.
 */

/** A number as the API's JSON carries it. */
export type WireNumber = number | 'Infinity' | '-Infinity' | 'NaN';

/** `x` as the API's JSON carries it. */
export function wire(x: number): WireNumber {
  if (Number.isFinite(x)) return x;
  if (Number.isNaN(x)) return 'NaN';
  return x > 0 ? 'Infinity' : '-Infinity';
}

/** Every number of `xs`, encoded. */
export function wireAll(xs: ArrayLike<number>): WireNumber[] {
  return Array.from({ length: xs.length }, (_, i) => wire(xs[i] as number));
}

/** Each value of a record, encoded. */
export function wireRecord(record: Readonly<Record<string, number>>): Record<string, WireNumber> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, wire(v)]));
}

/** `x` for a terminal: exact (shortest round-trip), with -0 kept visible. */
export function show(x: number): string {
  return Object.is(x, -0) ? '-0' : String(x);
}

/** Rows of text aligned in columns, separated by two spaces. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows
    .map((row) =>
      row
        .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** Plain data with every number encoded (typed arrays become arrays), for JSON output. */
export function wireDeep(value: unknown): unknown {
  if (typeof value === 'number') return wire(value);
  if (ArrayBuffer.isView(value)) return wireAll(value as unknown as ArrayLike<number>);
  if (Array.isArray(value)) return value.map(wireDeep);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, wireDeep(v)]));
  }
  return value;
}
