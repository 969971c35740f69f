/**
 * The pure side of "copy as code": the targets in words, the code to show for an activation (or
 * why there is none), and copying to the clipboard with an honest outcome when the browser refuses.
 */
import type { ExportTarget } from '@actlab/export';
import { EXPORT_TARGETS, exportActivation } from '@actlab/export';

/** How each target is named on screen. */
export const TARGET_LABELS: Readonly<Record<ExportTarget, string>> = {
  numpy: 'NumPy',
  pytorch: 'PyTorch',
  jax: 'JAX',
  tfjs: 'TensorFlow.js',
};

/** Every target, in @actlab/export's order. */
export const TARGETS: readonly ExportTarget[] = EXPORT_TARGETS;

/** Whether `value` names a target (a select's value, a stored choice). */
export function isExportTarget(value: string): value is ExportTarget {
  return (TARGETS as readonly string[]).includes(value);
}

/** The code of an activation for one target, or the reason there is none. */
export type CodeResult =
  | { readonly ok: true; readonly code: string; readonly language: string }
  | { readonly ok: false; readonly message: string };

/**
 * `name` (a catalog id or a `formula:` id) with `params` as `target` code, its import lines first
 * (once each, where the code does not already start with them). Refusals (an unknown name,
 * parameters out of range) come back as their message.
 */
export function codeFor(
  name: string,
  target: ExportTarget,
  params?: Readonly<Record<string, number>>,
): CodeResult {
  try {
    const out = exportActivation(name, target, params ? { ...params } : undefined);
    const missing = out.imports.filter((line) => !out.code.includes(line));
    const code = missing.length > 0 ? `${missing.join('\n')}\n\n${out.code}` : out.code;
    return { ok: true, code, language: out.language };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** How copying went: copied, or refused (the code is then selected for the keyboard). */
export type CopyOutcome = 'copied' | 'unavailable';

/**
 * Writes `text` to the clipboard. Without a clipboard (an insecure origin, an old browser) or when
 * the browser refuses (no permission, no user gesture), says so rather than pretending.
 */
export async function copyText(
  text: string,
  clipboard: Pick<Clipboard, 'writeText'> | undefined = globalThis.navigator?.clipboard,
): Promise<CopyOutcome> {
  if (!clipboard?.writeText) return 'unavailable';
  try {
    await clipboard.writeText(text);
    return 'copied';
  } catch {
    return 'unavailable';
  }
}
