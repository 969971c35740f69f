/** Word wrapping for the terminal's fixed-width panels. */

/**
 * `text` broken into lines of at most `width` characters at spaces (words longer than a line are
 * cut), at most `maxLines` lines; when text is left over, the last line ends in an ellipsis.
 */
export function wrap(text: string, width: number, maxLines = Infinity): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let w = word;
    while ([...w].length > width) {
      if (line) {
        lines.push(line);
        line = '';
      }
      lines.push([...w].slice(0, width).join(''));
      w = [...w].slice(width).join('');
    }
    if (line === '') line = w;
    else if ([...line].length + 1 + [...w].length <= width) line += ` ${w}`;
    else {
      lines.push(line);
      line = w;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = [...(kept[maxLines - 1] as string)];
  kept[maxLines - 1] = `${last.slice(0, Math.max(0, width - 1)).join('')}…`;
  return kept;
}

/** `text` cut to `width` characters, ending in an ellipsis when it was longer. */
export function fit(text: string, width: number): string {
  const chars = [...text];
  return chars.length <= width ? text : `${chars.slice(0, Math.max(0, width - 1)).join('')}…`;
}

/** `text` cut or padded with spaces to exactly `width` characters (for aligned columns). */
export function padTo(text: string, width: number): string {
  const chars = [...text];
  return chars.length > width
    ? chars.slice(0, width).join('')
    : text + ' '.repeat(width - chars.length);
}
