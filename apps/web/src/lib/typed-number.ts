/**
 * What a number field's text means. Every field reads it with `@actlab/format`'s `parseNumber`, so
 * they all accept the same spellings (`1e-3`, `.5`, the true minus in `−2`) and refuse the same
 * ones; the fields take finite values only, so infinities count as "not a number" here.
 */
import { parseNumber } from '@actlab/format';

/** The finite number `text` stands for, or undefined when it is empty, not a number or infinite. */
export function finiteNumber(text: string): number | undefined {
  const parsed = parseNumber(text);
  return parsed.ok && Number.isFinite(parsed.value) ? parsed.value : undefined;
}

/**
 * Whether `text` already means `value`: a field following outside changes keeps such text, so
 * "0." or "−2" being typed is not rewritten under the cursor as "0" or "-2".
 */
export function textMeans(text: string, value: number): boolean {
  const parsed = parseNumber(text);
  return parsed.ok && parsed.value === value;
}
