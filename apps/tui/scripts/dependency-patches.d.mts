// Types of dependency-patches.mjs, for its test (src/start/dependency-patches.test.ts).
import type { Plugin } from 'esbuild';

/** One patch of a dependency's code. */
export interface DependencyPatch {
  /** Its name, in errors. */
  readonly name: string;
  /** The path pattern of the file(s) it patches. */
  readonly file: RegExp;
  /** Each exact text it replaces (found exactly once) and what replaces it. */
  readonly edits: readonly (readonly [from: string, to: string])[];
  /** Text put before the patched file (an import the edits use). */
  readonly prelude?: string;
}

/** `source` (the text of `path`) patched; throws naming the patch when it no longer applies. */
export function applyPatch(patch: DependencyPatch, source: string, path: string): string;
/** An esbuild plugin making `patch`. */
export function patchPlugin(patch: DependencyPatch): Plugin;
/** Yoga loading its WebAssembly without `fetch`. */
export const YOGA_WITHOUT_FETCH: DependencyPatch;
/** Ink without its top-level await. */
export const INK_WITHOUT_TOP_LEVEL_AWAIT: DependencyPatch;
/** The fast paths in Ink's text helpers. */
export const TEXT_FAST_PATHS: readonly DependencyPatch[];
/** Every patch. */
export const DEPENDENCY_PATCHES: readonly DependencyPatch[];
/** The redirect of `string-width` imports to the app's faster one, which the patches assume. */
export const fastStringWidth: Plugin;
