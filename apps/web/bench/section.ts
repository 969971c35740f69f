/**
 * The web benchmark's share of the root BENCHMARKS.md: a block between two HTML comments that
 * packages/bench keeps when it rewrites the file, and that this benchmark replaces without
 * touching a byte outside it.
 */

/** The line that opens the web benchmark's block. */
export const SECTION_START = '<!-- web-bench:start -->';

/** The line that closes it. */
export const SECTION_END = '<!-- web-bench:end -->';

/**
 * `file` with the marked block's content replaced by `content` (markdown, already formatted), or
 * with a new block appended after a blank line when `file` has none. Throws when only one marker
 * is there or they are out of order: guessing where the block ends could delete another report.
 */
export function spliceSection(file: string, content: string): string {
  const block = `${SECTION_START}\n\n${content.trim()}\n\n${SECTION_END}`;
  const start = file.indexOf(SECTION_START);
  const end = file.indexOf(SECTION_END);
  if (start < 0 && end < 0) {
    const before = file.trimEnd();
    return before === '' ? `${block}\n` : `${before}\n\n${block}\n`;
  }
  if (start < 0 || end < start) {
    throw new Error(
      `BENCHMARKS.md has a broken web benchmark block: "${SECTION_START}" must come before "${SECTION_END}"`,
    );
  }
  return file.slice(0, start) + block + file.slice(end + SECTION_END.length);
}
