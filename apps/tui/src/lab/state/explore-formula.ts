/**
 * Formulas typed on the Explore screen: parsing what was typed into an activation id (or the
 * fault, with where it is), and the catalog-like entry and derivative of a typed formula, so the
 * screen treats it as it treats a catalog function. Pure apart from small caches (describing a
 * formula samples it, and the screen asks on every render).
 */
import type { ActivationInfo, FormulaActivation, FormulaId } from '@actlab/core';
import {
  FORMULA_PREFIX,
  activationInfo,
  customActivation,
  isActlabError,
  isFormulaId,
} from '@actlab/core';
import { withoutOffset } from '../../caret.js';

/** Most formulas the list keeps (the oldest goes when another is typed). */
export const MAX_FORMULAS = 4;

/** Why typed text is not a formula: core's reason, and where in the text, when it says. */
export interface FormulaFault {
  readonly message: string;
  /** Offset of the first offending character in the typed text. */
  readonly position?: number;
  /** Offset just past the offending text. */
  readonly end?: number;
}

/** Typed text made a formula: its normalized id, or the fault. */
export type TypedFormula =
  | { readonly ok: true; readonly id: FormulaId }
  | { readonly ok: false; readonly fault: FormulaFault };

/** An example for an empty field. */
export const FORMULA_EXAMPLE = 'x * tanh(softplus(x))';

/** Parses typed text as a formula at its declared defaults. */
export function typedFormula(text: string): TypedFormula {
  if (text.trim() === '') {
    return { ok: false, fault: { message: `type a formula in x, e.g. ${FORMULA_EXAMPLE}` } };
  }
  try {
    return { ok: true, id: customActivation(text).id };
  } catch (error) {
    if (!isActlabError(error)) throw error;
    const { position, end, suggestions } = error.details;
    const hint =
      suggestions?.length && !error.message.includes('did you mean')
        ? `; did you mean ${suggestions.join(' or ')}?`
        : '';
    return {
      ok: false,
      fault: {
        message: `${position === undefined ? error.message : withoutOffset(error.message)}${hint}`,
        ...(position !== undefined ? { position } : {}),
        ...(end !== undefined ? { end } : {}),
      },
    };
  }
}

/** Whether an id on the screen is a typed formula rather than a catalog id. */
export function isTypedFormula(id: string): id is FormulaId {
  return isFormulaId(id);
}

/** The formula text of an id (after `formula:`), as a person typed it, normalized. */
export function formulaText(id: FormulaId): string {
  return id.slice(FORMULA_PREFIX.length).trim();
}

/** A cache of at most `size` entries that forgets the oldest. */
function cached<T>(size: number, make: (id: FormulaId) => T): (id: FormulaId) => T {
  const memo = new Map<string, T>();
  return (id) => {
    const hit = memo.get(id);
    if (hit !== undefined) return hit;
    const value = make(id);
    if (memo.size >= size) memo.delete(memo.keys().next().value as string);
    memo.set(id, value);
    return value;
  };
}

/**
 * A typed formula's catalog-like entry (name, declared parameters, estimated range and
 * properties, kinks, LaTeX), or undefined when the id does not parse.
 */
export const formulaInfo = cached(16, (id): ActivationInfo | undefined => {
  try {
    return activationInfo(id);
  } catch (error) {
    if (isActlabError(error)) return undefined;
    throw error;
  }
});

/** The simplified symbolic derivative of a typed formula, as formula text. */
export const formulaDerivative = cached(16, (id): string => {
  const act: FormulaActivation = customActivation(formulaText(id));
  return act.derivativeText;
});
