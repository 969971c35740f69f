/**
 * What is wrong with a typed formula, in a form the page can show without colour: core's message,
 * the offending span of the text (to mark), its position in words ("at character 5") and the names
 * core suggests. Core parses; this only locates and words what core reports.
 */
import type { FormulaId } from '@actlab/core';
import { FORMULA_PREFIX, customActivation, isActlabError } from '@actlab/core';

/** Why a formula cannot be drawn, and where in its text. */
export interface FormulaProblem {
  /** Core's message without offsets, e.g. `unknown function "sigmod"; did you mean sigmoid?`. */
  readonly message: string;
  /** Offset of the first offending character, 0-based, within [0, text length]. */
  readonly position: number;
  /** Offset just past the offending text; equal to `position` when it has no length. */
  readonly end: number;
  /** What would have been valid there, in words, when core says. */
  readonly expected?: string;
  /** Closest known names, best first (`sigmod` gives `sigmoid`). */
  readonly suggestions: readonly string[];
}

/** The activation id of a formula text: core reads its positions relative to `text`. */
export function formulaIdOf(text: string): FormulaId {
  return `${FORMULA_PREFIX}${text}`;
}

/** Whether `text` holds no formula at all (nothing but spaces): no curve, and no error either. */
export function isBlankFormula(text: string): boolean {
  return text.trim() === '';
}

/**
 * The problem core finds in `text` at its declared defaults (a parse error, an unknown name, a
 * catalog call refusing its parameters), or null when the formula can be drawn. The text is given
 * to core without the `formula:` prefix, so core's offsets are offsets into `text` as typed.
 */
export function formulaProblem(text: string): FormulaProblem | null {
  try {
    customActivation(text);
    return null;
  } catch (error) {
    if (!isActlabError(error)) throw error;
    const details = isActlabError(error, 'INVALID_FORMULA') ? error.details : {};
    const clamp = (n: number) => Math.min(text.length, Math.max(0, n));
    const position = clamp(details.position ?? 0);
    const end = Math.max(position, clamp(details.end ?? position));
    return {
      message: withoutOffsets(error.message),
      position,
      end,
      ...(details.expected ? { expected: details.expected } : {}),
      suggestions: details.suggestions ?? [],
    };
  }
}

/**
 * Core's message without its 0-based offsets (`unknown function "sigmod" at 4` reads as
 * `unknown function "sigmod"`): the page says where in words, counting from 1 as people do, and
 * two different numbers for one place would confuse.
 */
export function withoutOffsets(message: string): string {
  return message.replace(/\s*\(at \d+\)/g, '').replace(/ at \d+(?!\d)/g, '');
}

/** The formula text cut around the offending span, for marking it. */
export interface MarkedText {
  readonly before: string;
  /** The offending text; empty when the problem is at the very end (something is missing). */
  readonly marked: string;
  readonly after: string;
  /** Spaces up to the span and carets under it, to print beneath the text in a fixed-width font. */
  readonly caret: string;
}

/** `text` split at `problem`'s span; a span of no length marks the one character at its start. */
export function markProblem(text: string, problem: FormulaProblem): MarkedText {
  const end =
    problem.end > problem.position ? problem.end : Math.min(text.length, problem.position + 1);
  return {
    before: text.slice(0, problem.position),
    marked: text.slice(problem.position, end),
    after: text.slice(end),
    caret: ' '.repeat(problem.position) + '^'.repeat(Math.max(1, end - problem.position)),
  };
}

/**
 * Where the problem is, in words: "at character 5 (“sigmod”)", counted from 1 as people count, or
 * "at the end of the formula" when something is missing there.
 */
export function problemPlace(text: string, problem: FormulaProblem): string {
  if (problem.position >= text.length) return 'at the end of the formula';
  const { marked } = markProblem(text, problem);
  const first = problem.position + 1;
  const span =
    marked.length > 1
      ? `characters ${first} to ${problem.position + marked.length}`
      : `character ${first}`;
  return `at ${span} (“${marked}”)`;
}

/** `text` with the offending span replaced by `name`: the fix a suggestion button applies. */
export function applySuggestion(text: string, problem: FormulaProblem, name: string): string {
  return text.slice(0, problem.position) + name + text.slice(problem.end);
}
