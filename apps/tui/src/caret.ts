/**
 * Pointing at a place in a line of typed text: the text (or the part of it that fits a width)
 * and, under it, carets under the offending characters. The commands print it under a formula
 * that does not parse, and the lab's Explore screen under the formula being typed. Pure and
 * free of Ink, so the commands can use it without loading the lab.
 */

/** A line of text and the caret line that goes under it, both at most `width` characters. */
export interface CaretView {
  /** The text, or the window of it around the place, with `…` where it is cut. */
  readonly line: string;
  /** Spaces, then `^` under each offending character (one `^` for a place between characters). */
  readonly caret: string;
}

/**
 * The text with carets under [position, end): offsets in `text`, as core's INVALID_FORMULA
 * details give them. A place just past the end of the text (a formula that stops too early) gets
 * its caret after the last character. Tabs and line breaks show as spaces, keeping the columns.
 */
export function caretView(
  text: string,
  position: number,
  end: number | undefined,
  width = Infinity,
): CaretView {
  const plain = text.replace(/[\t\n\r\v\f]/g, ' ');
  const at = Math.min(Math.max(0, position), plain.length);
  const span = Math.max(1, Math.min(end ?? at + 1, plain.length) - at);
  // Room for the text and one column past its end, where a caret may point.
  const room = Math.max(8, width);
  if (plain.length + 1 <= room) {
    return { line: plain, caret: `${' '.repeat(at)}${'^'.repeat(span)}` };
  }
  // A window that shows the place with a third of the width of context before it.
  const start = Math.max(0, Math.min(at - Math.floor(room / 3), plain.length + 1 - room));
  const cutEnd = start + room < plain.length;
  // An ellipsis takes the column of the character it replaces, so column = offset - start.
  const head = start > 0 ? '…' : '';
  const tail = cutEnd ? '…' : '';
  const body = plain.slice(start + head.length, start + room - tail.length);
  const column = at - start;
  const carets = Math.max(1, Math.min(span, room - column));
  return { line: `${head}${body}${tail}`, caret: `${' '.repeat(column)}${'^'.repeat(carets)}` };
}

/**
 * A message without the offset it names (`unexpected "^" at 12: ...`): shown under carets, the
 * place is already pointed at, and the offset would count from the start of what the parser got
 * (a `formula:` prefix included), not of the text shown.
 */
export function withoutOffset(message: string): string {
  return message.replace(/ at \d+(?=[:;,.]|$)/, '');
}
