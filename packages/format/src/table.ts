/** Plain-text tables for the terminal: rows of cells aligned in columns. */

/**
 * `rows` as lines of text: every column but the last padded to its widest cell, columns two
 * spaces apart, trailing spaces removed. Widths count UTF-16 code units, so cells are expected to
 * be plain text (no wide or combining characters).
 */
export function formatTable(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  }
  return rows
    .map((row) =>
      row
        .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
