/**
 * The explorer's custom formula in its URL: `formula=<text>` and the values of its declared
 * parameters as `p.<name>=<value>`. Read in one pure step into the function to draw, or the problem
 * to show when the link's text does not parse (never an error page), plus the patches that change
 * it and the link that trains it in the Playground.
 */
import type { ParamSpec, ScalarId } from '@actlab/core';
import { activationInfo, paramProblems } from '@actlab/core';
import type { QueryPatch } from '../lib/url-state.js';
import { formatActivation } from '../playground/activation-choice.js';
import type { FormulaProblem } from './formula-problem.js';
import { formulaIdOf, formulaProblem, isBlankFormula } from './formula-problem.js';
import type { ShownFunction } from './params.js';
import { shownFunction } from './params.js';
import type { Notice } from './selection.js';
import {
  FORMULA_KEY,
  FORMULA_PARAM_PREFIX,
  FORMULA_SHADE,
  isFormulaParamKey,
} from './selection.js';

/** The formula as the link gives it. */
export interface FormulaState {
  /** The text in the link, or null when it has none. */
  readonly text: string | null;
  /** Why the link's text cannot be drawn, or null. */
  readonly problem: FormulaProblem | null;
  /** The function to draw, when the text is valid. */
  readonly fn: ShownFunction | undefined;
  /** Messages about its parameter keys (values refused, keys it does not declare). */
  readonly notices: readonly Notice[];
}

/** Reads the formula and its parameters from the query. */
export function readFormula(query: URLSearchParams): FormulaState {
  const raw = query.get(FORMULA_KEY);
  const text = raw === null || isBlankFormula(raw) ? null : raw;
  const problem = text === null ? null : formulaProblem(text);
  const fn = text === null || problem ? undefined : shownFunction(query, formulaIdOf(text));
  const declared = new Set(fn?.info.params.map((p) => p.name));
  const notices: Notice[] = [...(fn?.notices ?? [])];
  for (const key of new Set(query.keys())) {
    if (!isFormulaParamKey(key) || declared.has(key.slice(FORMULA_PARAM_PREFIX.length))) continue;
    notices.push({
      text: fn
        ? `${key} is not a parameter the formula declares, so it is ignored.`
        : `${key} is a formula parameter, but no formula is drawn, so it is ignored.`,
    });
  }
  return { text, problem, fn, notices };
}

/** The declared parameters of a valid formula text. */
function declaredParams(text: string): readonly ParamSpec[] {
  return activationInfo(formulaIdOf(text)).params;
}

/**
 * The patch that shows `text` (a valid formula; blank or null removes the formula). Parameter
 * values are kept only where they still mean the same: the new text declares the name with the
 * same default and accepts the value; others go, so the sliders start at the new defaults. When
 * the link had no `fn`, it is written out, since a link with a formula and no `fn` shows the
 * formula alone and the functions on screen must stay.
 */
export function formulaPatch(
  query: URLSearchParams,
  shownIds: readonly ScalarId[],
  text: string | null,
): QueryPatch {
  const next = text === null || isBlankFormula(text) ? null : text.trim();
  const patch: Record<string, string | null> = { [FORMULA_KEY]: next };
  if (!query.has('fn')) patch.fn = shownIds.join(',');
  if (next === null && query.get('shade') === FORMULA_SHADE) patch.shade = null;
  const before = readFormula(query).fn?.info.params ?? [];
  const after = next === null ? [] : declaredParams(next);
  for (const key of new Set(query.keys())) {
    if (!isFormulaParamKey(key)) continue;
    const name = key.slice(FORMULA_PARAM_PREFIX.length);
    const old = before.find((p) => p.name === name);
    const spec = after.find((p) => p.name === name);
    const value = Number(query.get(key));
    const keep =
      next !== null &&
      old !== undefined &&
      spec !== undefined &&
      old.default === spec.default &&
      paramProblems(formulaIdOf(next), { [name]: value }).length === 0;
    if (!keep) patch[key] = null;
  }
  return patch;
}

/** The query key of the hidden layers' activations in the Playground's URL. */
const PLAYGROUND_ACTIVATION_KEY = 'act';

/**
 * The Playground link that trains a network whose hidden layers all use `fn` (the formula), written
 * by the Playground's own encoder: `formula:<text>`, then `*name*value` for each parameter that
 * differs from its declared default.
 */
export function playgroundHref(fn: ShownFunction): string {
  const token = formatActivation({ id: fn.id, params: fn.act.params });
  return `/playground?${new URLSearchParams({ [PLAYGROUND_ACTIVATION_KEY]: token }).toString()}`;
}
