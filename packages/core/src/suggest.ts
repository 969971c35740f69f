/**
 * "Did you mean": ranks candidate names by edit distance so that an unknown id can name the
 * closest valid ones.
 */

/** Levenshtein distance between two strings (insertions, deletions and substitutions each cost 1). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/**
 * Longest input that gets suggestions: every name suggested is far shorter, and the edit distance
 * costs input length x candidate length for every candidate, so a megabyte-long "name" must cost
 * nothing.
 */
export const MAX_SUGGESTION_INPUT = 64;

/** Most characters of a user's value quoted back in a message. */
const MAX_QUOTED = 40;

/**
 * `value` in double quotes for a message, cut to its first 40 characters with the full length
 * said when longer, so an error about a huge value stays short (in answers and in logs).
 */
export function quoteInput(value: string): string {
  if (value.length <= MAX_QUOTED) return `"${value}"`;
  return `"${value.slice(0, MAX_QUOTED)}…" (${value.length} characters)`;
}

/**
 * The candidates closest to `input`, best first: prefix and substring matches count as close, then
 * edit distance up to about a third of the length decides. Inputs longer than
 * MAX_SUGGESTION_INPUT get none.
 */
export function closest(input: string, candidates: readonly string[], limit = 3): string[] {
  if (input.length > MAX_SUGGESTION_INPUT) return [];
  const query = input.toLowerCase();
  const scored = candidates.map((name) => {
    let score = editDistance(query, name);
    if (query.length >= 2 && (name.startsWith(query) || query.startsWith(name)))
      score = Math.min(score, 1);
    else if (query.length >= 3 && name.includes(query)) score = Math.min(score, 2);
    return { name, score };
  });
  const cutoff = Math.max(2, Math.ceil(query.length / 3));
  return scored
    .filter((s) => s.score <= cutoff)
    .sort((a, b) => a.score - b.score || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map((s) => s.name);
}
