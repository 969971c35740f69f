/**
 * What the activation commands (`list`, `info`, `eval`, `softmax`, `export`) share: JSON output in
 * the shape of the HTTP API's answers, the names of typed formulas, and the core's errors for
 * names, parameters and formulas turned into usage errors.
 */
import { ActlabError, FORMULA_PREFIX, isFormulaId } from '@actlab/core';
import { caretView, withoutOffset } from '../caret.js';
import { UsageError } from './usage-error.js';

/** `value` as indented JSON, as the commands print it. */
export const json = (value: unknown): string => JSON.stringify(value, null, 2);

/** Widest formula line an error shows before it shows a window of it around the fault. */
const ERROR_WIDTH = 76;

/**
 * The activation name of a typed formula, as `--formula` takes it: `formula:` and the text (a
 * text that already starts with `formula:` is taken as it is).
 */
function formulaName(text: string): string {
  return isFormulaId(text) ? text : `${FORMULA_PREFIX}${text}`;
}

/**
 * The positionals with the activation a `--formula <text>` names put first, as its `formula:` name:
 * with or without the flag, the first element names the activation and the rest follow it.
 */
export function namedFirst(typed: string | undefined, positionals: readonly string[]): string[] {
  return typed === undefined ? [...positionals] : [formulaName(typed), ...positionals];
}

/**
 * The formula text of a normalized activation id (`formula:` and the canonical text, as core's
 * activations carry it), or undefined for a catalog id.
 */
export function formulaTextOf(id: string): string | undefined {
  return id.startsWith(FORMULA_PREFIX) ? id.slice(FORMULA_PREFIX.length) : undefined;
}

/** The "; did you mean ..." a message lacks, from the error's suggestions. */
function hintOf(error: ActlabError): string {
  const suggestions = error.details.suggestions;
  if (!suggestions?.length || error.message.includes('did you mean')) return '';
  return `; did you mean ${suggestions.join(' or ')}?`;
}

/**
 * The message for a formula that does not parse: the formula, and under it carets under the
 * fault with the reason, as compilers point at a line (`offset`: where `text` starts in the
 * string core parsed, as its positions count from there):
 *
 *     invalid formula:
 *       x * sigmod(x)
 *           ^^^^^^ unknown function "sigmod"; did you mean sigmoid?
 */
function formulaProblem(error: ActlabError, text: string, offset = 0): string {
  const { position, end } = error.details;
  if (position === undefined) return `invalid formula: ${error.message}${hintOf(error)}`;
  const reason = `${withoutOffset(error.message)}${hintOf(error)}`;
  const view = caretView(
    text,
    position - offset,
    end === undefined ? undefined : end - offset,
    ERROR_WIDTH,
  );
  return `invalid formula:\n  ${view.line}\n  ${view.caret} ${reason}`;
}

/**
 * Turns the core's errors for names, parameters and formulas into usage errors (the caller's
 * mistake). `name` is the activation name the work was given; when it is a formula that does not
 * parse, the message points at the fault in what the user typed: `typed`, the text of
 * `--formula` that `name` ends with, or else `name` itself (core's positions count from its start).
 */
export function resolving<T>(work: () => T, name?: string, typed?: string): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof ActlabError) {
      if (error.code === 'INVALID_FORMULA' && name !== undefined && isFormulaId(name)) {
        const shown = typed !== undefined && name.endsWith(typed) ? typed : name;
        throw new UsageError(formulaProblem(error, shown, name.length - shown.length));
      }
      throw new UsageError(`${error.message}${hintOf(error)}`);
    }
    throw error;
  }
}
