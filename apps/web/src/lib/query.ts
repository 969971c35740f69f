/**
 * Parsing of URL query values: numbers, lists of numbers and choices, each with a fallback, so a
 * hand-edited or stale link never breaks a page (it shows the fallback and the page says so where
 * it matters).
 */

/** A finite number from `value`, or `fallback` when it is missing or not a finite number. */
export function numberParam(value: string | null, fallback: number): number {
  if (value === null || value.trim() === '') return fallback;
  const n = Number(value);
  return Number.isFinite(n) ? n : fallback;
}

/** A number clamped into [min, max] (fallback when missing or not a number). */
export function clampedParam(
  value: string | null,
  fallback: number,
  min: number,
  max: number,
): number {
  return Math.min(max, Math.max(min, numberParam(value, fallback)));
}

/** Comma-separated finite numbers, or `fallback` when missing or any item is not a number. */
export function numberListParam(value: string | null, fallback: readonly number[]): number[] {
  if (value === null || value.trim() === '') return [...fallback];
  const items = value.split(',').map((s) => Number(s));
  return items.every((n) => Number.isFinite(n)) ? items : [...fallback];
}

/** `value` when it is one of `choices`, else `fallback`. */
export function choiceParam<T extends string>(
  value: string | null,
  choices: readonly T[],
  fallback: T,
): T {
  return value !== null && (choices as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** Comma-separated list of strings (empty items dropped). */
export function listParam(value: string | null): string[] {
  return value === null
    ? []
    : value
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s.length > 0);
}

/** A number for a URL: shortest round-trip form. */
export function formatParam(x: number): string {
  return String(x);
}
