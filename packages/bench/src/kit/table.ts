/** Markdown tables as the reports write them; prettier aligns the columns afterwards. */

/** A markdown table from a header and rows, one `| a | b |` line each, unaligned. */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
